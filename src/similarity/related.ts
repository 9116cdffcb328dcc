/**
 * Related articles: for each article the k others closest to it by shared topics and text.
 *
 * Score = TOPIC_SHARE × cosine of idf-weighted topic sets + (1 − TOPIC_SHARE) × cosine of tf-idf
 * term vectors (from the fingerprints). Scoring every pair would be quadratic, so candidates
 * come from inverted lists, bounded per article: only its topics and its MAX_TERM_KEYS rarest
 * terms are looked up, and from each list only the WINDOW articles nearest to it in date order.
 * A topic shared by 50,000 articles therefore costs no more than one shared by 20: O(N·k) overall.
 *
 * Weights and the choice of rarest keys depend only on each key's document frequency rounded down
 * to a power of two (its "octave"), not on the archive size, and windows only on neighbours in date
 * order. So adding an article changes the lists of articles near it in date in the lists of its keys,
 * and, when one of its keys moves to another octave (rarely: a key on d articles does so once per d
 * additions), of articles near the ones holding that key; no others. A RelatedMemo kept between builds
 * (a build session) uses this to score only those articles again; the result is the same as without it.
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
 * idf(df) = ln(1 + IDF_REFERENCE / 2^octave(df)). Like ln(N / df), but without N, so one more article in
 * the archive does not move every weight, and with df rounded down to a power of two, so one more
 * article with a key moves that key's weight only when its count reaches the next power (see the
 * module comment).
 */
export const IDF_REFERENCE = 10_000;

/** floor(log2(df)) for df ≥ 1 (the key's weight class); -1 for a key no article has. */
export function octave(df: number): number {
  return df <= 0 ? -1 : 31 - Math.clz32(df);
}

/** How far from a changed article, in a key's list, other articles' windows can reach it (WINDOW + 1, and one for a removal's gap). */
const REACH = WINDOW + 2;

/**
 * What relatedArticles keeps between calls to score again only the articles a change can reach: the
 * inputs and lists of the last call and every key's document frequency. Opaque to callers; a session
 * keeps one (build-model.ts). Results with and without one are identical (related.test.ts).
 */
export class RelatedMemo {
  /** @internal */ k = -1;
  /** @internal */ inputs = new Map<string, RelatedInput>();
  /** @internal */ lists = new Map<string, string[]>();
  /** @internal */ termDf: KeyCounts = { ids: new Map(), df: new Int32Array(0) };
  /** @internal */ topicDf: KeyCounts = { ids: new Map(), df: new Int32Array(0) };
  /** Articles scored in the last call (all of them without a usable memo), for tests and measurements. */
  scored = 0;
}

/** Document frequency by key name (every key, shared or not). */
interface KeyCounts {
  ids: Map<string, number>;
  df: Int32Array;
}

function dfOf(counts: KeyCounts, name: string): number {
  const id = counts.ids.get(name);
  return id === undefined ? 0 : counts.df[id]!;
}

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
 *
 * With `memo` (kept from the previous call), only the articles whose list the changes since can reach
 * are scored; the others keep their previous lists.
 */
export function relatedArticles(docs: readonly RelatedInput[], k = 5, memo?: RelatedMemo): Map<string, string[]> {
  // Internal index = position in (date, id) order: the candidates of an article are its
  // neighbours in date, so their vectors sit close together in memory.
  const sorted = [...docs].sort(byDateThenId);
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
  const reach = memo !== undefined && memo.k === k ? affectedDocs({ sorted, terms, topics, termLists, topicLists, canonical }, memo) : null;

  const termScratch = new Float32Array(terms.keyCount);
  const topicScratch = new Float32Array(topics.keyCount);
  const stamp = new Int32Array(n).fill(-1);
  const best = new TopK(k, idRank);
  const lists: string[][] = new Array(n);
  const context: ScanContext = { terms, topics, termScratch, topicScratch, canonical, stamp, best };
  let scored = 0;
  for (let q = 0; q < n; q++) {
    if (reach === null || reach[q] === 1) {
      scored++;
      best.clear();
      loadScratch(terms, q, termScratch, 1);
      loadScratch(topics, q, topicScratch, 1);
      stamp[canonical[q]!] = q; // never the article itself or its exact copies
      scan(context, q, topics, topicLists, MAX_TOPIC_KEYS);
      scan(context, q, terms, termLists, MAX_TERM_KEYS);
      loadScratch(terms, q, termScratch, 0);
      loadScratch(topics, q, topicScratch, 0);
      lists[q] = best.items().map((i) => sorted[i]!.id);
    } else {
      lists[q] = memo!.lists.get(sorted[q]!.id)!; // present: affectedDocs marks every article new to the memo
    }
    advance(topicLists, topics, q);
    advance(termLists, terms, q);
  }
  const result = new Map<string, string[]>();
  for (const doc of byId) result.set(sorted[doc]!.id, lists[doc]!);
  if (memo !== undefined) {
    memo.k = k;
    memo.inputs = new Map(sorted.map((d) => [d.id, d]));
    memo.lists = result;
    memo.termDf = terms.counts;
    memo.topicDf = topics.counts;
    memo.scored = scored;
  }
  return result;
}

function byDateThenId(x: RelatedInput, y: RelatedInput): number {
  return compareIds(x.date ?? UNDATED, y.date ?? UNDATED) || compareIds(x.id, y.id);
}

/** Above this share of changed articles, everything is scored again (it would be most of the archive anyway). */
const MAX_CHANGED_SHARE = 1 / 8;

interface Built {
  sorted: readonly RelatedInput[];
  terms: SparseVectors;
  topics: SparseVectors;
  termLists: InvertedLists;
  topicLists: InvertedLists;
  canonical: Int32Array;
}

/**
 * The articles whose list can differ from the memo's (1 = score again), or null: score all. See the module
 * comment: an article's list depends on its own keys' octaves, the windows around it in its keys' lists, and
 * the vectors of the articles in those windows (whose norms depend on their keys' octaves).
 */
function affectedDocs(b: Built, memo: RelatedMemo): Uint8Array | null {
  const { sorted, terms, topics } = b;
  const n = sorted.length;
  const present = new Set<string>();
  const added: number[] = []; // new and edited articles (their new version)
  const gone: RelatedInput[] = []; // deleted and edited articles (their old version)
  for (let i = 0; i < n; i++) {
    const d = sorted[i]!;
    present.add(d.id);
    const before = memo.inputs.get(d.id);
    if (before === undefined) added.push(i);
    else if (!sameInput(before, d)) {
      added.push(i);
      gone.push(before);
    }
  }
  for (const [id, before] of memo.inputs) if (!present.has(id)) gone.push(before);
  if (added.length + gone.length > n * MAX_CHANGED_SHARE) return null;
  const reach = new Uint8Array(n);
  if (added.length + gone.length === 0) return reach;

  // Exact copies share one list entry (canonicalCopies): a change among them can move it anywhere.
  const hashes = new Map<string, string[]>();
  for (const d of sorted) {
    const ids = hashes.get(d.fp.hash);
    if (ids === undefined) hashes.set(d.fp.hash, [d.id]);
    else ids.push(d.id);
  }
  const copies = (hash: string, id: string) => (hashes.get(hash) ?? []).some((other) => other !== id);
  if (added.some((i) => copies(sorted[i]!.fp.hash, sorted[i]!.id)) || gone.some((d) => copies(d.fp.hash, d.id))) return null;

  const kinds = [
    { v: terms, lists: b.termLists, before: memo.termDf, max: MAX_TERM_KEYS, names: (d: RelatedInput) => d.fp.terms },
    { v: topics, lists: b.topicLists, before: memo.topicDf, max: MAX_TOPIC_KEYS, names: (d: RelatedInput) => d.topics },
  ];
  type Kind = (typeof kinds)[number];
  let marked = 0;
  const mark = (i: number) => {
    if (reach[i] === 0) marked++;
    reach[i] = 1;
  };
  /** The articles that look `key` up (one of their rarest) and whose window in its list can reach position `at`. */
  const around = (kind: Kind, key: number, at: number) => {
    const { lists, v, max } = kind;
    const from = lists.start[key]!;
    const to = lists.start[key + 1]!;
    // A window spans at most WINDOW positions either side of its article, also where it is shifted at the ends
    // of the list; an insertion or a removal farther away shifts a window and its article together.
    for (let p = Math.max(from, at - REACH); p < Math.min(to, at + REACH + 1); p++) {
      const q = lists.docs[p]!;
      if (reach[q] === 0 && looksUp(v, q, key, max)) mark(q);
    }
  };
  /** Article i and every article whose windows can hold it. */
  const neighbourhood = (i: number) => {
    mark(i);
    for (const kind of kinds) {
      const { v, lists } = kind;
      for (let e = v.start[i]!; e < v.start[i + 1]!; e++) around(kind, v.key[e]!, positionIn(lists, v.key[e]!, (p) => p - i));
    }
  };
  for (const i of added) neighbourhood(i);
  // An article that is gone left a gap where its old version was, in the lists of its old keys.
  for (const d of gone) {
    for (const kind of kinds) {
      const { v, lists, names } = kind;
      for (const name of names(d)) {
        const key = v.counts.ids.get(name);
        const stored = key === undefined ? -1 : v.storedId[key]!;
        if (stored >= 0) around(kind, stored, positionIn(lists, stored, (p) => byDateThenId(sorted[p]!, d)));
      }
    }
  }
  // A key that moved to another octave changed the vectors of every article holding it.
  for (const { v, lists, before, names } of kinds) {
    const moved = new Set<string>();
    for (const d of [...added.map((i) => sorted[i]!), ...gone]) {
      for (const name of names(d)) if (octave(dfOf(before, name)) !== octave(dfOf(v.counts, name))) moved.add(name);
    }
    for (const name of moved) {
      const key = v.counts.ids.get(name);
      const stored = key === undefined ? -1 : v.storedId[key]!;
      if (stored >= 0) {
        for (let p = lists.start[stored]!; p < lists.start[stored + 1]! && marked <= n * MAX_SCORED_SHARE; p++) neighbourhood(lists.docs[p]!);
      } else if (key !== undefined) {
        // Now on one article only (not stored in the lists): find it.
        for (let i = 0; i < n; i++) if (names(sorted[i]!).includes(name)) neighbourhood(i);
      }
      if (marked > n * MAX_SCORED_SHARE) return null;
    }
  }
  return reach;
}

/** Above this share of articles to score again, all are (the bookkeeping would cost more than it saves). */
const MAX_SCORED_SHARE = 1 / 2;

/** Whether article q looks key up: the key is one of q's `max` rarest (same order as rarestKeys). */
function looksUp(v: SparseVectors, q: number, key: number, max: number): boolean {
  let rarer = 0;
  const o = v.octave[key]!;
  for (let e = v.start[q]!; e < v.start[q + 1]!; e++) {
    const other = v.key[e]!;
    if (v.octave[other]! < o || (v.octave[other] === o && other < key)) rarer++;
  }
  return rarer < max;
}

function sameInput(a: RelatedInput, b: RelatedInput): boolean {
  return (
    a.date === b.date &&
    a.topics.length === b.topics.length &&
    a.topics.every((t, i) => t === b.topics[i]) &&
    (a.fp === b.fp ||
      (a.fp.hash === b.fp.hash &&
        a.fp.terms.length === b.fp.terms.length &&
        a.fp.terms.every((t, i) => t === b.fp.terms[i] && a.fp.counts[i] === b.fp.counts[i])))
  );
}

/** The first position in key's list whose doc p has compare(p) >= 0 (the list is in index order). */
function positionIn(lists: InvertedLists, key: number, compare: (doc: number) => number): number {
  let lo = lists.start[key]!;
  let hi = lists.start[key + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(lists.docs[mid]!) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
  /** Key names by key id, document frequency and its octave by key id (ids in order of falling octave, then name). */
  names: string[];
  df: Int32Array;
  octave: Int32Array;
  keyCount: number;
  /** Every key's document frequency (shared or not), by name. */
  counts: KeyCounts;
  /** Key id (or -1: not stored) by the id in `counts`. */
  storedId: Int32Array;
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
  const weightOf = Float64Array.from(rawDf, (df) => idf(df));
  // Keys of one doc only can match nothing: they count in the norm but are not stored. The
  // others are renumbered by falling octave, then name: the often-read weights of common keys sit
  // together, and ties between equally rare keys are broken by comparing ids, not strings.
  const shared = names.map((_, id) => id).filter((id) => rawDf[id]! > 1);
  shared.sort((x, y) => octave(rawDf[y]!) - octave(rawDf[x]!) || compareIds(names[x]!, names[y]!));
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
    octave: Int32Array.from(shared, (id) => octave(rawDf[id]!)),
    keyCount: shared.length,
    counts: { ids, df: rawDf },
    storedId: newId,
  };
  let to = 0;
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let e = start[i]!; e < start[i + 1]!; e++) norm += (tf[e]! * weightOf[key[e]!]!) ** 2;
    norm = Math.sqrt(norm);
    out.start[i] = to;
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      const id = newId[key[e]!]!;
      if (id < 0) continue;
      out.key[to] = id;
      out.weight[to++] = (tf[e]! * weightOf[key[e]!]!) / norm;
    }
  }
  out.start[n] = to;
  return out;
}

function idf(df: number): number {
  return Math.log(1 + IDF_REFERENCE / 2 ** octave(df));
}

function loadScratch(v: SparseVectors, doc: number, scratch: Float32Array, on: 0 | 1): void {
  for (let e = v.start[doc]!; e < v.start[doc + 1]!; e++) scratch[v.key[e]!] = on * v.weight[e]!;
}

function dot(v: SparseVectors, doc: number, scratch: Float32Array): number {
  let sum = 0;
  for (let e = v.start[doc]!; e < v.start[doc + 1]!; e++) sum += v.weight[e]! * scratch[v.key[e]!]!;
  return sum;
}

/** The doc's keys shared with at least one other doc, rarest octave first (ties by name), at most `max`. */
function rarestKeys(v: SparseVectors, doc: number, max: number): number[] {
  const keys: number[] = [];
  for (let e = v.start[doc]!; e < v.start[doc + 1]!; e++) keys.push(v.key[e]!); // stored keys are shared ones
  keys.sort((a, b) => v.octave[a]! - v.octave[b]! || a - b); // equal octave: ids are in name order
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
