/** Keeping record files in step with the cache, and noticing records a person edited. */
import { promises as fs, statSync } from "node:fs";
import path from "node:path";
import type { CacheEntry } from "../store/analysis-cache.ts";
import { parseRecordFile, recordPath, serializeRecord, writeRecord, writtenByBuild } from "../store/records.ts";
import { analyseBytes, analyseRecord } from "./analyse.ts";

/**
 * Keeps the record file of a cached article in step (fresh ones were written
 * by their analysis job): written again when missing; when a person edited it,
 * the edited record is read back, validated and used.
 */
export async function syncRecord(entry: CacheEntry, abs: string, recordsDir: string, noteEdit: () => void): Promise<CacheEntry> {
  const article = entry.article!;
  const file = recordPath(recordsDir, article.record.file);
  // Synchronous: a rebuild stats every record, and 10,000 awaited stats take ~0.6 s against ~20 ms.
  const stat = statSync(file, { throwIfNoEntry: false }) ?? null;
  if (stat === null) {
    entry.recordStat = await writeRecord(recordsDir, article.record);
    return entry;
  }
  if (entry.recordStat && stat.size === entry.recordStat.size && stat.mtimeMs === entry.recordStat.mtimeMs) return entry;
  const text = await fs.readFile(file, "utf8");
  if (writtenByBuild(text)) {
    // Written by an earlier (perhaps interrupted) build, not by a person: write the cached record back.
    if (text !== serializeRecord(article.record)) noteEdit();
    entry.recordStat = await writeRecord(recordsDir, article.record);
    return entry;
  }
  // The record file changed since we wrote it: a hand edit.
  noteEdit();
  const where = path.relative(process.cwd(), file);
  try {
    const edited = parseRecordFile(text, where);
    const note = `uses the hand-edited ${where}; corrections kept in the article's front matter survive re-parsing, edits to the record do not`;
    edited.warnings = [...edited.warnings.filter((w) => !w.startsWith("uses the hand-edited")), note];
    entry.article = analyseRecord(edited);
  } catch (error) {
    // Fall back to the article as parsed (the cached analysis may be an earlier hand edit).
    const parsed = analyseBytes(await fs.readFile(abs), article.record.file);
    if (parsed.ok) {
      parsed.article.record.warnings.push(`${(error as Error).message.replace(/\n/g, " ")} (the parsed record is used instead)`);
      entry.article = parsed.article;
    }
  }
  entry.recordStat = { size: stat.size, mtimeMs: stat.mtimeMs };
  return entry;
}

