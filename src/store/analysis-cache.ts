/**
 * The per-file analysis cache: `.cache/news-archive/analysis.bin`.
 *
 * An entry is reused when the article file's size, mtime and inode are
 * unchanged (as make and git do); otherwise the file is read and its content
 * hash compared, so a touched-but-identical file is not parsed again. The whole
 * cache is dropped when ANALYSIS_VERSION changes. Serialized with v8 (several
 * times faster than JSON for 100,000 entries).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import type { AnalysedArticle } from "../model/input.ts";
import { writeFileAtomic } from "./atomic-write.ts";

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  ino: number;
  /** Content hash of the raw article bytes. */
  hash: string;
  /** The analysis, or null when the file is skipped (binary…) with `skipReason`. */
  article: AnalysedArticle | null;
  skipReason: string | null;
  /** The record file as last written or read: its size and mtime, to notice hand edits. */
  recordStat: { size: number; mtimeMs: number } | null;
  /** The article parsed again without its outlet's recurring lines, and which lines those were (see outlet-furniture.ts). */
  hinted: { key: string; article: AnalysedArticle } | null;
  /** Which variant the record file holds: "" for the plain parse, else the hinted key. */
  recordVariant: string;
}

interface CacheFile {
  version: string;
  entries: Map<string, CacheEntry>;
}

export class AnalysisCache {
  private constructor(
    private readonly file: string,
    private readonly version: string,
    readonly entries: Map<string, CacheEntry>,
  ) {}

  static async load(cacheDir: string, version: string): Promise<AnalysisCache> {
    const file = path.join(cacheDir, "analysis.bin");
    try {
      const data = v8.deserialize(await fs.readFile(file)) as CacheFile;
      if (data.version === version && data.entries instanceof Map) return new AnalysisCache(file, version, data.entries);
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    return new AnalysisCache(file, version, new Map());
  }

  /** Keeps only the entries for `files` (deleted articles leave the cache). */
  retain(files: ReadonlySet<string>): void {
    for (const key of this.entries.keys()) if (!files.has(key)) this.entries.delete(key);
  }

  async save(): Promise<void> {
    const data: CacheFile = { version: this.version, entries: this.entries };
    await writeFileAtomic(this.file, v8.serialize(data));
  }
}
