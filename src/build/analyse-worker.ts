/** Worker thread: runs analysis jobs sent by src/build/analyse-pool.ts. */
import { parentPort } from "node:worker_threads";
import { runAnalyseJob, type AnalyseJob } from "./analyse-job.ts";
import { mapConcurrent } from "../store/concurrency.ts";

parentPort!.on("message", async (jobs: AnalyseJob[]) => {
  parentPort!.postMessage(await mapConcurrent(jobs, 4, runAnalyseJob));
});
