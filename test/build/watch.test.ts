/**
 * `npm start`: a file dropped into articles/ appears without a restart, a deleted
 * one disappears, and a burst of 500 files gives a few rebuilds, none lost.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { promises as fs, existsSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { articlesFolder, tempDir } from "../helpers/site-tree.ts";
import { projectCopy } from "../hostile/project-copy.ts";

const SAMPLE = readFileSync("articles/000_04a5c506f43ddc1a.txt", "utf8");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check`; on a timeout the failure carries the server's output, which says what it did meanwhile. */
async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string, log: () => string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${what}; the server's last output:\n${log().slice(-3000)}`);
}

function article(n: number): string {
  return SAMPLE.replace(/^.*$/m, `Watch test headline number ${n} about harbour cranes`).replace("03:40 | 10 November 2022", `0${n % 10}:15 | ${(n % 28) + 1} March 2023`);
}

/** `npm start` of the project at `root` (default: this one) on a free port, its output collected in `log`. */
async function start(dir: string, work: string, root = ".", env: NodeJS.ProcessEnv = {}) {
  const port = await freePort();
  const out = path.join(work, "_site");
  const args = ["--articles", dir, "--out", out, "--records", path.join(work, "records"), "--cache", path.join(work, "cache"), "--port", String(port)];
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/start.ts"), ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const server = { child, port, out, log: "" };
  child.stdout.on("data", (d) => (server.log += d));
  child.stderr.on("data", (d) => (server.log += d));
  return server;
}

/** Ctrl+C: the server must stop, whatever it is doing (SIGKILL after 10 s, so that a hang fails instead of stalling the run). */
async function stop(server: Awaited<ReturnType<typeof start>>): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  child.kill("SIGINT");
  if (!(await exited)) {
    child.kill("SIGKILL");
    assert.fail(`npm start did not stop within 10 s of SIGINT; its last output:\n${server.log.slice(-2000)}`);
  }
}

test("npm start serves the site and rebuilds when articles come and go", { timeout: 120_000 }, async () => {
  const dir = await articlesFolder({ "first.txt": article(0) });
  const server = await start(dir, tempDir());
  const { port, out } = server;
  try {
    const log = () => server.log;
    await until(() => log().includes("Watching"), 30_000, "the server to start", log);
    const home = await fetch(`http://127.0.0.1:${port}/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /Watch test headline number 0/);

    await fs.writeFile(path.join(dir, "second.txt"), article(1));
    const page = path.join(out, "2023/03/02/watch-test-headline-number-1-about-harbour-cranes/index.html");
    await until(() => existsSync(page), 30_000, "the dropped article's page", log);
    const served = await fetch(`http://127.0.0.1:${port}/2023/03/02/watch-test-headline-number-1-about-harbour-cranes/`);
    assert.equal(served.status, 200);

    await fs.rm(path.join(dir, "second.txt"));
    await until(() => !existsSync(page), 30_000, "the deleted article's page to go", log);

    // 500 files over about ten seconds: all published, in a few rebuilds.
    const rebuildsBefore = log().split("rebuilt in").length;
    for (let i = 0; i < 500; i++) {
      await fs.writeFile(path.join(dir, `burst-${String(i).padStart(3, "0")}.txt`), article(100 + i));
      if (i % 10 === 9) await new Promise((r) => setTimeout(r, 200));
    }
    await until(
      async () => {
        const manifest = path.join(out, ".news-archive.json");
        if (!existsSync(manifest)) return false;
        const pages = Object.keys(JSON.parse(await fs.readFile(manifest, "utf8")).pages as Record<string, string>);
        return pages.filter((u) => u.includes("watch-test-headline-number-")).length === 501;
      },
      90_000,
      "all 500 burst articles to be published",
      log,
    );
    const rebuilds = log().split("rebuilt in").length - rebuildsBefore;
    assert.ok(rebuilds >= 1 && rebuilds <= 10, `a few rebuilds, not one per file (got ${rebuilds})`);
  } finally {
    await stop(server);
  }
});

for (const [name, env] of [
  ["in its rebuilds", {}],
  // One thread: pages render in the server's own thread, so rebuilds after the edit run in fresh processes.
  ["on one core too", { NEWS_ARCHIVE_THREADS: "1" }],
] as const) {
  test(`npm start picks up an edited template helper ${name}`, { timeout: 120_000 }, async () => {
    // A project of its own: the test edits a template module, which a worker (or the server) has imported.
    const root = await projectCopy();
    const dir = await articlesFolder({ "first.txt": article(0) });
    const server = await start(dir, tempDir(), root, env);
    const home = path.join(server.out, "index.html");
    const log = () => server.log;
    try {
      await until(() => log().includes("Watching"), 30_000, "the server to start", log);
      const layout = path.join(root, "templates/_lib/layout.ts");
      const text = await fs.readFile(layout, "utf8");
      assert.ok(text.includes("Build report</a>"));
      await fs.writeFile(layout, text.replace("Build report</a>", "Build report</a> · Footer edited while serving"));
      // The rebuild after a template edit is a full one, swapped in with two renames: for an instant there is no site folder.
      const homePage = () => fs.readFile(home, "utf8").catch(() => "");
      await until(async () => (await homePage()).includes("Footer edited while serving"), 30_000, "the edited footer on the home page", log);
      // And the next rebuild (an article) keeps it.
      await fs.writeFile(path.join(dir, "second.txt"), article(1));
      const page = path.join(server.out, "2023/03/02/watch-test-headline-number-1-about-harbour-cranes/index.html");
      await until(() => existsSync(page), 30_000, "the dropped article's page", log);
      assert.match(readFileSync(page, "utf8"), /Footer edited while serving/);
    } finally {
      await stop(server);
    }
  });
}
