/**
 * Watch mode: rebuild when articles, templates or topics.yaml change.
 *
 * - Debounced: a burst of changes (500 files dropped in over ten seconds) gives
 *   one or a few rebuilds, never one per file; changes that arrive during a
 *   build are collected and built right after it.
 * - A file still being copied is not read half-written: chokidar reports it only
 *   once its size has been stable for a moment (awaitWriteFinish).
 * - Each rebuild runs in a fresh process, so edited templates are always picked up
 *   and a crash in one build cannot take the server down.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import chokidar from "chokidar";
import { PROJECT_ROOT, TEMPLATES_DIR } from "./paths.ts";

export interface WatchOptions {
  paths: string[];
  /** Arguments for scripts/build.ts. */
  buildArgs: string[];
  /** Called after each successful rebuild. */
  onBuilt: () => void;
  debounceMs?: number;
}

export function watchAndRebuild(options: WatchOptions): { close: () => Promise<void> } {
  const debounceMs = options.debounceMs ?? 300;
  // Under a steady stream of changes, build at least this often instead of waiting for quiet.
  const maxWaitMs = 3000;
  let timer: NodeJS.Timeout | null = null;
  let firstChangeAt: number | null = null;
  let building = false;
  let pending = false;

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
    const child = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts/build.ts"), ...options.buildArgs, "--quiet"], { stdio: "inherit" });
    child.on("exit", (code) => {
      building = false;
      if (code === 0) {
        console.log(`[news-archive] rebuilt in ${((Date.now() - started) / 1000).toFixed(2)} s`);
        options.onBuilt();
      } else console.error(`[news-archive] rebuild failed (exit ${code}); the previous site is still served`);
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
    schedule();
  });
  return { close: () => watcher.close() };
}
