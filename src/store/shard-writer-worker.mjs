// Worker thread for src/store/shard-writer.ts: serializes each value it is sent with v8 and writes it
// atomically (a temp file renamed over the target). Plain JavaScript: it needs no TypeScript loader.
import { renameSync, writeFileSync } from "node:fs";
import { serialize } from "node:v8";
import { parentPort } from "node:worker_threads";

parentPort.on("message", ({ id, file, data }) => {
  try {
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, serialize(data));
    renameSync(tmp, file);
    parentPort.postMessage({ id, error: null });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
