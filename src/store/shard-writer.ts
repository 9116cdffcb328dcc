/**
 * Writes v8-serialized files from a worker thread. Serializing hundreds of MB in the main thread creates
 * as many MB of buffers outside the heap, and V8 answers each few dozen MB with a full garbage collection
 * of the main heap, whose cost grows with the archive (26 s to save the cache of 100,000 articles). Posting
 * the values to a worker copies them without those buffers; the worker, with its small heap, serializes and
 * writes them.
 */
import { Worker } from "node:worker_threads";

export class ShardWriter {
  private readonly worker = new Worker(new URL("./shard-writer-worker.mjs", import.meta.url));
  private readonly pending = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  private next = 0;

  constructor() {
    this.worker.on("message", ({ id, error }: { id: number; error: string | null }) => {
      const p = this.pending.get(id)!;
      this.pending.delete(id);
      if (error === null) p.resolve();
      else p.reject(new Error(`could not write the analysis cache: ${error}`));
    });
    this.worker.on("error", (error) => this.failAll(error));
    this.worker.on("exit", (code) => this.failAll(new Error(`the cache writer stopped (exit code ${code})`)));
  }

  /** Writes `data`, v8-serialized, to `file` (atomically); resolves once it is on disk. */
  write(file: string, data: unknown): Promise<void> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, file, data });
    });
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners("exit");
    await this.worker.terminate();
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
