// A worker thread's first module: waits for the main thread to name the worker's bundle (worker-code.ts),
// and loads it; or, when there is none, registers tsx's module hooks (worker threads do not inherit them)
// and loads the TypeScript worker module itself.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { workerData } from "node:worker_threads";

const { sources, code } = workerData;
const bundle = await new Promise((resolve) => code.once("message", resolve));
code.close();
if (bundle === null || !(await loadBundle(bundle))) {
  const { register } = await import("tsx/esm/api");
  register();
  await import(sources);
}

/** Loads the bundle; false when its files are gone (its cache folder deleted meanwhile): then the sources are. */
async function loadBundle(url) {
  // Stack traces name the sources, not the bundle.
  process.setSourceMapsEnabled(true);
  try {
    await import(url);
    return true;
  } catch (error) {
    // Only a bundle file that is not there (ES modules are all found before any runs): a bundle that failed
    // while running has run some of its code, and is not to be run twice.
    if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes(path.dirname(fileURLToPath(url)))) return false;
    throw error;
  }
}
