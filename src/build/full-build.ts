/**
 * The full build, loaded only when the quick check (build.ts) finds something
 * changed: analyse → records → site model → render changed pages → atomic swap.
 * A bad article never stops the build: it is published degraded or skipped,
 * with a warning naming the file and the reason.
 */
import type { Worker } from "node:worker_threads";
import path from "node:path";
import { sameStat, type ScanResult } from "../store/scan.ts";
import { pruneRecords } from "../store/records.ts";
import { emptyManifest, type Manifest } from "../store/output.ts";
import { analysisKey } from "./source-key.ts";
import { AnalysePool } from "./analyse-pool.ts";
import type { AnalyseJob } from "./analyse-job.ts";
import { buildModel } from "../model/build-model.ts";
import type { AnalysedArticle, SkippedFile } from "../model/input.ts";
import type { SiteContext } from "../model/pages.ts";
import { renderKey } from "./render-key.ts";
import { publishSite } from "./publish.ts";
import { EARLY_WORKER_MIN, RENDER_POOL_THRESHOLD } from "./render-pool.ts";
import { poolThreshold, workerThreads } from "./workers.ts";
import { parseTopicsFile } from "./topics-config.ts";
import { Progress } from "./progress.ts";
import { inputKey as computeInputKey } from "./input-key.ts";
import type { BuildOptions, BuildResult } from "./options.ts";
import { unchangedResult } from "./unchanged.ts";
import { syncRecord } from "./record-sync.ts";
import { descriptorHasher } from "./descriptor-hash.ts";
import { applyOutletFurniture } from "./furniture-pass.ts";
import type { Warm } from "./warm.ts";
import type { SessionIndex } from "./search-indexer.ts";
import type { SearchDocStats, SearchStoreEntry } from "../search/index.ts";
import { sortForIndex } from "../search/build.ts";

export interface BuildStart {
  started: number;
  timings: Record<string, number>;
  scan: ScanResult;
  topicsText: string;
  site: SiteContext;
  /** Go on to the model even when nothing changed (build.ts, `full`). */
  full: boolean;
  /** Analysis workers started early (build.ts), for the analysis pool; [] for none. */
  analysisWorkers: Worker[];
}

export async function fullBuild(options: BuildOptions, start: BuildStart, warm: Warm): Promise<BuildResult> {
  const { started, timings, scan, topicsText, site, full } = start;
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - mark);
    mark = now;
  };
  const progress = new Progress(options.progress);

  const topics = parseTopicsFile(options.topicsFile, topicsText);

  // Analyse: reuse the cache where the file is unchanged.
  const cache = await warm.cache(options.cacheDir, await analysisKey());
  cache.retain(new Set(scan.files.map((f) => f.file)));
  const skipped: SkippedFile[] = [...scan.skipped];
  const jobs: AnalyseJob[] = [];
  for (const f of scan.files) {
    const entry = cache.entries.get(f.file);
    if (!sameStat(entry, f)) jobs.push({ file: f.file, abs: f.abs, cachedHash: entry?.hash ?? null, recordsDir: options.recordsDir });
  }
  progress.stage("Parsing articles", jobs.length);
  // Its workers (started for a large batch) also take the outlet-furniture re-parses.
  const analysePool = new AnalysePool(start.analysisWorkers);
  const scanned = new Map(scan.files.map((f) => [f.file, f]));
  const fresh = new Set<string>();
  const articles: AnalysedArticle[] = [];
  let recordsEdited = false;
  const noteEdit = () => (recordsEdited = true);
  try {
    const outcomes = await analysePool.run(jobs, (n) => progress.tick(n));
    for (const o of outcomes) {
      const f = scanned.get(o.file)!;
      const stat = { size: f.size, mtimeMs: f.mtimeMs, ino: f.ino };
      if (o.status === "unreadable") {
        cache.entries.delete(o.file);
        skipped.push({ file: o.file, reason: o.reason });
      } else if (o.status === "unchanged") {
        cache.entries.set(o.file, { ...cache.entries.get(o.file)!, ...stat });
      } else {
        fresh.add(o.file);
        cache.entries.set(o.file, {
          ...stat,
          hash: o.hash,
          article: o.result.ok ? o.result.article : null,
          skipReason: o.result.ok ? null : o.result.reason,
          recordStat: o.recordStat,
          hinted: null,
          recordVariant: "",
          furnitureCheck: null,
        });
      }
    }
    for (const f of scan.files) {
      const entry = cache.entries.get(f.file);
      if (!entry) continue;
      if (entry.article === null) skipped.push({ file: f.file, reason: entry.skipReason ?? "skipped" });
      else articles.push(fresh.has(f.file) ? entry.article : (await syncRecord(entry, f.abs, options.recordsDir, noteEdit)).article!);
    }
    skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    progress.done();
    lap("analyse");
    await applyOutletFurniture(articles, cache, scanned, options.recordsDir, analysePool, warm.modelMemo()?.lines);
  } finally {
    await analysePool.close();
  }
  const parsed = fresh.size;
  lap("furniture");
  await pruneRecords(options.recordsDir, new Set(scan.files.map((f) => f.file)));
  lap("records");

  const previous = await warm.manifest(options.outDir);
  const inputKey = await computeInputKey(
    site,
    topicsText,
    scan.skipped,
    scan.files.map((f) => [f.file, cache.entries.get(f.file)?.hash ?? null]),
  );
  // Saved before the site is built, so that a failure further on does not lose the analyses; written by a
  // thread of its own (store/shard-writer.ts) while this one goes on, and awaited before the build ends.
  const saving = cache.save();
  saving.catch(() => undefined); // awaited below; this only keeps an early failure from being "unhandled"
  lap("cache");
  // Nothing changed after all (files touched but identical): stop here.
  if (previous?.inputKey === inputKey && !recordsEdited && !full) {
    await saving;
    warm.built(options, cache, previous);
    return unchangedResult(scan.files.length, skipped, previous, started, timings, options.outDir);
  }

  // The rendering workers start now, loading Eleventy and the templates while this thread builds the model:
  // one per core when many pages will be rendered (every page of a large archive, or the pages of many new
  // articles); one for the few hundred pages a change in a large archive touches; none for a small archive,
  // whose whole build takes less than starting a worker. More start later if the page count calls for them.
  const key = await renderKey(site);
  const reuse = previous !== null && previous.renderKey === key;
  const poolMin = poolThreshold(RENDER_POOL_THRESHOLD);
  const manyPages = (!reuse && scan.files.length >= poolMin / 2) || parsed >= poolMin / 3;
  let pool = warm.renderPool(key, manyPages ? workerThreads() : scan.files.length >= poolThreshold(EARLY_WORKER_MIN) ? 1 : 0);
  try {
    const parseWarnings = articles.flatMap((a) => a.record.warnings.map((reason) => ({ file: a.record.file, reason })));
    // In a session, the search index's files are made in a worker while this thread builds the pages.
    const indexer = warm.searchIndexer(articles.length);
    let searchIndex: SessionIndex | null = null;
    const onSearchInputs = (docs: readonly SearchDocStats[], store: readonly SearchStoreEntry[]) => {
      const sorted = sortForIndex(docs, store);
      const files = indexer!.index(sorted);
      files.catch(() => undefined); // awaited in publishSite (or the build fails before it)
      searchIndex = { files, entries: sorted.entries };
    };
    const model = buildModel(articles, {
      topicsConfig: topics.config,
      topicsFile: options.topicsFile,
      skipped,
      parseWarnings: [...topics.warnings, ...parseWarnings],
      ...(indexer && { onSearchInputs }),
      memo: warm.modelMemo(),
    });
    lap("model");

    // Render only pages whose descriptor (or the templates) changed.
    const old: Manifest = reuse ? previous : emptyManifest(key);
    const manifest = emptyManifest(key);
    manifest.inputKey = inputKey;
    // In a long-running process, pages equal to their previous descriptors keep their hashes (descriptor-hash.ts).
    const before = reuse ? warm.pages(old) : null;
    const hashPage = descriptorHasher(before === null ? null : { pages: before, hashes: old.pages });
    const dirty = model.pages.filter((p) => {
      const h = hashPage(p);
      manifest.pages[p.url] = h;
      return old.pages[p.url] !== h;
    });
    lap("diff");
    if (dirty.length >= poolMin) pool = warm.renderPool(key, workerThreads());
    const counts = await publishSite({ outDir: options.outDir, site, model, searchIndex, dirty, old, manifest, incremental: reuse, pool, release: () => warm.release(pool), progress, lap });
    lap("commit");
    await saving;
    warm.built(options, cache, manifest, model.pages);
    const warnings = [
      ...topics.warnings,
      ...skipped.map((s) => ({ file: s.file, reason: s.reason })),
      ...parseWarnings,
      ...model.warnings,
    ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return {
      upToDate: false,
      files: scan.files.length,
      parsed,
      published: model.published,
      skipped,
      warnings,
      pagesTotal: model.pages.length,
      filesWritten: counts.written,
      filesUnchanged: counts.unchanged,
      filesDeleted: counts.deleted,
      durationMs: Math.round(performance.now() - started),
      timings,
      outDir: path.resolve(options.outDir),
    };
  } finally {
    await warm.release(pool);
    // On a failure too: the analyses are on disk before the build ends.
    await Promise.allSettled([saving]);
  }
}
