/**
 * The benchmark's stand-in for `npm start`: a build session (src/build/session.ts) in a process of its own,
 * taking the build options of scripts/build.ts. It answers each line of stdin with one JSON line on stdout:
 * "preload" loads what `npm start` loads after its first build; "build" rebuilds and reports the time.
 */
import readline from "node:readline";
import { parseCliOptions } from "../build/cli-args.ts";
import { BuildSession } from "../build/session.ts";

export interface SessionReply {
  ok: boolean;
  /** Wall and CPU (every thread of the process) milliseconds of the command. */
  ms: number;
  cpuMs: number;
  /** The process's peak RSS so far, in bytes. */
  peakRss: number;
  error?: string;
}

const options = { ...parseCliOptions(process.argv.slice(2)).build, progress: false };
const session = new BuildSession();
for await (const line of readline.createInterface({ input: process.stdin })) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let error: string | undefined;
  try {
    if (line === "preload") await session.preload(options);
    else if (line === "build") await session.build(options);
    else throw new Error(`unknown command ${JSON.stringify(line)}`);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const used = process.cpuUsage(cpu);
  const reply: SessionReply = {
    ok: error === undefined,
    ms: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    peakRss: process.resourceUsage().maxRSS * 1024,
    ...(error === undefined ? {} : { error }),
  };
  process.stdout.write(`${JSON.stringify(reply)}\n`);
}
await session.close();
