/**
 * The session's search indexer keeps documents' statistics in its worker between builds and is sent only the
 * new and changed ones: its files must equal the inline build's at every step, whatever changed.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { SearchIndexer } from "../../src/build/search-indexer.ts";
import { indexFiles, sortForIndex } from "../../src/search/build.ts";
import { prepareSearchDoc, type SearchDocStats } from "../../src/search/index.ts";
import type { SearchStoreEntry } from "../../src/search/store.ts";
import { syntheticArchive } from "../search/synthetic.ts";
import { contentHash } from "../../src/store/hash.ts";

function inline(docs: readonly SearchDocStats[], store: readonly SearchStoreEntry[]) {
  const sorted = sortForIndex(docs, store);
  return [...indexFiles(sorted.docs, sorted.entries)].map((f) => {
    const content = f.make();
    return { path: f.path, content, hash: contentHash(content) };
  });
}

/** Runs `fn` with a fresh indexer, stopped afterwards. */
async function withIndexer(fn: (indexer: SearchIndexer) => Promise<void>): Promise<void> {
  const indexer = SearchIndexer.start();
  try {
    await fn(indexer);
  } finally {
    await indexer.close();
  }
}

test("the indexer's files equal the inline build's as documents are added, changed and removed", () =>
  withIndexer(async (indexer) => {
    const archive = syntheticArchive(60, 120, 11);
    let docs = archive.map((a) => prepareSearchDoc(a.doc));
    let store = archive.map((a) => a.entry);
    const steps: Array<[string, () => void]> = [
      ["first build: every document sent", () => undefined],
      ["nothing changed", () => undefined],
      ["statistics made again, equal", () => (docs = archive.map((a) => prepareSearchDoc(a.doc)))],
      ["one body changed", () => (docs = docs.map((d, i) => (i === 7 ? prepareSearchDoc({ ...archive[7]!.doc, body: "Entirely different words here." }) : d)))],
      ["one removed", () => ((docs = docs.filter((_, i) => i !== 20)), (store = store.filter((_, i) => i !== 20)))],
      ["one added", () => ((docs = [...docs, prepareSearchDoc({ ...archive[0]!.doc, ref: "zz-new.txt" })]), (store = [...store, { ...archive[0]!.entry, ref: "zz-new.txt" }]))],
      ["a facet changed only", () => (store = store.map((e, i) => (i === 3 ? { ...e, outlet: "Another Outlet", year: "2001" } : e)))],
    ];
    let previous: string[] = [];
    for (const [what, change] of steps) {
      change();
      const files = await indexer.index(sortForIndex(docs, store));
      assert.deepEqual(files, inline(docs, store), what);
      previous = files.map((f) => f.hash);
    }
    assert.ok(previous.length > 5);
  }));

test("after a failed call the indexer is sent every document again, and its files are right", () =>
  withIndexer(async (indexer) => {
    const archive = syntheticArchive(10, 80, 3);
    const docs = archive.map((a) => prepareSearchDoc(a.doc));
    const store = archive.map((a) => a.entry);
    await indexer.index(sortForIndex(docs, store));
    // Statistics the worker cannot index: its call fails, and the worker drops what it held.
    const broken = { ref: "zz-broken.txt", fields: [] } as unknown as SearchDocStats;
    await assert.rejects(indexer.index(sortForIndex([...docs, broken], [...store, { ...store[0]!, ref: "zz-broken.txt" }])), /search index/);
    assert.deepEqual(await indexer.index(sortForIndex(docs, store)), inline(docs, store));
  }));
