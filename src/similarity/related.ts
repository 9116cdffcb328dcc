/**
 * Related articles: for each article the k others closest to it by shared topics and text.
 *
 * Score = TOPIC_SHARE × cosine of idf-weighted topic sets + (1 − TOPIC_SHARE) × cosine of tf-idf
 * term vectors (from the fingerprints). Scoring every pair would be quadratic, so candidates
 * come from inverted lists, bounded per article: only its topics and its MAX_TERM_KEYS rarest
 * terms are looked up, and from each list only the WINDOW articles nearest to it in date order.
 * A topic shared by 50,000 articles therefore costs no more than one shared by 20: O(N·k) overall.
 *
 * Weights depend only on document frequencies (not on the archive size), and windows only on
 * neighbours in date order, so adding an article changes the lists of articles that share a
 * topic or term with it and sit near it in time, and no others: cached related lists stay valid.
 */

import type { Fingerprint } from "./fingerprint.ts";
import { compareIds } from "./order.ts";

/** Share of the score that comes from topics (the rest comes from text). */
export const TOPIC_SHARE = 0.5;
/** Rarest terms of an article used to look up candidates (all its topics are used, up to MAX_TOPIC_KEYS). */
export const MAX_TERM_KEYS = 8;
export const MAX_TOPIC_KEYS = 8;
/** Candidates taken from each inverted list: the articles nearest in date order, half before and half after. */
export const WINDOW = 16;
/** Candidates scoring below this are not listed (they share at most a common word). */
export const MIN_SCORE = 0.05;
/**
 * idf(df) = ln(1 + IDF_REFERENCE / df). Like ln(N / df), but without N, so one more article in
 * the archive does not move every weight (see the module comment).
 */
export const IDF_REFERENCE = 10_000;

/** Sorts after every ISO date: undated articles come last in date order. */
const UNDATED = "\uffff";

export interface RelatedInput {
  id: string;
  /** Canonical topic slugs, most salient first. */
  topics: readonly string[];
  fp: Fingerprint;
  /** ISO 8601 date or null (undated articles sort after dated ones). */
  date: string | null;
}

/**
 * The ids of the (at most) k most related articles of each article, best first, ties broken by id.
 * Exact duplicates (same `fp.hash`) are never related to each other, and only the first copy of
 * a duplicated article (in id order) is ever listed. Keys of the map are in id order.
 *
 * @example relatedArticles(docs, 5).get("2023/06/14/cable-damaged") // ["2023/06/12/...", ...]
 */
export function relatedArticles(docs: readonly RelatedInput[], k = 5): Map<string, string[]> {
  // Internal index = position in (date, id) order: the candidates of an article are its
  // neighbours in date, so their vectors sit close together in memory.
  const sorted = [...docs].sort((x, y) => compareIds(x.date ?? UNDATED, y.date ?? UNDATED) || compareIds(x.id, y.id));
  const n = sorted.length;
  const byId = sorted.map((_, i) => i).sort((x, y) => compareIds(sorted[x]!.id, sorted[y]!.id));
  const idRank = new Int32Array(n);
  byId.forEach((doc, r) => (idRank[doc] = r));
  let termEntries = 0;
  let topicEntries = 0;
  for (const d of sorted) {
    termEntries += d.fp.terms.length;
    topicEntries += d.topics.length;
  }
  const terms = sparseVectors(n, termEntries, (i, add) => {
    const { terms: names, counts } = sorted[i]!.fp;
    for (let t = 0; t < names.length; t++) add(names[t]!, 1 + Math.log(counts[t] ?? 1));
  });
  const topics = sparseVectors(n, topicEntries, (i, add) => {
    const list = sorted[i]!.topics;
    for (let t = 0; t < list.length; t++) if (list.indexOf(list[t]!) === t) add(list[t]!, 1);
  });
  const canonical = canonicalCopies(sorted, byId);
  const termLists = invertedLists(terms);
  const topicLists = invertedLists(topics);

  const termScratch = new Float32Array(terms.keyCount);
  const topicScratch = new Float32Array(topics.keyCount);
  const stamp = new Int32Array(n).fill(-1);
  const best = new TopK(k, idRank);
  const lists: string[][] = new Array(n);
  const context: ScanContext = { terms, topics, termScratch, topicScratch, canonical, stamp, best };
  for (let q = 0; q < n; q++) {
    best.clear();
    loadScratch(terms, q, termScratch, 1);
    loadScratch(topics, q, topicScratch, 1);
    stamp[canonical[q]!] = q; // never the article itself or its exact copies
    scan(context, q, topics, topicLists, MAX_TOPIC_KEYS);
    scan(context, q, terms, termLists, MAX_TERM_KEYS);
    advance(topicLists, topics, q);
    advance(termLists, terms, q);
    loadScratch(terms, q, termScratch, 0);
    loadScratch(topics, q, topicScratch, 0);
    lists[q] = best.items().map((i) => sorted[i]!.id);
  }
  const result = new Map<string, string[]>();
  for (const doc of byId) result.set(sorted[doc]!.id, lists[doc]!);
  return result;
}

/** What scan() needs besides the doc and the lists (one object, reused for every doc). */
interface ScanContext {
  terms: SparseVectors;
  topics: SparseVectors;
  termScratch: Float32Array;
  topicScratch: Float32Array;
  /** First exact copy of each doc; `stamp[c] === q` once c has been scored for q. */
  canonical: Int32Array;
  stamp: Int32Array;
  best: TopK;
}

/** Scores the docs in the windows of q's rarest keys of one kind (topics or terms) and offers them to ctx.best. */
function scan(ctx: ScanContext, q: number, vectors: SparseVectors, lists: InvertedLists, maxKeys: number): void {
  for (const key of rarestKeys(vectors, q, maxKeys)) {
    const [begin, end] = window(lists, key);
    for (let p = begin; p < end; p++) {
      const candidate = ctx.canonical[lists.docs[p]!]!;
      if (ctx.stamp[candidate] === q) continue;
      ctx.stamp[candidate] = q;
      const score =
        TOPIC_SHARE * dot(ctx.topics, candidate, ctx.topicScratch) + (1 - TOPIC_SHARE) * dot(ctx.terms, candidate, ctx.termScratch);
      if (score >= MIN_SCORE) ctx.best.offer(candidate, score);
    }
  }
}

/**
 * L2-normalised sparse vectors in compressed rows: doc i owns entries start[i] to start[i+1].
 * Only keys shared by at least two docs are stored (see sparseVectors).
 */
interface SparseVectors {
  start: Int32Array;
  key: Int32Array;
  weight: Float32Array;
  /** Key names by key id, and document frequency by key id (ids in order of falling df, then name). */
  names: string[];
  df: Int32Array;
  keyCount: number;
}

/** Builds the vectors; `row(i, add)` calls add(name, tf weight) once per distinct key of doc i, at most `capacity` times in all. */
function sparseVectors(n: number, capacity: number, row: (doc: number, add: (name: string, tf: number) => void) => void): SparseVectors {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const start = new Int32Array(n + 1);
  const key = new Int32Array(capacity);
  const tf = new Float64Array(capacity);
  let at = 0;
  const add = (name: string, weight: number): void => {
    let id = ids.get(name);
    if (id === undefined) {
      id = names.length;
      ids.set(name, id);
      names.push(name);
    }
    key[at] = id;
    tf[at++] = weight;
  };
  for (let i = 0; i < n; i++) {
    start[i] = at;
    row(i, add);
  }
  start[n] = at;
  const rawDf = new Int32Array(names.length);
  for (let e = 0; e < at; e++) rawDf[key[e]!]!++;
  // Keys of one doc only can match nothing: they count in the norm but are not stored. The
  // others are renumbered by falling df, then name: the often-read weights of common keys sit
  // together, and ties between equally rare keys are broken by comparing ids, not strings.
  const shared = names.map((_, id) => id).filter((id) => rawDf[id]! > 1);
  shared.sort((x, y) => rawDf[y]! - rawDf[x]! || compareIds(names[x]!, names[y]!));
  const newId = new Int32Array(names.length).fill(-1);
  shared.forEach((id, i) => (newId[id] = i));
  let kept = 0;
  for (let e = 0; e < at; e++) if (newId[key[e]!]! >= 0) kept++;
  const out: SparseVectors = {
    start: new Int32Array(n + 1),
    key: new Int32Array(kept),
    weight: new Float32Array(kept),
    names: shared.map((id) => names[id]!),
    df: Int32Array.from(shared, (id) => rawDf[id]!),
    keyCount: shared.length,
  };
  let to = 0;
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let e = start[i]!; e < start[i + 1]!; e++) norm += (tf[e]! * idf(rawDf[key[e]!]!)) ** 2;
    norm = Math.sqrt(norm);
    out.start[i] = to;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const id = newId[key[e]!]!;
      if (id < 0) continue;
      out.key[to] = id;
      out.weight[to++] = (tf[e]! * idf(rawDf[key[e]!]!)) / norm;
    }
  }
  out.start[n] = to;
  return out;
}

function idf(df: number): number {
  return Math.log(1 + IDF_REFERENCE / df);
}

function loadScratch(v: SparseVectors, doc: number, scratch: Float32Array, on: 0 | 1): void {
  for (let e = v.start[doc]!; e < v.start[doc + 1]!; e++) scratch[v.key[e]!] = on * v.weight[e]!;
}

function dot(v: SparseVectors, doc: number, scratch: Float32Array): number {
  let sum = 0;
  for (let e = v.start[doc]!; e < v.start[doc + 1]!; e++) sum += v.weight[e]! * scratch[v.key[e]!]!;
  return sum;
}

/** The doc's keys shared with at least one other doc, rarest first (ties by name), at most `max`. */
function rarestKeys(v: SparseVectors, doc: number, max: number): number[] {
  const keys: number[] = [];
  for (let e = v.start[doc]!; e < v.start[doc + 1]!; e++) if (v.df[v.key[e]!]! > 1) keys.push(v.key[e]!);
  keys.sort((a, b) => v.df[a]! - v.df[b]! || a - b); // equal df: ids are in name order
  return keys.length > max ? keys.slice(0, max) : keys;
}

/** For each doc, the first doc in id order with the same exact-duplicate hash. */
function canonicalCopies(sorted: readonly RelatedInput[], byId: readonly number[]): Int32Array {
  const first = new Map<string, number>();
  const canonical = new Int32Array(sorted.length);
  for (const i of byId) {
    const f = first.get(sorted[i]!.fp.hash);
    if (f === undefined) first.set(sorted[i]!.fp.hash, i);
    canonical[i] = f ?? i;
  }
  return canonical;
}

/** Inverted lists in compressed rows: the docs having key x, in date order (= index order), are docs[start[x]] to docs[start[x+1]-1]. */
interface InvertedLists {
  start: Int32Array;
  docs: Int32Array;
  /**
   * Per key, the position of the current doc in the key's list. Docs are processed in index
   * order, the order of the lists, so advance() finds each position without a search.
   */
  cursor: Int32Array;
}

function invertedLists(v: SparseVectors): InvertedLists {
  const start = new Int32Array(v.keyCount + 1);
  for (let x = 0; x < v.keyCount; x++) start[x + 1] = start[x]! + v.df[x]!;
  const fill = start.slice(0, v.keyCount);
  const docs = new Int32Array(v.key.length);
  const n = v.start.length - 1;
  for (let doc = 0; doc < n; doc++) {
    for (let e = v.start[doc]!; e < v.start[doc + 1]!; e++) docs[fill[v.key[e]!]!++] = doc;
  }
  return { start, docs, cursor: start.slice(0, v.keyCount) };
}

/** Moves every list of doc q's keys past q; before, cursor[key] is q's position in each. Call once per doc, in order. */
function advance(lists: InvertedLists, v: SparseVectors, q: number): void {
  for (let e = v.start[q]!; e < v.start[q + 1]!; e++) lists.cursor[v.key[e]!]!++;
}

/** The range of key's list holding the WINDOW + 1 docs nearest in date order to the current doc (included). */
function window(lists: InvertedLists, key: number): [number, number] {
  const from = lists.start[key]!;
  const to = lists.start[key + 1]!;
  const at = lists.cursor[key]!;
  const begin = Math.max(from, Math.min(at - WINDOW / 2, to - WINDOW - 1));
  return [begin, Math.min(to, begin + WINDOW + 1)];
}

/** The k best items offered: highest score first, ties in id order. */
class TopK {
  private readonly index: number[] = [];
  private readonly score: number[] = [];
  constructor(
    private readonly k: number,
    private readonly idRank: Int32Array,
  ) {}

  clear(): void {
    this.index.length = 0;
    this.score.length = 0;
  }

  offer(index: number, score: number): void {
    let p = this.index.length;
    while (p > 0 && (score > this.score[p - 1]! || (score === this.score[p - 1]! && this.idRank[index]! < this.idRank[this.index[p - 1]!]!))) p--;
    if (p >= this.k) return;
    this.index.splice(p, 0, index);
    this.score.splice(p, 0, score);
    if (this.index.length > this.k) {
      this.index.pop();
      this.score.pop();
    }
  }

  items(): number[] {
    return [...this.index];
  }
}
