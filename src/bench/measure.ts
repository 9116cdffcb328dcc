/**
 * Runs one build in a fresh child process and measures it: wall time from spawn to exit (so process
 * start-up is included), peak RSS, and the output's size. Peak RSS comes from GNU `/usr/bin/time -v`
 * when present (it also counts child processes the build waits for), else from a preloaded probe that
 * reports `process.resourceUsage()` (maxRSS, CPU time) of the Node process itself.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export interface Measurement {
  /** Wall-clock milliseconds from spawn to exit. */
  ms: number;
  /** Peak resident set size in bytes, or null if it could not be measured. */
  peakRss: number | null;
  /** User + system CPU milliseconds of the child (less sensitive than wall time to other load), or null. */
  cpuMs: number | null;
  exitCode: number;
  /** The last lines of the child's stderr and stdout, for failure messages. */
  tail: string;
}

const GNU_TIME = "/usr/bin/time";
const hasGnuTime = existsSync(GNU_TIME);

let probeFile: string | null = null;
/** A module preloaded with `--import` that writes the process's peak RSS to $BENCH_RSS_FILE on exit. */
function rssProbe(): string {
  if (!probeFile) {
    probeFile = join(mkdtempSync(join(tmpdir(), "bench-probe-")), "rss-probe.mjs");
    writeFileSync(probeFile,
      'import { writeFileSync } from "node:fs";\n' +
      'process.on("exit", () => { const f = process.env.BENCH_RSS_FILE; if (f) { const u = process.resourceUsage(); writeFileSync(f, JSON.stringify({ rss: u.maxRSS * 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })); } });\n');
  }
  return pathToFileURL(probeFile).href;
}

const running = new Set<ReturnType<typeof spawn>>();

/** Stops the builds still running (for the CLI's Ctrl-C handler: children must not outlive the benchmark). */
export function stopRunning(): void {
  for (const child of running) child.kill("SIGTERM");
}

/** Runs `node ...nodeArgs` in `cwd` and measures it. */
export function measureNode(nodeArgs: string[], cwd: string, env: Record<string, string> = {}): Promise<Measurement> {
  const rssFile = join(tmpdir(), `bench-rss-${process.pid}-${Date.now()}`);
  const args = hasGnuTime ? ["-v", process.execPath, ...nodeArgs] : ["--import", rssProbe(), ...nodeArgs];
  const cmd = hasGnuTime ? GNU_TIME : process.execPath;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => { out = (out + d.toString()).slice(-20000); });
    child.stderr.on("data", (d: Buffer) => { err = (err + d.toString()).slice(-20000); });
    running.add(child);
    child.on("error", (e) => { running.delete(child); reject(e); });
    child.on("close", (code) => {
      running.delete(child);
      const ms = performance.now() - start;
      let peakRss: number | null = null;
      let cpuMs: number | null = null;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      const user = /User time \(seconds\): ([\d.]+)/.exec(err);
      const sys = /System time \(seconds\): ([\d.]+)/.exec(err);
      if (m?.[1]) peakRss = Number(m[1]) * 1024;
      if (user?.[1] && sys?.[1]) cpuMs = (Number(user[1]) + Number(sys[1])) * 1000;
      if (!m && existsSync(rssFile)) {
        const probe = JSON.parse(readFileSync(rssFile, "utf8")) as { rss: number; cpuMs: number };
        peakRss = probe.rss;
        cpuMs = probe.cpuMs;
      }
      rmSync(rssFile, { force: true });
      const childErr = hasGnuTime ? err.replace(/(^|\n)\tCommand being timed:[\s\S]*$/, "") : err;
      const tail = `${childErr}\n${out}`.trim().split("\n").slice(-15).join("\n");
      resolve({ ms, peakRss, cpuMs, exitCode: code ?? 1, tail });
    });
  });
}

/** Total bytes and number of files under `dir` (0 and 0 if it does not exist). */
export function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop() as string;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) { files++; bytes += statSync(p).size; }
    }
  }
  return { bytes, files };
}
