/**
 * Rebuilds the way `npm start` does them: one long-running process (session-child.ts) that keeps the analysis
 * cache, the manifest and a rendering worker between builds. After a first build that brings the site up to
 * date (and loads the cache, as `npm start` does after finding a built site), the add, edit and delete steps
 * are timed in that process, so process start-up is not included: what the user waits for, from the change
 * being seen to the site being written.
 */
import { spawn } from "node:child_process";
import readline from "node:readline";
import type { Measurement } from "./measure.ts";
import type { ArchiveChanges } from "./run.ts";
import type { SessionReply } from "./session-child.ts";

export const SESSION_STEPS = ["add", "edit", "delete"] as const;
export type SessionStep = (typeof SESSION_STEPS)[number];

export interface SessionResult {
  steps: Partial<Record<SessionStep, Measurement>>;
  error: string | null;
}

export const SESSION_SCRIPT = new URL("./session-child.ts", import.meta.url).pathname;

/** `nodeArgs`: node flags, then SESSION_SCRIPT and the build's options. */
export async function runSessionSteps(nodeArgs: string[], cwd: string, changes: ArchiveChanges): Promise<SessionResult> {
  const child = spawn(process.execPath, nodeArgs, { cwd, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const replies = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const send = async (command: string): Promise<SessionReply> => {
    child.stdin.write(`${command}\n`);
    const next = await replies.next();
    if (next.done) throw new Error(`the session process ended: ${stderr.trim().split("\n").slice(-3).join(" ")}`);
    return JSON.parse(next.value as string) as SessionReply;
  };
  const result: SessionResult = { steps: {}, error: null };
  try {
    for (const command of ["build", "preload"]) {
      const r = await send(command);
      if (!r.ok) throw new Error(`${command}: ${r.error}`);
    }
    for (const step of SESSION_STEPS) {
      changes[step]();
      const r = await send("build");
      if (!r.ok) throw new Error(`${step}: ${r.error}`);
      result.steps[step] = { ms: r.ms, cpuMs: r.cpuMs, peakRss: r.peakRss, exitCode: 0, tail: "" };
    }
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    changes.restore();
    if (result.error !== null) child.kill();
    child.stdin.end();
    await new Promise((resolve) => child.once("close", resolve));
  }
  return result;
}
