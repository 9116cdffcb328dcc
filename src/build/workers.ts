/** Worker threads for the build's CPU-heavy stages (analysis, rendering). */
import os from "node:os";
import { Worker } from "node:worker_threads";

/** Threads to use: one per core, at most 4. NEWS_ARCHIVE_THREADS=1 keeps every stage in the main thread (for profiling). */
export function workerThreads(): number {
  return Number(process.env.NEWS_ARCHIVE_THREADS) || Math.min(os.availableParallelism(), 4);
}

/**
 * Below `usual` items a stage runs in the main thread, where starting workers would cost
 * more than they save. NEWS_ARCHIVE_POOL_MIN overrides it (tests use 0 to exercise the workers).
 */
export function poolThreshold(usual: number): number {
  const set = process.env.NEWS_ARCHIVE_POOL_MIN;
  return set === undefined || set === "" ? usual : Number(set);
}

/** Starts a worker running the TypeScript module `module` (relative to this folder) through tsx. */
export function startWorker(module: string): Worker {
  return new Worker(new URL("./worker-boot.mjs", import.meta.url), { workerData: { module: new URL(module, import.meta.url).href } });
}
