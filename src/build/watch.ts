/**
 * Watch mode: rebuild when articles, templates or topics.yaml change.
 *
 * - Debounced: a burst of changes (500 files dropped in over ten seconds) gives
 *   one or a few rebuilds, never one per file; changes that arrive during a
 *   build are collected and built right after it.
 * - A file still being copied is not read half-written: chokidar reports it only
 *   once its size has been stable for a moment (awaitWriteFinish).
 * - Rebuilds run in this process, in a build session (session.ts) that keeps the
 *   analysis cache, the manifest and a rendering worker between them. A failed
 *   rebuild is reported and the previous site stays served.
 * - Edited templates are picked up by the session's new rendering worker. Where
 *   pages render in this thread (one core), every build after a template edit
 *   runs in a fresh process instead (scripts/build.ts), as all of them once did.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import chokidar from "chokidar";
import type { BuildOptions, BuildResult } from "./build.ts";
import { PROJECT_ROOT, TEMPLATES_DIR } from "./paths.ts";
import type { BuildSession } from "./session.ts";

export interface WatchOptions {
  paths: string[];
  session: BuildSession;
  options: BuildOptions;
  /** Arguments for scripts/build.ts, for builds in a fresh process. */
  buildArgs: string[];
  /** Prints an in-process rebuild's outcome (its warnings). */
  report: (result: BuildResult) => void;
  /** Called after each successful rebuild. */
  onBuilt: () => void;
  debounceMs?: number;
}

/**
 * Watches and rebuilds. `ready` resolves once chokidar has scanned the watched folders: a change made before
 * that is part of its initial scan (ignoreInitial), not an event, so "Watching" is printed only then.
 */
export function watchAndRebuild(options: WatchOptions): { ready: Promise<void>; close: () => Promise<void> } {
  const debounceMs = options.debounceMs ?? 300;
  // Under a steady stream of changes, build at least this often instead of waiting for quiet.
  const maxWaitMs = 3000;
  let timer: NodeJS.Timeout | null = null;
  let firstChangeAt: number | null = null;
  let building = false;
  let pending = false;
  let templatesEdited = false;
  // False once a template edit cannot be picked up in this process (see the module comment).
  let inProcess = true;

  const rebuild = async (): Promise<boolean> => {
    if (inProcess && templatesEdited && !options.session.templatesReloadable) {
      inProcess = false;
      await options.session.close(); // what it kept is of no more use, and the fresh processes rewrite it on disk
    }
    templatesEdited = false;
    if (!inProcess) return (await buildInFreshProcess(options.buildArgs)) === 0;
    try {
      options.report(await options.session.build(options.options));
      return true;
    } catch (error) {
      console.error(`[news-archive] rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  };
  const run = () => {
    timer = null;
    firstChangeAt = null;
    if (building) {
      pending = true;
      return;
    }
    building = true;
    pending = false;
    const started = Date.now();
    void rebuild().then((ok) => {
      building = false;
      if (ok) {
        console.log(`[news-archive] rebuilt in ${((Date.now() - started) / 1000).toFixed(2)} s`);
        options.onBuilt();
      } else console.error("[news-archive] the previous site is still served");
      if (pending) schedule();
    });
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    firstChangeAt ??= Date.now();
    timer = setTimeout(run, Math.max(0, Math.min(debounceMs, firstChangeAt + maxWaitMs - Date.now())));
  };

  const watcher = chokidar.watch([...options.paths, TEMPLATES_DIR], {
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: 400, pollInterval: 100 },
  });
  watcher.on("all", (event, file) => {
    if (/\.tmp-\d+$/.test(file)) return;
    console.log(`[news-archive] ${event}: ${path.relative(process.cwd(), file)}`);
    if (!path.relative(TEMPLATES_DIR, file).startsWith("..")) templatesEdited = true;
    schedule();
  });
  const ready = new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  return { ready, close: () => watcher.close() };
}

/** One build in a process of its own; resolves with its exit code. */
function buildInFreshProcess(buildArgs: string[]): Promise<number | null> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts/build.ts"), ...buildArgs, "--quiet"], { stdio: "inherit" });
  return new Promise((resolve) => {
    child.on("exit", resolve);
    child.on("error", () => resolve(null)); // could not start: reported as a failed rebuild
  });
}
