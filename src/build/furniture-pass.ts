/** The build's outlet-furniture pass (the rules are in src/model/outlet-furniture.ts). */
import type { ArticleFile } from "../store/scan.ts";
import type { AnalysisCache } from "../store/analysis-cache.ts";
import { writeRecord } from "../store/records.ts";
import type { AnalysedArticle } from "../model/input.ts";
import { leakedFurniture, recurringLines, type RecurringLines } from "../model/outlet-furniture.ts";
import type { AnalysePool } from "./analyse-pool.ts";
import type { AnalyseJob } from "./analyse-job.ts";

/**
 * Lines that recur across an outlet's articles are furniture (src/model/outlet-furniture.ts).
 * An article whose record kept any of them is parsed again without them (on the analysis pool's
 * workers when there are many, as in a cold build); the result is cached with the set of lines it
 * was parsed without, and its record file rewritten.
 */
export async function applyOutletFurniture(
  articles: AnalysedArticle[],
  cache: AnalysisCache,
  files: ReadonlyMap<string, ArticleFile>,
  recordsDir: string,
  pool: AnalysePool,
  /** A build session's counts, kept between builds. */
  kept?: RecurringLines,
): Promise<void> {
  const furniture = kept ? kept.update(articles) : recurringLines(articles);
  // Per article: the furniture lines it leaked, as a key ("" none; null: not checked).
  const keys: Array<string | null> = articles.map((article) => {
    const entry = cache.entries.get(article.record.file);
    if (!entry || article.lines.length === 0) return null;
    const lines = article.record.outlet === null ? undefined : furniture.get(article.record.outlet);
    // Which of the outlet's recurring lines this article has at all; only those can have leaked.
    const present = lines ? article.lines.filter((h) => lines.has(h)) : [];
    if (present.length === 0) return "";
    const presentKey = present.join(",");
    if (entry.furnitureCheck?.key !== presentKey) entry.furnitureCheck = { key: presentKey, leaked: leakedFurniture(article.record, new Set(present)).join(",") };
    return entry.furnitureCheck.leaked;
  });
  const jobs: AnalyseJob[] = [];
  for (const [i, article] of articles.entries()) {
    const key = keys[i];
    const file = article.record.file;
    if (key && cache.entries.get(file)!.hinted?.key !== key) {
      jobs.push({ file, abs: files.get(file)!.abs, cachedHash: null, recordsDir: null, furniture: key.split(",").map(Number) });
    }
  }
  for (const outcome of await pool.run(jobs)) {
    const entry = cache.entries.get(outcome.file)!;
    const article = outcome.status === "analysed" && outcome.result.ok ? outcome.result.article : null;
    entry.hinted = article ? { key: entry.furnitureCheck!.leaked, article } : null;
  }
  for (const [i, article] of articles.entries()) {
    const key = keys[i];
    if (key === null || key === undefined) continue;
    const entry = cache.entries.get(article.record.file)!;
    const chosen = key !== "" && entry.hinted ? entry.hinted.article : article;
    articles[i] = chosen;
    if (entry.recordVariant !== key) {
      entry.recordStat = await writeRecord(recordsDir, chosen.record);
      entry.recordVariant = key;
    }
  }
}
