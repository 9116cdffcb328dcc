/**
 * A private copy of the project for tests that run the build CLI in child processes: the
 * sources are frozen when the test starts (so edits made meanwhile cannot make two builds
 * of one test differ), and a test may break a template without touching the real tree.
 * node_modules is linked, not copied.
 */
import { promises as fs } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";
import { tempDir } from "../helpers/site-tree.ts";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

export async function projectCopy(): Promise<string> {
  const copy = tempDir("na-project-");
  for (const f of ["src", "templates", "scripts", ".eleventy.ts", "package.json", "package-lock.json", "tsconfig.json"]) {
    await fs.cp(path.join(ROOT, f), path.join(copy, f), { recursive: true }).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== "ENOENT") throw e;
    });
  }
  await fs.symlink(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"));
  return copy;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `scripts/build.ts` of the project at `root` with `args`; SIGINT after `killAfterMs` when given. */
export function runCli(root: string, args: string[], options: { env?: NodeJS.ProcessEnv; killAfterMs?: number } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/build.ts"), ...args], { cwd: root, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = options.killAfterMs === undefined ? null : setTimeout(() => child.kill("SIGINT"), options.killAfterMs);
    child.on("exit", (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** The folder arguments for a build of `articles` whose output, records, cache and topics live in `work`. */
export function folderArgs(articles: string, work: string): string[] {
  return ["--articles", articles, "--out", path.join(work, "_site"), "--records", path.join(work, "records"), "--cache", path.join(work, "cache"), "--topics", path.join(work, "topics.yaml")];
}
