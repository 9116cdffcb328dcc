/** The build's outlet-furniture pass (the rules are in src/model/outlet-furniture.ts). */
import { promises as fs } from "node:fs";
import type { ArticleFile } from "../store/scan.ts";
import type { AnalysisCache } from "../store/analysis-cache.ts";
import { writeRecord } from "../store/records.ts";
import type { AnalysedArticle } from "../model/input.ts";
import { leakedFurniture, linesWithHashes, recurringLines } from "../model/outlet-furniture.ts";
import { analyseBytes, decodeText } from "./analyse.ts";

/**
 * Lines that recur across an outlet's articles are furniture (src/model/outlet-furniture.ts).
 * An article whose record kept any of them is parsed again without them; the result
 * is cached with the set of lines it was parsed without, and its record file rewritten.
 */
export async function applyOutletFurniture(articles: AnalysedArticle[], cache: AnalysisCache, files: ReadonlyMap<string, ArticleFile>, recordsDir: string): Promise<void> {
  const furniture = recurringLines(articles);
  for (const [i, article] of articles.entries()) {
    const file = article.record.file;
    const entry = cache.entries.get(file);
    const lines = article.record.outlet === null ? undefined : furniture.get(article.record.outlet);
    if (!entry || article.lines.length === 0) continue;
    // Which of the outlet's recurring lines this article has at all; only those can have leaked.
    const present = lines ? article.lines.filter((h) => lines.has(h)) : [];
    const presentKey = present.join(",");
    let key = "";
    if (present.length > 0) {
      if (entry.furnitureCheck?.key !== presentKey) entry.furnitureCheck = { key: presentKey, leaked: leakedFurniture(article.record, new Set(present)).join(",") };
      key = entry.furnitureCheck.leaked;
    }
    const leaked = key === "" ? [] : key.split(",").map(Number);
    if (key !== "" && entry.hinted?.key !== key) {
      const bytes = await fs.readFile(files.get(file)!.abs);
      const strip = linesWithHashes(decodeText(bytes), new Set(leaked));
      const result = analyseBytes(bytes, file, { furniture: strip });
      entry.hinted = result.ok ? { key, article: result.article } : null;
    }
    const chosen = key !== "" && entry.hinted ? entry.hinted.article : article;
    articles[i] = chosen;
    if (entry.recordVariant !== key) {
      entry.recordStat = await writeRecord(recordsDir, chosen.record);
      entry.recordVariant = key;
    }
  }
}
