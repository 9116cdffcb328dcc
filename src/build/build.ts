/**
 * The build: articles folder in, site folder out, incrementally.
 *
 *   scan → quick check → (full build: analyse → records → model → render → swap)
 *
 * The quick check reads only the cache's small index: when every article file
 * has the same size, mtime and inode as last time, no record was edited by hand,
 * and the code, settings and topics.yaml are unchanged, the site is already up
 * to date and nothing heavy (the parser, Eleventy, the analysis cache) is loaded.
 */
import { promises as fs, existsSync, statSync } from "node:fs";
import type { Worker } from "node:worker_threads";
import { sameStat, scanArticles, type ScanResult } from "../store/scan.ts";
import type { Manifest } from "../store/output.ts";
import { recordPath } from "../store/record-path.ts";
import type { SiteContext } from "../model/pages.ts";
import type { CacheMeta } from "../store/analysis-cache.ts";
import { analysisKey } from "./source-key.ts";
import { inputKey } from "./input-key.ts";
import type { BuildOptions, BuildResult } from "./options.ts";
import { unchangedResult } from "./unchanged.ts";
import { oneShot, type Warm } from "./warm.ts";
import { ANALYSE_POOL_THRESHOLD, poolThreshold, startWorker, workerThreads } from "./workers.ts";

export { defaultBuildOptions, type BuildOptions, type BuildResult, type BuildWarning } from "./options.ts";

/**
 * One build. `warm`: what the previous build in this process left (session.ts); by default, nothing.
 * `full`: build even when the quick check would find the site up to date (a session's warm-up, which leaves its
 * model in memory for the first rebuild; the site is left as it is).
 */
export async function build(options: BuildOptions, warm: Warm = oneShot(), { full = false } = {}): Promise<BuildResult> {
  const started = performance.now();
  const timings: Record<string, number> = {};
  if (!existsSync(options.articlesDir)) throw new Error(`articles folder not found: ${options.articlesDir}. Create it and put .txt or .md article files in it, or pass --articles DIR.`);
  const scan = await scanArticles(options.articlesDir);
  const topicsText = await fs.readFile(options.topicsFile, "utf8").catch(() => "");
  const site = siteContext(options);
  const [previous, index] = full ? [null, null] : await Promise.all([warm.manifest(options.outDir), analysisKey().then((key) => warm.cacheIndex(options.cacheDir, key))]);
  const upToDate = full ? null : await alreadyBuilt(options, scan, topicsText, site, previous, index);
  timings.check = Math.round(performance.now() - started);
  if (upToDate) return unchangedResult(scan.files.length, scan.skipped, upToDate, started, timings, options.outDir);
  // A large analysis ahead (a cold build): its workers start now and load their code while this thread loads the
  // rest of the build (~0.8 s at 10,000 articles); the analysis pool takes them over.
  const analysisWorkers = full ? [] : earlyAnalysisWorkers(scan, index);
  try {
    const { fullBuild } = await import("./full-build.ts");
    return await fullBuild(options, { started, timings, scan, topicsText, site, full, analysisWorkers }, warm);
  } finally {
    // Stopped by the pool as soon as it is done; here too, in case the build failed before the pool had them.
    await Promise.all(analysisWorkers.map((w) => w.terminate()));
  }
}

/** The analysis pool's workers, started at once when at least its threshold of files are new or changed. */
function earlyAnalysisWorkers(scan: ScanResult, index: ReadonlyMap<string, CacheMeta> | null): Worker[] {
  const threads = workerThreads();
  const threshold = poolThreshold(ANALYSE_POOL_THRESHOLD);
  if (threads < 2 || scan.files.length < threshold) return [];
  let changed = 0;
  for (const f of scan.files) {
    if (!sameStat(index?.get(f.file), f)) changed++;
  }
  return changed >= threshold && changed > 0 ? Array.from({ length: threads }, () => startWorker("analyse-worker")) : [];
}

/** What every page is rendered with besides its own descriptor (part of the render key). */
export function siteContext(options: BuildOptions): SiteContext {
  return { title: options.title, baseUrl: options.baseUrl, language: "en" };
}

/** The previous build's manifest (`previous`) when the site is up to date, else null. */
async function alreadyBuilt(options: BuildOptions, scan: ScanResult, topicsText: string, site: SiteContext, previous: Manifest | null, index: ReadonlyMap<string, CacheMeta> | null): Promise<Manifest | null> {
  if (!previous || !index) return null;
  const hashes: Array<[string, string | null]> = [];
  for (const f of scan.files) {
    const meta = index.get(f.file);
    if (!meta || !sameStat(meta, f)) return null;
    hashes.push([f.file, meta.hash]);
  }
  // A record edited by hand changes the output without any article changing. (Synchronous stats:
  // 10,000 of them take a few milliseconds, 10,000 promises far longer.)
  for (const f of scan.files) {
    const meta = index.get(f.file)!;
    if (!meta.analysed) continue;
    const stat = statSync(recordPath(options.recordsDir, f.file), { throwIfNoEntry: false });
    if (!stat || stat.size !== meta.recordStat?.size || stat.mtimeMs !== meta.recordStat.mtimeMs) return null;
  }
  return previous.inputKey === (await inputKey(site, topicsText, scan.skipped, hashes)) ? previous : null;
}
