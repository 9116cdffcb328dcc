/**
 * Runs analysis jobs on every core for large batches (a cold build of 10,000
 * articles), inline for small ones (a rebuild after one new article), where
 * starting workers would cost more than it saves. A pool's workers, once started,
 * serve its later batches too (the outlet-furniture re-parses after the analysis).
 */
import type { Worker } from "node:worker_threads";
import { runAnalyseJob, type AnalyseJob, type AnalyseOutcome } from "./analyse-job.ts";
import type { AnalyseChunk, AnalyseReply } from "./analyse-worker.ts";
import { mapConcurrent } from "../store/concurrency.ts";
import { poolThreshold, startWorker, workerThreads } from "./workers.ts";

/** Below this many jobs, a batch runs in the main thread (unless the pool's workers are already running). */
const POOL_THRESHOLD = 2000;
const CHUNK = 50;

export class AnalysePool {
  private workers: Worker[] = [];

  /** Analyses `jobs`, in worker threads when there are many of them; outcomes in the order of `jobs`. */
  async run(jobs: readonly AnalyseJob[], onProgress: (done: number) => void = () => undefined): Promise<AnalyseOutcome[]> {
    if (jobs.length === 0) return [];
    const threads = workerThreads();
    if (this.workers.length === 0 && jobs.length >= poolThreshold(POOL_THRESHOLD) && threads >= 2) {
      this.workers = Array.from({ length: threads }, () => startWorker("./analyse-worker.ts"));
    }
    if (this.workers.length === 0) {
      // One job at a time, yielding between them so progress and signals are seen.
      return mapConcurrent(jobs, 1, async (job) => runAnalyseJob(job), onProgress);
    }
    const chunks: AnalyseJob[][] = [];
    for (let i = 0; i < jobs.length; i += CHUNK) chunks.push(jobs.slice(i, i + CHUNK));
    const results: AnalyseOutcome[][] = new Array(chunks.length);
    let next = 0;
    let done = 0;
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const settle = (then: () => void) => {
              worker.off("message", onMessage);
              worker.off("error", onError);
              worker.off("exit", onExit);
              then();
            };
            const feed = () => {
              if (next < chunks.length) {
                const index = next++;
                inFlight++;
                worker.postMessage({ index, jobs: chunks[index]! } satisfies AnalyseChunk);
              } else if (inFlight === 0) settle(resolve);
            };
            const onMessage = ({ index, outcomes }: AnalyseReply) => {
              inFlight--;
              results[index] = outcomes;
              done += outcomes.length;
              onProgress(done);
              feed();
            };
            const onError = (error: Error) => settle(() => reject(error));
            const onExit = (code: number) => settle(() => reject(new Error(`analysis worker exited with code ${code}`)));
            worker.on("message", onMessage);
            worker.on("error", onError);
            worker.on("exit", onExit);
            // Two chunks queued per worker: it starts the next while this thread takes in the last one's results.
            feed();
            feed();
          }),
      ),
    );
    return results.flat();
  }

  /** Stops the workers. Safe to call twice; the pool can run again (starting new workers if needed). */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
