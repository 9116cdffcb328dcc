/** searchFiles / buildSearchFiles: SearchDocStats + store entries → every file under /search/. Pure and deterministic. */
import { computePostings, type PostingsMemo, type TermPostings } from "./assemble.ts";
import {
  FACET_DICT_PATH,
  FIELDS,
  LEXICON_MAX_LEN,
  META_PATH,
  docPath,
  facetPath,
  keyPath,
  lexiconPath,
  partPath,
  type IndexPart,
  type KeyPart,
  type SearchMeta,
} from "./format.ts";
import { documentKeys } from "./doc-keys.ts";
import type { SearchDocStats } from "./prepare.ts";
import { dataScript } from "./script.ts";
import { docInputKey, docRecord, encodeFacets, type SearchStoreEntry } from "./store.ts";

export interface SearchFile {
  /** Site path under /search/. */
  path: string;
  content: string;
}

/** A file of `searchFiles`, made on demand. */
export interface PendingSearchFile {
  path: string;
  make: () => string;
  /** For document files: a key equal across builds only when the file's bytes are (store.ts, docInputKey); else null. */
  inputKey: string | null;
}

export interface BuildOptions {
  /** Target size of one index part in bytes (default 24 kB); a single larger term gets a part of its own. */
  partBytes?: number;
  /** Documents per facet chunk (default 2048). */
  facetChunk?: number;
  /** Gives document files input keys (PendingSearchFile.inputKey), with this key of the code that writes them mixed in. */
  docKeySalt?: string;
  /** Documents per key file, /search/keys/<n>.js (default 256: ~1.3 kB, so the keys of 20 results scattered over the archive cost at most ~26 kB). */
  keyChunk?: number;
  /** Kept by a build session's indexer between builds (assemble.ts); the files are the same without it. */
  postingsMemo?: PostingsMemo;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Greedy packing of the sorted terms into parts of about `target` bytes. */
function packParts(sorted: readonly TermPostings[], target: number): TermPostings[][] {
  const parts: TermPostings[][] = [];
  let current: TermPostings[] = [];
  let size = 0;
  for (const t of sorted) {
    const bytes = t.term.length + 12 + t.postings[0].length + t.postings[1].length + t.postings[2].length + t.postings[3].length;
    if (current.length > 0 && size + bytes > target) {
      parts.push(current);
      current = [];
      size = 0;
    }
    current.push(t);
    size += bytes;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/**
 * Builds the partitioned index, the lexicon, the facets and the document store.
 * The order of `docs` and `store` does not matter (both are sorted by ref); every doc needs a store entry.
 */
export function buildSearchFiles(docs: readonly SearchDocStats[], store: readonly SearchStoreEntry[], options: BuildOptions = {}): SearchFile[] {
  return [...searchFiles(docs, store, options)].map((f) => ({ path: f.path, content: f.make() }));
}

/** What the index files need of a store entry: its ref (document keys) and its facets. */
export type FacetEntry = Pick<SearchStoreEntry, "ref" | "date" | "outlet" | "topics" | "year">;

/** Documents and store entries in ref order (document id = position), checked to match one to one. */
export function sortForIndex<E extends FacetEntry>(docs: readonly SearchDocStats[], store: readonly E[]): { docs: SearchDocStats[]; entries: E[] } {
  const sortedDocs = [...docs].sort((a, b) => byCodeUnits(a.ref, b.ref));
  const byRef = new Map(store.map((e) => [e.ref, e]));
  const entries = sortedDocs.map((d, i) => {
    if (i > 0 && sortedDocs[i - 1]!.ref === d.ref) throw new Error(`search index: two documents have the ref ${JSON.stringify(d.ref)}`);
    const e = byRef.get(d.ref);
    if (!e) throw new Error(`search index: document ${JSON.stringify(d.ref)} has no store entry (pass one SearchStoreEntry per SearchDocStats)`);
    return e;
  });
  return { docs: sortedDocs, entries };
}

/**
 * `buildSearchFiles` one file at a time: the build writes each as it comes, so the document files of a large
 * archive (~5 kB each) are never all in memory at once. The index and facets are computed before the first.
 */
export function* searchFiles(docs: readonly SearchDocStats[], store: readonly SearchStoreEntry[], options: BuildOptions = {}): Generator<PendingSearchFile> {
  const sorted = sortForIndex(docs, store);
  yield* indexFiles(sorted.docs, sorted.entries, options);
  yield* documentFiles(sorted.entries, options);
}

/**
 * Every file but the documents': the index parts, the lexicon, the facets, the document keys and meta.js.
 * Needs only the documents' statistics and facets, so a build session computes them in a worker of their own
 * (build/search-indexer.ts) while the site model is built. Arguments in ref order (sortForIndex).
 */
export function* indexFiles(sortedDocs: readonly SearchDocStats[], sortedEntries: readonly FacetEntry[], options: BuildOptions = {}): Generator<PendingSearchFile> {
  const file = (path: string, data: unknown): PendingSearchFile => ({ path, make: () => dataScript(path, data), inputKey: null });
  const partBytes = options.partBytes ?? 24_000;
  const facetChunk = options.facetChunk ?? 2048;
  const keyChunk = options.keyChunk ?? 256;

  const postings = computePostings(sortedDocs, options.postingsMemo).sort((a, b) => byCodeUnits(a.term, b.term));

  const parts = packParts(postings, partBytes);
  for (const [n, part] of parts.entries()) {
    const data: IndexPart = { terms: part.map((t) => [t.term, t.index, ...t.postings]) };
    yield file(partPath(n), data);
  }

  const byLength: string[][] = Array.from({ length: LEXICON_MAX_LEN + 1 }, () => []);
  for (const t of postings) byLength[Math.min(t.term.length, LEXICON_MAX_LEN)]!.push(t.term);
  const lexicon = byLength.map((terms, len) => (terms.length === 0 ? null : lexiconPath(len)));
  for (const [len, terms] of byLength.entries()) {
    if (terms.length > 0) yield file(lexiconPath(len), { terms: terms.join(" ") });
  }

  const facets = encodeFacets(sortedEntries);
  yield file(FACET_DICT_PATH, facets.dict);
  const facetChunks = Math.ceil(sortedEntries.length / facetChunk);
  for (let c = 0; c < facetChunks; c++) {
    const docsInChunk = facets.docs.slice(c * facetChunk, (c + 1) * facetChunk).join("");
    yield file(facetPath(c), { docs: docsInChunk });
  }

  const keys = documentKeys(sortedEntries.map((e) => e.ref));
  for (let c = 0; c * keyChunk < keys.length; c++) {
    const data: KeyPart = { keys: keys.slice(c * keyChunk, (c + 1) * keyChunk).join("") };
    yield file(keyPath(c), data);
  }
  const meta: SearchMeta = {
    docCount: sortedDocs.length,
    fields: [...FIELDS],
    parts: parts.map((p) => p[0]!.term),
    lexicon,
    facetChunk,
    facetChunks,
    keyChunk,
  };
  yield file(META_PATH, meta);
}

/** One file per document (ref order, sortForIndex), named by its document key. */
export function* documentFiles(sortedEntries: readonly SearchStoreEntry[], options: BuildOptions = {}): Generator<PendingSearchFile> {
  const keys = documentKeys(sortedEntries.map((e) => e.ref));
  const salt = options.docKeySalt;
  for (const [id, e] of sortedEntries.entries()) {
    const path = docPath(keys[id]!);
    yield { path, make: () => dataScript(path, docRecord(e)), inputKey: salt === undefined ? null : docInputKey(salt, path, e) };
  }
}
