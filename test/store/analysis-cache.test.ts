/** The analysis cache: what a build saves loads back, and a save cut short never pairs a file with another version's analysis. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AnalysisCache, type CacheEntry } from "../../src/store/analysis-cache.ts";
import type { AnalysedArticle } from "../../src/model/input.ts";
import { tempDir } from "../helpers/site-tree.ts";

/** An entry for a file with content hash `hash`, whose stand-in analysis says which version it was made from. */
function entry(hash: string, version: string): CacheEntry {
  const article = { record: { title: `analysed from ${version}` } } as unknown as AnalysedArticle;
  return { size: 10, mtimeMs: 1, ino: 1, hash, article, skipReason: null, recordStat: null, hinted: null, recordVariant: "", furnitureCheck: null };
}

/** A cache in a folder of its own, saved with a.txt (content hash `aHash`, analysed from `aVersion`) and b.txt. */
async function savedCache(aHash: string, aVersion: string): Promise<{ dir: string; cache: AnalysisCache }> {
  const dir = tempDir();
  const cache = await AnalysisCache.load(dir, "v1");
  cache.entries.set("a.txt", entry(aHash, aVersion));
  cache.entries.set("b.txt", entry("hb", "b"));
  await cache.save();
  return { dir, cache };
}

const titleOf = (cache: AnalysisCache, file: string) => (cache.entries.get(file)?.article as unknown as { record: { title: string } } | undefined)?.record.title;

test("a saved cache loads back whole", async () => {
  const { dir } = await savedCache("ha", "a");
  const again = await AnalysisCache.load(dir, "v1");
  assert.equal(titleOf(again, "a.txt"), "analysed from a");
  assert.equal(titleOf(again, "b.txt"), "analysed from b");
  assert.equal((await AnalysisCache.load(dir, "v2")).entries.size, 0, "another analysis code's cache is not used");
});

test("a save that wrote its shards but not its index (a killed build) does not give a file another version's analysis", async () => {
  const { dir, cache } = await savedCache("h-version-2", "version 2");
  const index = readFileSync(path.join(dir, "index.json"));

  // The file goes back to version 1; the build saves its analysis and dies before the index is written
  // (here: the index cannot be replaced, a folder stands in its place).
  cache.entries.set("a.txt", entry("h-version-1", "version 1"));
  rmSync(path.join(dir, "index.json"));
  mkdirSync(path.join(dir, "index.json", "x"), { recursive: true });
  await assert.rejects(cache.save());
  rmSync(path.join(dir, "index.json"), { recursive: true });
  writeFileSync(path.join(dir, "index.json"), index);

  // The index still says version 2: the shard's version-1 analysis must not be taken for it.
  const again = await AnalysisCache.load(dir, "v1");
  assert.equal(again.entries.get("a.txt"), undefined, "analysed again, not published from version 1");
  assert.equal(titleOf(again, "b.txt"), "analysed from b");
});
