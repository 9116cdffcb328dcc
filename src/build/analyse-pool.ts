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
import { ANALYSE_POOL_THRESHOLD, dispatch, poolThreshold, startWorker, workerThreads } from "./workers.ts";

const CHUNK = 50;

export class AnalysePool {
  /** `workers`: analysis workers already started (build.ts starts them early for a cold build). */
  constructor(private workers: Worker[] = []) {}

  /** Analyses `jobs`, in worker threads when there are many of them; outcomes in the order of `jobs`. */
  async run(jobs: readonly AnalyseJob[], onProgress: (done: number) => void = () => undefined): Promise<AnalyseOutcome[]> {
    if (jobs.length === 0) return [];
    const threads = workerThreads();
    if (this.workers.length === 0 && jobs.length >= poolThreshold(ANALYSE_POOL_THRESHOLD) && threads >= 2) {
      this.workers = Array.from({ length: threads }, () => startWorker("analyse-worker"));
    }
    if (this.workers.length === 0) {
      // One job at a time, yielding between them so progress and signals are seen.
      return mapConcurrent(jobs, 1, async (job) => runAnalyseJob(job), onProgress);
    }
    const chunks: AnalyseJob[][] = [];
    for (let i = 0; i < jobs.length; i += CHUNK) chunks.push(jobs.slice(i, i + CHUNK));
    const results: AnalyseOutcome[][] = new Array(chunks.length);
    let done = 0;
    await dispatch<AnalyseJob[], AnalyseReply>(this.workers, chunks, {
      name: "analysis",
      inFlight: 2,
      post: (worker, jobs, index) => worker.postMessage({ index, jobs } satisfies AnalyseChunk),
      onReply: ({ index, outcomes }) => {
        results[index] = outcomes;
        done += outcomes.length;
        onProgress(done);
      },
    });
    return results.flat();
  }

  /** Stops the workers. Safe to call twice; the pool can run again (starting new workers if needed). */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
