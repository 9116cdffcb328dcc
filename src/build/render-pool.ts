/**
 * Renders pages in worker threads: chunks of descriptors go to the workers, each running
 * Eleventy (src/build/render.ts), hashing its output and, in a full build, writing it
 * straight into the staging folder. A build with no pool (a small archive) renders
 * inline, where starting a worker would cost more than the whole render.
 *
 * The workers can be started early (`RenderPool.start()`), so that loading Eleventy
 * and the templates overlaps the main thread's work on the site model. A rebuild of a
 * large archive after a few changes starts one (`RenderPool.start(1)`): its few hundred
 * pages then render in a warm Eleventy, while the main thread writes the search index.
 */
import type { Worker } from "node:worker_threads";
import type { PageDescriptor, SiteContext } from "../model/pages.ts";
import type { RenderedFile } from "./render.ts";
import type { RenderChunk, RenderReply } from "./render-worker.ts";
import { dispatch, startWorker, workerThreads } from "./workers.ts";

/** Below this many pages, rendering runs in the main thread (unless workers were started early). */
export const RENDER_POOL_THRESHOLD = 3000;

/** From this many articles on, a rebuild starts one rendering worker early (see full-build.ts). */
export const EARLY_WORKER_MIN = 1000;

type OnBatch = (files: RenderedFile[], done: number) => Promise<void>;

export class RenderPool {
  private constructor(private readonly workers: Worker[]) {}

  /**
   * Starts `count` workers (default: one per core) and has them load Eleventy and the templates; a pool of
   * none when one thread is all there is.
   */
  static start(count = workerThreads()): RenderPool {
    const pool = new RenderPool([]);
    pool.widen(count);
    return pool;
  }

  get size(): number {
    return this.workers.length;
  }

  /** Adds workers up to `count` (at most one per core). */
  widen(count = workerThreads()): void {
    const threads = workerThreads();
    if (threads < 2) return;
    while (this.workers.length < Math.min(count, threads)) this.workers.push(startWorker("render-worker"));
  }

  /** Renders `pages`, handing each batch to `onBatch` in turn. `writeTo`: a full build's staging folder (see RenderChunk). */
  async render(pages: readonly PageDescriptor[], site: SiteContext, writeTo: string | null, onBatch: OnBatch): Promise<void> {
    // Started workers are warm: they render even a few pages faster than a cold Eleventy in this thread.
    if (pages.length === 0 || this.workers.length === 0) {
      // Imported here: Eleventy is not loaded by a build that stops at the quick check (build.ts imports warm.ts, which imports this).
      const { renderPages } = await import("./render.ts");
      return renderPages(pages, site, onBatch);
    }
    // A few chunks per thread: each is one Eleventy run; more of them balance the threads' loads. At least 500
    // pages each (a run has a fixed cost of ~30 ms), at most 1,000: a worker holds its chunk's descriptors and
    // Eleventy's data for them (~0.25 MB a page). 1,000 instead of 2,000 took the peak of a 100,000-article
    // cold build from 5.87 to 5.15 GB.
    const size = Math.min(1000, Math.max(500, Math.ceil(pages.length / (this.workers.length * 3))));
    const chunks: PageDescriptor[][] = [];
    for (let i = 0; i < pages.length; i += size) chunks.push(pages.slice(i, i + size));
    let done = 0;
    // Batches are handed on one at a time, in the order they arrive, while the workers render their next chunks.
    let handing: Promise<void> = Promise.resolve();
    let failed: { error: unknown } | null = null;
    await dispatch<PageDescriptor[], RenderReply>(this.workers, chunks, {
      name: "rendering",
      inFlight: 1,
      post: (worker, chunk) => worker.postMessage({ pages: chunk, site, writeTo } satisfies RenderChunk),
      onReply: (reply) => {
        if (failed) throw failed.error;
        if ("error" in reply) throw new Error(reply.error);
        handing = handing.then(() => {
          done += reply.files.length;
          return onBatch(reply.files, done);
        });
        handing.catch((error: unknown) => (failed ??= { error }));
      },
    });
    await handing;
  }

  /** Stops all but `count` workers (and frees their memory). */
  async shrink(count: number): Promise<void> {
    const extra = this.workers.splice(count);
    await Promise.all(extra.map((w) => w.terminate()));
  }

  /** Stops the workers (and frees their memory); the pool renders inline from then on. Safe to call twice. */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
