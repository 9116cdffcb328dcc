/** Worker thread: runs chunks of analysis jobs sent by src/build/analyse-pool.ts. */
import { parentPort } from "node:worker_threads";
import { runAnalyseJob, type AnalyseJob, type AnalyseOutcome } from "./analyse-job.ts";

export interface AnalyseChunk {
  index: number;
  jobs: AnalyseJob[];
}

export interface AnalyseReply {
  index: number;
  outcomes: AnalyseOutcome[];
}

parentPort!.on("message", ({ index, jobs }: AnalyseChunk) => {
  parentPort!.postMessage({ index, outcomes: jobs.map(runAnalyseJob) } satisfies AnalyseReply);
});
