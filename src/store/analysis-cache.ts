/**
 * The per-file analysis cache: `.cache/news-archive/index.json` (file stats and
 * content hashes: small, read on every build) and `analysis.bin` (the analyses:
 * read only when something changed).
 *
 * An entry is reused when the article file's size, mtime and inode are
 * unchanged (as make and git do); otherwise the file is read and its content
 * hash compared, so a touched-but-identical file is not parsed again. The whole
 * cache is dropped when its key (the analysis code's hash, source-key.ts) changes. Serialized with v8 (several
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

/** The small part of an entry: enough to tell, without loading any analysis, that nothing changed. */
export type CacheMeta = Omit<CacheEntry, "article" | "hinted"> & { analysed: boolean };

interface IndexFile {
  version: string;
  entries: Array<[string, CacheMeta]>;
}

interface BlobFile {
  version: string;
  articles: Map<string, Pick<CacheEntry, "article" | "hinted">>;
}

export class AnalysisCache {
  private constructor(
    private readonly dir: string,
    private readonly version: string,
    readonly entries: Map<string, CacheEntry>,
  ) {}

  /** Only the small index (`index.json`): file stats and hashes. Null when there is none for this version. */
  static async loadIndex(cacheDir: string, version: string): Promise<Map<string, CacheMeta> | null> {
    try {
      const data = JSON.parse(await fs.readFile(path.join(cacheDir, "index.json"), "utf8")) as IndexFile;
      return data.version === version ? new Map(data.entries) : null;
    } catch {
      return null;
    }
  }

  /** The whole cache: the index and the analyses (`analysis.bin`). A missing or mismatched part starts empty. */
  static async load(cacheDir: string, version: string): Promise<AnalysisCache> {
    const dir = path.resolve(cacheDir);
    const entries = new Map<string, CacheEntry>();
    try {
      const index = await AnalysisCache.loadIndex(dir, version);
      const blob = v8.deserialize(await fs.readFile(path.join(dir, "analysis.bin"))) as BlobFile;
      if (index && blob.version === version) {
        for (const [file, meta] of index) {
          const parts = blob.articles.get(file);
          if (meta.analysed && !parts) continue;
          const { analysed: _analysed, ...rest } = meta;
          entries.set(file, { ...rest, article: parts?.article ?? null, hinted: parts?.hinted ?? null });
        }
      }
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    return new AnalysisCache(dir, version, entries);
  }

  /** Keeps only the entries for `files` (deleted articles leave the cache). */
  retain(files: ReadonlySet<string>): void {
    for (const key of this.entries.keys()) if (!files.has(key)) this.entries.delete(key);
  }

  async save(): Promise<void> {
    const index: IndexFile = { version: this.version, entries: [] };
    const blob: BlobFile = { version: this.version, articles: new Map() };
    for (const [file, { article, hinted, ...meta }] of this.entries) {
      index.entries.push([file, { ...meta, analysed: article !== null }]);
      if (article !== null) blob.articles.set(file, { article, hinted });
    }
    // The blob first: an index never points at analyses that were not written.
    await writeFileAtomic(path.join(this.dir, "analysis.bin"), v8.serialize(blob));
    await writeFileAtomic(path.join(this.dir, "index.json"), JSON.stringify(index));
  }
}
