/** Worker thread: runs analysis jobs sent by src/build/analyse-pool.ts. */
import { parentPort } from "node:worker_threads";
import { runAnalyseJob, type AnalyseJob } from "./analyse-job.ts";

parentPort!.on("message", (jobs: AnalyseJob[]) => {
  parentPort!.postMessage(jobs.map(runAnalyseJob));
});
