/** SIGINT/SIGTERM in a building process: a running transaction's handler answers, and without one the process exits. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";

const MODULE = new URL("../../src/build/interrupt.ts", import.meta.url).href;

/** Runs `body` (after importing whileInterruptible) in a child, sends it `signal` once it prints "ready". */
function run(body: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  const script = `import { whileInterruptible } from ${JSON.stringify(MODULE)};\n${body}\nconsole.log("ready");\nsetInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (d) => {
    out += d;
    if (out.includes("ready\n") && !child.killed) child.kill(signal);
  });
  return new Promise((resolve) => child.on("exit", (code, sig) => resolve({ code, signal: sig, out })));
}

test("a transaction's handler answers the signal while it runs", async () => {
  const r = await run(`whileInterruptible(() => { console.log("handled"); process.exit(130); });`, "SIGINT");
  assert.match(r.out, /handled/);
  assert.equal(r.code, 130);
});

test("after a transaction, the signal still ends the process: the listener stays and exits 130 or 143", async () => {
  // The listener outlives the transaction, so a signal caught as it ended is never dropped.
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    const r = await run(`whileInterruptible(() => console.log("handled"))();`, signal);
    assert.doesNotMatch(r.out, /handled/);
    assert.equal(r.code, code, `${signal}: exit ${r.code ?? r.signal}`);
  }
});
