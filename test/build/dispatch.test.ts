/** dispatch (src/build/workers.ts): hands chunks to worker threads, one pattern for the analysis and rendering pools. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter } from "node:events";
import type { Worker } from "node:worker_threads";
import { dispatch } from "../../src/build/workers.ts";

/** A stand-in worker: replies to each message (doubled) on a later tick, in the order received. */
function fakeWorker(behaviour: (n: number, w: EventEmitter) => void = (n, w) => setImmediate(() => w.emit("message", n * 2))): Worker {
  const w = new EventEmitter() as EventEmitter & { postMessage(n: number): void };
  w.postMessage = (n) => behaviour(n, w);
  return w as unknown as Worker;
}

const listeners = (w: Worker) => ["message", "error", "exit"].map((e) => w.listenerCount(e)).reduce((a, b) => a + b);

test("every chunk is answered once, whatever the workers and chunks in flight", async () => {
  for (const [workerCount, inFlight] of [[1, 1], [3, 2], [5, 1]] as const) {
    const workers = Array.from({ length: workerCount }, () => fakeWorker());
    const chunks = Array.from({ length: 17 }, (_, i) => i);
    const replies: number[] = new Array(chunks.length).fill(-1);
    await dispatch<number, number>(workers, chunks, { name: "test", inFlight, post: (w, chunk) => w.postMessage(chunk), onReply: (r, i) => (replies[i] = r) });
    assert.deepEqual(replies, chunks.map((c) => c * 2));
    assert.ok(workers.every((w) => listeners(w) === 0), "no listener left behind");
  }
});

test("a throw from onReply, a worker's error or its exit fails the run, naming the worker", async () => {
  const chunks = [1, 2, 3];
  const post = (w: Worker, chunk: number) => w.postMessage(chunk);
  const thrower = [fakeWorker()];
  await assert.rejects(dispatch<number, number>(thrower, chunks, { name: "test", inFlight: 1, post, onReply: () => { throw new Error("bad reply"); } }), /bad reply/);
  assert.equal(listeners(thrower[0]!), 0);
  const exiting = [fakeWorker((_, w) => setImmediate(() => w.emit("exit", 3)))];
  await assert.rejects(dispatch<number, number>(exiting, chunks, { name: "rendering", inFlight: 1, post, onReply: () => undefined }), /rendering worker exited with code 3/);
  const failing = [fakeWorker((_, w) => setImmediate(() => w.emit("error", new Error("crashed"))))];
  await assert.rejects(dispatch<number, number>(failing, chunks, { name: "test", inFlight: 1, post, onReply: () => undefined }), /crashed/);
});
