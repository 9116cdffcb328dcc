// A worker thread's first module: waits for the main thread to name the worker's bundle (worker-code.ts),
// and loads it; or, when there is none, registers tsx's module hooks (worker threads do not inherit them)
// and loads the TypeScript worker module itself.
import { workerData } from "node:worker_threads";

const { sources, code } = workerData;
const bundle = await new Promise((resolve) => code.once("message", resolve));
code.close();
if (bundle !== null) {
  // Stack traces name the sources, not the bundle.
  process.setSourceMapsEnabled(true);
  await import(bundle);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(sources);
}
