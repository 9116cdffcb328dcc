/**
 * What a build takes over from the build before it in the same process.
 *
 * A one-shot build (`npm run build`, `oneShot()`) reads the manifest and the analysis cache from disk, starts
 * rendering workers only when they pay for themselves, and stops them when it is done. A long-running process
 * (`npm start`, session.ts) keeps all three between builds, which takes the load of the cache, the process start
 * and the workers' start off every rebuild.
 */
import { readManifest, type Manifest } from "../store/output.ts";
import { AnalysisCache, type CacheMeta } from "../store/analysis-cache.ts";
import { RenderPool } from "./render-pool.ts";
import type { PageDescriptor } from "../model/pages.ts";
import type { SearchIndexer } from "./search-indexer.ts";
import type { ModelMemo } from "../model/build-model.ts";

export interface Warm {
  /** The previous build's manifest in `outDir`, or null. */
  manifest(outDir: string): Promise<Manifest | null>;
  /** The analysis cache's small index (build.ts's quick check), or null when there is none for `version`. */
  cacheIndex(cacheDir: string, version: string): Promise<ReadonlyMap<string, CacheMeta> | null>;
  /** The whole analysis cache. */
  cache(cacheDir: string, version: string): Promise<AnalysisCache>;
  /**
   * A rendering pool for the templates whose hash is `renderKey`, with at least `workers` workers; null when
   * none is asked for and none runs (the pages then render in this thread).
   */
  renderPool(renderKey: string, workers: number): RenderPool | null;
  /** A worker that makes the search index's files while the model is built (search-indexer.ts), or null: inline. */
  searchIndexer(documents: number): SearchIndexer | null;
  /** What the previous build's model leaves for this one (related lists, near duplicates), or undefined: none. */
  modelMemo(): ModelMemo | undefined;
  /** This build needs the pool no more (its workers' memory can go). */
  release(pool: RenderPool | null): Promise<void>;
  /** The page descriptors of the build that wrote `manifest`, when it ran in this process (else null). */
  pages(manifest: Manifest): ReadonlyMap<string, PageDescriptor> | null;
  /**
   * The build succeeded: `cache` and `manifest` are what is on disk now, and `pages` the descriptors behind
   * the manifest (undefined: the site was up to date, the pages are those of the manifest's own build).
   */
  built(dirs: { outDir: string; cacheDir: string }, cache: AnalysisCache, manifest: Manifest, pages?: readonly PageDescriptor[]): void;
}

/** Everything from disk, workers stopped at the end: what one build in a process of its own does. */
export function oneShot(): Warm {
  let pool: RenderPool | null = null;
  return {
    manifest: readManifest,
    cacheIndex: (cacheDir, version) => AnalysisCache.loadIndex(cacheDir, version),
    cache: (cacheDir, version) => AnalysisCache.load(cacheDir, version),
    renderPool(_renderKey, workers) {
      if (workers > 0) {
        pool ??= RenderPool.start(workers);
        pool.widen(workers);
      }
      return pool;
    },
    release: async (p) => p?.close(),
    searchIndexer: () => null,
    modelMemo: () => undefined,
    pages: () => null,
    built: () => undefined,
  };
}
