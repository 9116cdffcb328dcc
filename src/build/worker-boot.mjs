// Worker threads do not inherit tsx's module hooks: register them, then load the
// TypeScript worker module named in workerData.module (a file URL).
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.module);
