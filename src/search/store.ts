/** The document store: one small file per document (shown results only) and compact facet columns. */
import { createHash } from "node:crypto";
import { encodeVarint } from "./codec.ts";
import { splitChunks } from "./chunks.ts";
import type { DocRecord, FacetDict } from "./format.ts";

/** What the search page shows for one article. All text is plain, untrusted article text. */
export interface SearchStoreEntry {
  /** Same ref as the article's SearchDocStats. */
  ref: string;
  /** Site path of the article page ("/2022/11/10/slug/"). */
  url: string;
  title: string;
  /** ISO date as stated, or null when undated. */
  date: string | null;
  outlet: string | null;
  /** Topic names (as shown). */
  topics: string[];
  year: string | null;
  summary: string;
  /** Plain text, for snippets. May be a getter that derives it: read only for documents whose file is made. */
  body: string;
  /**
   * What `body` is derived from (the record's markdown), if it is derived: document input keys hash this
   * instead of `body`, so that an unchanged document's text is never derived (see docInputKey).
   */
  bodySource?: string;
  /**
   * A digest of `bodySource` that the caller can keep between builds (build-model.ts keeps one per record):
   * document input keys then use it instead of hashing the text (40 MB of it at 10,000 articles) at every build.
   */
  bodySourceDigest?: () => string;
  /**
   * An object that lives as long as the entry's source (build-model.ts passes the record): docInputKey keeps
   * the last key it made for it, and returns it again while every field is the same, without hashing.
   */
  memo?: object;
}

/** The stored file of one document: its body cut as prepareSearchDoc cut it (the summary alone when there is no body). */
export function docRecord(entry: SearchStoreEntry): DocRecord {
  const { ref, url, title, date, outlet, topics } = entry;
  const body = entry.body;
  return { ref, url, title, date, outlet, topics, chunks: body === "" ? [entry.summary] : splitChunks(body) };
}

/**
 * A key of everything a document file's bytes depend on: `salt` (the code that writes it, see
 * build/source-key.ts), its path, and the entry's fields. Equal keys, equal files: a rebuild keeps an
 * unchanged document's file without making it again.
 */
export function docInputKey(salt: string, path: string, e: SearchStoreEntry): string {
  const memo = e.memo === undefined || e.bodySource === undefined ? undefined : inputKeys.get(e.memo);
  if (memo !== undefined && memo.salt === salt && memo.path === path && sameFields(memo.entry, e)) return memo.key;
  const key = hashInputs(salt, path, e);
  if (e.memo !== undefined && e.bodySource !== undefined) inputKeys.set(e.memo, { salt, path, entry: e, key });
  return key;
}

const inputKeys = new WeakMap<object, { salt: string; path: string; entry: SearchStoreEntry; key: string }>();

/** The fields hashInputs reads (with the body's source in place of the body). */
function sameFields(a: SearchStoreEntry, b: SearchStoreEntry): boolean {
  return (
    a.ref === b.ref &&
    a.url === b.url &&
    a.title === b.title &&
    a.date === b.date &&
    a.outlet === b.outlet &&
    a.summary === b.summary &&
    a.bodySource === b.bodySource &&
    (a.bodySourceDigest === undefined) === (b.bodySourceDigest === undefined) &&
    a.topics.length === b.topics.length &&
    a.topics.every((t, i) => t === b.topics[i])
  );
}

function hashInputs(salt: string, path: string, e: SearchStoreEntry): string {
  const digest = e.bodySource === undefined ? undefined : e.bodySourceDigest?.();
  const fields = JSON.stringify([path, e.ref, e.url, e.title, e.date, e.outlet, e.topics, e.summary, e.bodySource === undefined, digest === undefined]);
  return createHash("sha1").update(salt).update("\0").update(fields).update("\0").update(digest ?? e.bodySource ?? e.body).digest("hex");
}

/** Topics offered as search filters (the most frequent ones). */
export const MAX_FILTER_TOPICS = 2000;

/** Facet values with counts, most frequent first (ties by name), so frequent values get short ids. */
function dictionary(counts: ReadonlyMap<string, number>): { list: Array<[string, number]>; ids: Map<string, number> } {
  const list = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { list, ids: new Map(list.map(([v], i) => [v, i])) };
}

function count(counts: Map<string, number>, value: string): void {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

/** A list without its repeated names (first occurrences, in order); the list itself when it has none (the usual case). */
function distinct(names: readonly string[]): readonly string[] {
  for (let i = 1; i < names.length; i++) if (names.lastIndexOf(names[i]!, i - 1) >= 0) return [...new Set(names)];
  return names;
}

/**
 * Entries in document-id order. Returns the dictionary and one varint stream per document. One pass counts
 * the values, one encodes the documents (a session's indexer does this for every document at every rebuild).
 */
export function encodeFacets(entries: ReadonlyArray<Pick<SearchStoreEntry, "date" | "outlet" | "topics" | "year">>): { dict: FacetDict; docs: string[] } {
  const outletCounts = new Map<string, number>();
  const yearCounts = new Map<string, number>();
  const topicCounts = new Map<string, number>();
  const topicsOf: Array<readonly string[]> = new Array(entries.length);
  for (let id = 0; id < entries.length; id++) {
    const e = entries[id]!;
    if (e.outlet !== null) count(outletCounts, e.outlet);
    if (e.year !== null) count(yearCounts, e.year);
    const names = (topicsOf[id] = distinct(e.topics));
    for (const name of names) count(topicCounts, name);
  }
  const outlets = dictionary(outletCounts);
  const years = dictionary(yearCounts);
  // A topic of one article is no use as a filter (its name still shows on the result): leave it out.
  const topics = dictionary(topicCounts);
  // Only the most frequent topics are filters: the dictionary is loaded with the filters (a long tail of
  // 40,000 names at 100,000 articles would be ~190 kB); every topic still has its own page. (Most frequent
  // first: the filters are the list's first ids.)
  topics.list = topics.list.filter(([, n]) => n >= 2).slice(0, MAX_FILTER_TOPICS);
  years.list.sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0)); // years read best newest first
  years.ids = new Map(years.list.map(([v], i) => [v, i]));

  // Newest first; undated last; ties in ref order (ids are in ref order).
  const order: number[] = [];
  for (let id = 0; id < entries.length; id++) if (entries[id]!.date !== null) order.push(id);
  order.sort((a, b) => {
    const x = entries[a]!.date!;
    const y = entries[b]!.date!;
    return x < y ? 1 : x > y ? -1 : a - b;
  });
  const rank = new Array<number>(entries.length).fill(entries.length);
  order.forEach((id, r) => (rank[id] = r));

  const filters = topics.list.length;
  const docs: string[] = new Array(entries.length);
  for (let id = 0; id < entries.length; id++) {
    const e = entries[id]!;
    let n = 0;
    let ids = "";
    for (const name of topicsOf[id]!) {
      const t = topics.ids.get(name)!;
      if (t < filters) {
        n++;
        ids += encodeVarint(t);
      }
    }
    docs[id] =
      encodeVarint(rank[id]!) +
      encodeVarint(e.outlet === null ? 0 : outlets.ids.get(e.outlet)! + 1) +
      encodeVarint(e.year === null ? 0 : years.ids.get(e.year)! + 1) +
      encodeVarint(n) +
      ids;
  }
  return { dict: { outlets: outlets.list, years: years.list, topics: topics.list }, docs };
}
