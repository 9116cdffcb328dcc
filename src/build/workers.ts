/** Worker threads for the build's CPU-heavy stages (analysis, rendering). */
import os from "node:os";
import { MessageChannel, Worker } from "node:worker_threads";
import { workerCodeDir, workerCodeUrl, type WorkerModule } from "./worker-code.ts";

/** Threads to use: one per core, at most 4. NEWS_ARCHIVE_THREADS=1 keeps every stage in the main thread (for profiling). */
export function workerThreads(): number {
  return Number(process.env.NEWS_ARCHIVE_THREADS) || Math.min(os.availableParallelism(), 4);
}

/** Below this many jobs, an analysis runs in the main thread (unless the pool's workers are already running). */
export const ANALYSE_POOL_THRESHOLD = 2000;

/**
 * Below `usual` items a stage runs in the main thread, where starting workers would cost
 * more than they save. NEWS_ARCHIVE_POOL_MIN overrides it (tests use 0 to exercise the workers).
 */
export function poolThreshold(usual: number): number {
  const set = process.env.NEWS_ARCHIVE_POOL_MIN;
  return set === undefined || set === "" ? usual : Number(set);
}

/**
 * A worker's heap limit. Without one a worker gets the main thread's (5 GB for `npm run build`), and V8
 * lets garbage pile up towards it: while two workers rendered a 100,000-article archive, the process used
 * 3.3 GB more than the main thread alone. What a worker holds at once (one chunk of jobs, or of at most
 * 2,000 pages) is a few hundred MB. At 100,000 articles, 1 GB instead of 1.5 GB (and the search store no
 * longer copying every body) took the peak from 6.55 to 5.87 GB, with the same build time.
 */
const WORKER_HEAP_MB = 1024;

/** Why a worker stopped, once it has (see startWorker and dispatch). */
const failures = new WeakMap<Worker, Error>();

/**
 * Starts a worker running `module` (src/build/<module>.ts): its bundle when there is one (worker-code.ts), else
 * the TypeScript sources through tsx. Returns at once; the worker waits for the bundle to be ready, and
 * messages posted to it meanwhile wait for it.
 */
export function startWorker(module: WorkerModule): Worker {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL("./worker-boot.mjs", import.meta.url), {
    workerData: { sources: new URL(`./${module}.ts`, import.meta.url).href, code: port2 },
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  // A worker that fails to load (a template with a syntax error) fails the run that uses it, not the process.
  worker.on("error", (error) => failures.set(worker, failures.get(worker) ?? error));
  worker.on("exit", (code) => failures.set(worker, failures.get(worker) ?? new Error(`${module} exited with code ${code}`)));
  const send = (dir: string | null) => {
    port1.postMessage(workerCodeUrl(dir, module));
    port1.close();
  };
  const dir = workerCodeDir();
  if (dir instanceof Promise) void dir.then(send);
  else send(dir);
  return worker;
}

export interface Dispatch<C, R> {
  /** "analysis", "rendering": names the worker in errors. */
  name: string;
  /** Chunks each worker has queued at once: with 2, it starts the next while this thread takes in a reply. */
  inFlight: number;
  post: (worker: Worker, chunk: C, index: number) => void;
  /** Takes in the reply to chunk `index`; a throw fails the whole run. */
  onReply: (reply: R, index: number) => void;
}

/**
 * Hands `chunks` out to `workers`: each gets the next chunk as soon as it replies to one of its own (a worker
 * replies in the order it was sent its chunks). Resolves once every chunk is answered; rejects on a worker's
 * error, an exit, or a throw from onReply, and leaves no listener on the workers either way.
 */
export async function dispatch<C, R>(workers: readonly Worker[], chunks: readonly C[], d: Dispatch<C, R>): Promise<void> {
  let next = 0;
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          // Stopped before this run: its events have passed.
          const failed = failures.get(worker);
          if (failed !== undefined) return reject(failed);
          const sent: number[] = [];
          const settle = (then: () => void) => {
            worker.off("message", onMessage);
            worker.off("error", onError);
            worker.off("exit", onExit);
            then();
          };
          const feed = () => {
            if (next < chunks.length) {
              sent.push(next);
              d.post(worker, chunks[next]!, next++);
            } else if (sent.length === 0) settle(resolve);
          };
          const onMessage = (reply: R) => {
            try {
              d.onReply(reply, sent.shift()!);
            } catch (error) {
              return settle(() => reject(error));
            }
            feed();
          };
          const onError = (error: Error) => settle(() => reject(error));
          const onExit = (code: number) => settle(() => reject(new Error(`${d.name} worker exited with code ${code}`)));
          worker.on("message", onMessage);
          worker.on("error", onError);
          worker.on("exit", onExit);
          for (let i = 0; i < d.inFlight; i++) feed();
        }),
    ),
  );
}
