/**
 * The per-file analysis cache: `.cache/news-archive/index.json` (file stats and
 * content hashes: small, read on every build) and `analysis.bin` (the analyses:
 * in 32 shards, read only when something changed).
 *
 * An entry is reused when the article file's size, mtime and inode are
 * unchanged (as make and git do); otherwise the file is read and its content
 * hash compared, so a touched-but-identical file is not parsed again. The whole
 * cache is dropped when its key (the analysis code's hash, source-key.ts) changes. Serialized with v8 (several
 * times faster than JSON for 100,000 entries).
 */
import { mkdirSync, promises as fs } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import type { AnalysedArticle } from "../model/input.ts";
import { writeFileAtomic } from "./atomic-write.ts";
import { ShardWriter } from "./shard-writer.ts";

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
  /** The last furniture check: for this set of the outlet's recurring lines (`key`), which leaked into the record. */
  furnitureCheck: { key: string; leaked: string } | null;
}

/** The small part of an entry: enough to tell, without loading any analysis, that nothing changed. */
export type CacheMeta = Omit<CacheEntry, "article" | "hinted"> & { analysed: boolean };

interface IndexFile {
  version: string;
  entries: Array<[string, CacheMeta]>;
}



/** The analyses are split into shards by file name, so a rebuild after one new article rewrites one shard, not all. */
const SHARDS = 32;

function shardOf(file: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

/**
 * What a shard holds for one file: its analyses, and the content hash they were made from. The index says which
 * hash each file has now; a shard whose hash differs (written by a build killed before it wrote the index) is
 * not taken, so the file is analysed again instead of being published from another version of itself.
 */
type Parts = Pick<CacheEntry, "article" | "hinted" | "hash">;

export class AnalysisCache {
  private constructor(
    private readonly dir: string,
    private readonly version: string,
    readonly entries: Map<string, CacheEntry>,
    /** What each shard held when loaded or last saved (object identity), to write only the shards that changed. */
    private loaded: Array<Map<string, Parts>>,
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

  /** The whole cache: the index and the analyses (`analysis-NN.bin`). A missing or mismatched part is analysed again. */
  static async load(cacheDir: string, version: string): Promise<AnalysisCache> {
    const dir = path.resolve(cacheDir);
    const entries = new Map<string, CacheEntry>();
    const loaded = await Promise.all(Array.from({ length: SHARDS }, (_, n) => readShard(dir, n, version)));
    const index = await AnalysisCache.loadIndex(dir, version);
    for (const [file, meta] of index ?? []) {
      const found = loaded[shardOf(file)]!.get(file);
      const parts = found?.hash === meta.hash ? found : undefined;
      if (meta.analysed && !parts) continue;
      const { analysed: _analysed, ...rest } = meta;
      entries.set(file, { ...rest, article: parts?.article ?? null, hinted: parts?.hinted ?? null });
    }
    return new AnalysisCache(dir, version, entries, loaded);
  }

  /** Keeps only the entries for `files` (deleted articles leave the cache). */
  retain(files: ReadonlySet<string>): void {
    for (const key of this.entries.keys()) if (!files.has(key)) this.entries.delete(key);
  }

  /**
   * Writes the cache. Everything written is taken from the entries before this returns its promise, so the
   * caller may go on (and change entries) while the files are written, and await the promise later.
   */
  async save(): Promise<void> {
    const index: IndexFile = { version: this.version, entries: [] };
    const shards = Array.from({ length: SHARDS }, () => new Map<string, Parts>());
    for (const [file, { article, hinted, ...meta }] of this.entries) {
      index.entries.push([file, { ...meta, analysed: article !== null }]);
      if (article !== null) shards[shardOf(file)]!.set(file, { article, hinted, hash: meta.hash });
    }
    // Shards first: the index never points at analyses that were not written (and a shard written by a build
    // that dies before its index is told apart by its hashes, see Parts). Many shards (a cold build) go
    // to a writer thread (see shard-writer.ts), all posted at once: from here on the entries may change
    // without changing what is written, and the caller may go on while the thread writes.
    const changed = [...shards.entries()].filter(([n, shard]) => !sameShard(shard, this.loaded[n]!));
    const file = (n: number) => path.join(this.dir, `analysis-${n}.bin`);
    const shardFile = (shard: Map<string, Parts>): ShardFile => ({ version: this.version, articles: shard });
    const indexText = JSON.stringify(index);
    mkdirSync(this.dir, { recursive: true });
    if (changed.length <= 2) {
      const bytes = changed.map(([n, shard]) => [n, v8.serialize(shardFile(shard))] as const);
      for (const [n, data] of bytes) await writeFileAtomic(file(n), data);
    } else {
      const writer = new ShardWriter();
      try {
        await Promise.all(changed.map(([n, shard]) => writer.write(file(n), shardFile(shard))));
      } finally {
        await writer.close();
      }
    }
    await writeFileAtomic(path.join(this.dir, "index.json"), indexText);
    // What is on disk now: a cache kept in memory between builds (session.ts) then writes only what changes next.
    this.loaded = shards;
  }

  /** Where the cache lives, and for which analysis code. */
  isFor(cacheDir: string, version: string): boolean {
    return this.dir === path.resolve(cacheDir) && this.version === version;
  }
}

interface ShardFile {
  version: string;
  articles: Map<string, Parts>;
}

async function readShard(dir: string, n: number, version: string): Promise<Map<string, Parts>> {
  try {
    const data = v8.deserialize(await fs.readFile(path.join(dir, `analysis-${n}.bin`))) as ShardFile;
    if (data.version === version && data.articles instanceof Map) return data.articles;
  } catch {
    // Missing or unreadable: its articles are analysed again.
  }
  return new Map();
}

function sameShard(a: ReadonlyMap<string, Parts>, b: ReadonlyMap<string, Parts>): boolean {
  if (a.size !== b.size) return false;
  for (const [file, parts] of a) {
    const other = b.get(file);
    if (!other || other.article !== parts.article || other.hinted !== parts.hinted || other.hash !== parts.hash) return false;
  }
  return true;
}
