/**
 * Builds in a long-running process (`npm start`): each rebuild starts from the previous one's state in memory
 * instead of from disk (see warm.ts). At 10,000 articles that saves a rebuild the process start (~0.4 s), the
 * analysis cache's load (~0.7 s), the manifest's (~0.1 s) and a rendering worker's start.
 *
 * What is kept is checked against the disk before every build: when the cache's index or the site's manifest
 * was written by someone else (an `npm run build` in another terminal, a deleted site folder), it is read
 * from disk again. A failed build drops everything kept, so the next one starts as a one-shot build would.
 *
 * Pages are always rendered in a worker (when the machine has more than one core): a worker is started again
 * when the templates change, which makes the edited templates count. A thread that rendered once keeps the
 * template modules it imported, so on one core (pages rendered in this thread) a template edit cannot be
 * picked up here: `templatesReloadable` tells the watcher to build in a fresh process then.
 */
import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { AnalysisCache, type CacheMeta } from "../store/analysis-cache.ts";
import { MANIFEST_FILE, readManifest, settled, type Manifest } from "../store/output.ts";
import { build, siteContext, type BuildOptions, type BuildResult } from "./build.ts";
import { renderKey } from "./render-key.ts";
import { RenderPool } from "./render-pool.ts";
import { analysisKey } from "./source-key.ts";
import type { Warm } from "./warm.ts";
import type { PageDescriptor } from "../model/pages.ts";
import { workerThreads } from "./workers.ts";
import { INDEXER_MAX_DOCS, SearchIndexer } from "./search-indexer.ts";
import { ModelMemo } from "../model/build-model.ts";

/** A file's identity and version, as far as a stat tells. */
type Stamp = string;

function stamp(file: string): Stamp | null {
  const s = statSync(file, { throwIfNoEntry: false });
  return s ? `${s.ino}:${s.size}:${s.mtimeMs}` : null;
}

interface Kept<T> {
  value: T;
  /** The file on disk that `value` is (a copy of), and its stamp when it was kept. */
  file: string;
  stamp: Stamp | null;
}

function current<T>(kept: Kept<T> | null, file: string): T | null {
  return kept !== null && kept.file === file && kept.stamp !== null && stamp(file) === kept.stamp ? kept.value : null;
}

/** Above this many articles a session does not warm up after preloading (its model stages take too long then). */
export const WARM_UP_MAX_ARTICLES = 25_000;

export class BuildSession implements Warm {
  private manifestKept: Kept<Manifest> | null = null;
  /** The descriptors of the build that made the kept manifest (descriptor-hash.ts compares against them). */
  private pagesKept: { manifest: Manifest; pages: ReadonlyMap<string, PageDescriptor> } | null = null;
  private cacheKept: Kept<AnalysisCache> | null = null;
  private pool: RenderPool | null = null;
  private poolKey: string | null = null;
  private indexer: SearchIndexer | null = null;
  private memo = new ModelMemo();
  private preloading: Promise<void> | null = null;

  /** False when pages render in this thread, whose template modules cannot be loaded again (see above). */
  get templatesReloadable(): boolean {
    return workerThreads() >= 2;
  }

  /**
   * Reads the manifest and the analysis cache into memory and starts the rendering worker, in the background,
   * so that the first rebuild starts warm too: a build that finds nothing to do (npm start on a built site)
   * loads neither. A build started meanwhile waits for it.
   */
  preload(options: BuildOptions): Promise<void> {
    this.preloading ??= this.load(options)
      .then(() => this.warmUp(options))
      .finally(() => (this.preloading = null));
    return this.preloading;
  }

  /**
   * A build that finds nothing to change but leaves its model in memory: the related lists, near duplicates,
   * entries, page descriptors and the search indexer's statistics, which the first rebuild would otherwise make
   * for the whole archive (at 10,000 articles the first rebuild after one new article took 3.9 s without it,
   * 1.85–2.6 s with it). Its synchronous stages hold the server's thread as a rebuild does (~1 s at 10,000
   * articles); above WARM_UP_MAX_ARTICLES it is skipped.
   */
  private async warmUp(options: BuildOptions): Promise<void> {
    const articles = this.cacheKept?.value.entries.size ?? 0;
    if (articles === 0 || articles > WARM_UP_MAX_ARTICLES) return;
    await build({ ...options, progress: false }, this, { full: true });
    // The parser has not run in this thread yet (the build found every analysis in the cache): parse one article
    // and throw the result away, so that the first real one does not pay for compiling it (~25 ms). Whatever goes
    // wrong here (the file just deleted) is of no consequence.
    const file = this.cacheKept?.value.entries.keys().next().value;
    if (file !== undefined) {
      const { analyseBytes } = await import("./analyse.ts");
      await readFile(path.join(options.articlesDir, file))
        .then((bytes) => void analyseBytes(bytes, file))
        .catch(() => undefined);
    }
  }

  private async load(options: BuildOptions): Promise<void> {
    const manifestPath = manifestFile(options.outDir);
    if (current(this.manifestKept, manifestPath) === null) {
      const before = stamp(manifestPath);
      const manifest = await readManifest(options.outDir);
      if (manifest) this.manifestKept = { value: manifest, file: manifestPath, stamp: before };
    }
    const version = await analysisKey();
    if (this.keptCache(options.cacheDir, version) === null) {
      const cachePath = cacheIndexFile(options.cacheDir);
      const before = stamp(cachePath);
      this.cacheKept = { value: await AnalysisCache.load(options.cacheDir, version), file: cachePath, stamp: before };
    }
    this.renderPool(await renderKey(siteContext(options)), 1);
  }

  /** One build, starting from what the last one left in memory. On a failure nothing is kept. */
  async build(options: BuildOptions): Promise<BuildResult> {
    await this.preloading?.catch(() => undefined);
    try {
      return await build(options, this);
    } catch (error) {
      await this.forget();
      throw error;
    }
  }

  /** Drops everything kept (the next build reads the disk) and stops the worker. */
  async forget(): Promise<void> {
    this.manifestKept = null;
    this.pagesKept = null;
    this.cacheKept = null;
    this.memo = new ModelMemo();
    this.poolKey = null;
    const pool = this.pool;
    const indexer = this.indexer;
    this.pool = null;
    this.indexer = null;
    await Promise.all([pool?.close(), indexer?.close()]);
  }

  async close(): Promise<void> {
    await this.forget();
    await settled();
  }

  async manifest(outDir: string): Promise<Manifest | null> {
    return current(this.manifestKept, manifestFile(outDir)) ?? readManifest(outDir);
  }

  async cacheIndex(cacheDir: string, version: string): Promise<ReadonlyMap<string, CacheMeta> | null> {
    const cache = this.keptCache(cacheDir, version);
    if (!cache) return AnalysisCache.loadIndex(cacheDir, version);
    const index = new Map<string, CacheMeta>();
    for (const [file, { article, hinted: _hinted, ...meta }] of cache.entries) index.set(file, { ...meta, analysed: article !== null });
    return index;
  }

  async cache(cacheDir: string, version: string): Promise<AnalysisCache> {
    return this.keptCache(cacheDir, version) ?? AnalysisCache.load(cacheDir, version);
  }

  renderPool(renderKey: string, workers: number): RenderPool | null {
    if (this.pool !== null && this.poolKey !== renderKey) {
      // Edited templates: a new worker imports them afresh. (Not awaited: the old one only has to stop.)
      void this.pool.close();
      this.pool = null;
    }
    this.pool ??= RenderPool.start(1);
    this.poolKey = renderKey;
    this.pool.widen(Math.max(1, workers));
    return this.pool;
  }

  searchIndexer(documents: number): SearchIndexer | null {
    if (workerThreads() < 2 || documents > INDEXER_MAX_DOCS) {
      void this.indexer?.close();
      this.indexer = null;
      return null;
    }
    return (this.indexer ??= SearchIndexer.start());
  }

  /** Keeps one worker, warm, for the next build; more were only for this build's many pages. */
  async release(pool: RenderPool | null): Promise<void> {
    if (pool !== null && pool === this.pool) await pool.shrink(1);
    else await pool?.close();
  }

  modelMemo(): ModelMemo {
    return this.memo;
  }

  pages(manifest: Manifest): ReadonlyMap<string, PageDescriptor> | null {
    return this.pagesKept?.manifest === manifest ? this.pagesKept.pages : null;
  }

  built(dirs: { outDir: string; cacheDir: string }, cache: AnalysisCache, manifest: Manifest, pages?: readonly PageDescriptor[]): void {
    if (pages !== undefined) this.pagesKept = { manifest, pages: new Map(pages.map((p) => [p.url, p])) };
    else if (this.pagesKept?.manifest !== manifest) this.pagesKept = null;
    const manifestPath = manifestFile(dirs.outDir);
    const cachePath = cacheIndexFile(dirs.cacheDir);
    this.manifestKept = { value: manifest, file: manifestPath, stamp: stamp(manifestPath) };
    this.cacheKept = { value: cache, file: cachePath, stamp: stamp(cachePath) };
  }

  private keptCache(cacheDir: string, version: string): AnalysisCache | null {
    const cache = current(this.cacheKept, cacheIndexFile(cacheDir));
    return cache?.isFor(cacheDir, version) ? cache : null;
  }
}

function manifestFile(outDir: string): string {
  return path.resolve(outDir, MANIFEST_FILE);
}

function cacheIndexFile(cacheDir: string): string {
  return path.resolve(cacheDir, "index.json");
}
