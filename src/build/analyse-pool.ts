/**
 * Runs analysis jobs on every core for large batches (a cold build of 10,000
 * articles), inline for small ones (a rebuild after one new article), where
 * starting workers would cost more than it saves.
 */
import { runAnalyseJob, type AnalyseJob, type AnalyseOutcome } from "./analyse-job.ts";
import type { AnalyseChunk, AnalyseReply } from "./analyse-worker.ts";
import { mapConcurrent } from "../store/concurrency.ts";
import { poolThreshold, startWorker, workerThreads } from "./workers.ts";

/** Below this many jobs, analysis runs in the main thread. */
const POOL_THRESHOLD = 2000;
const CHUNK = 50;

export async function runAnalyseJobs(jobs: readonly AnalyseJob[], onProgress: (done: number) => void): Promise<AnalyseOutcome[]> {
  const threads = workerThreads();
  if (jobs.length < poolThreshold(POOL_THRESHOLD) || jobs.length === 0 || threads < 2) {
    // One job at a time, yielding between them so progress and signals are seen.
    return mapConcurrent(jobs, 1, async (job) => runAnalyseJob(job), onProgress);
  }
  const chunks: AnalyseJob[][] = [];
  for (let i = 0; i < jobs.length; i += CHUNK) chunks.push(jobs.slice(i, i + CHUNK));
  const results: AnalyseOutcome[][] = new Array(chunks.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: threads }, () => startWorker("./analyse-worker.ts"));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const feed = () => {
              if (next < chunks.length) {
                const index = next++;
                inFlight++;
                worker.postMessage({ index, jobs: chunks[index]! } satisfies AnalyseChunk);
              } else if (inFlight === 0) resolve();
            };
            worker.on("message", ({ index, outcomes }: AnalyseReply) => {
              inFlight--;
              results[index] = outcomes;
              done += outcomes.length;
              onProgress(done);
              feed();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`analysis worker exited with code ${code}`))));
            // Two chunks queued per worker: it starts the next while this thread takes in the last one's results.
            feed();
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}
