/**
 * Exact and near duplicates across the archive.
 *
 * Exact: articles whose fingerprints share a whitespace-normalised hash (or that share the
 * caller's `contentHash`, when given) are one article; the first id in sorted order is the
 * original. Near: locality-sensitive hashing (LSH) over the MinHash signatures finds candidate
 * pairs in expected O(N), and a pair is reported when its estimated Jaccard similarity of 5-word
 * shingles reaches NEAR_THRESHOLD. Only originals take part in the near search, so an exact
 * duplicate is never also reported as a near one.
 */

import { decodeSignature, estimateJaccard, MINHASH_SIZE, type Fingerprint } from "./fingerprint.ts";
import { compareIds } from "./order.ts";

/**
 * Minimum estimated Jaccard similarity of two articles' 5-word shingles for a near duplicate.
 * Chosen on the test corpus: the wire story 103/112 scores 0.43 on raw page text (0.40 exact)
 * and 0.64 on body text, while every other pair scores at most 0.05 (docs/SIMILARITY.md).
 */
export const NEAR_THRESHOLD = 0.3;

/** LSH banding: BANDS bands of ROWS signature rows each. A pair is a candidate when one band matches entirely. */
export const ROWS = 3;
export const BANDS = Math.floor(MINHASH_SIZE / ROWS); // 85 bands over rows 0-254

/**
 * Largest number of earlier bucket members a new member is paired with. Only a bucket of more than
 * this many near-identical texts reaches it (a story syndicated hundreds of times); its members are
 * then linked to their nearest neighbours in id order rather than all to all, which keeps the work
 * linear. Each cluster stays connected.
 */
export const MAX_BUCKET_PAIRS = 64;

export interface DuplicateInput {
  id: string;
  /** Optional hash from the caller (for example of the raw file bytes); equal values also mean exact duplicates. */
  contentHash?: string;
  fp: Fingerprint;
}

export interface Duplicates {
  /** Exact duplicates, sorted by id; `duplicateOf` is the first id of the group in sorted order. */
  exact: Array<{ id: string; duplicateOf: string }>;
  /** Near-duplicate pairs with `a < b`, sorted by a then b; `similarity` is the estimated Jaccard (0-1). */
  near: Array<{ a: string; b: string; similarity: number }>;
}

/** Finds exact and near duplicates. Deterministic: the result does not depend on input order. */
export function findDuplicates(docs: readonly DuplicateInput[]): Duplicates {
  const { exact, originals } = exactDuplicates(docs);
  return { exact, near: nearDuplicates(originals) };
}

/**
 * The exact half of findDuplicates, and the originals (one per group, in id order) for nearDuplicates: a
 * caller that needs the exact duplicates first (build-model.ts) does the near search later.
 */
export function exactDuplicates(docs: readonly DuplicateInput[]): { exact: Duplicates["exact"]; originals: DuplicateInput[] } {
  const sorted = [...docs].sort((x, y) => compareIds(x.id, y.id));
  const root = exactGroups(sorted);
  const exact: Duplicates["exact"] = [];
  const originals: DuplicateInput[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (root[i] === i) originals.push(sorted[i]!);
    else exact.push({ id: sorted[i]!.id, duplicateOf: sorted[root[i]!]!.id });
  }
  return { exact, originals };
}

function exactGroups(sorted: readonly DuplicateInput[]): Int32Array {
  const parent = new Int32Array(sorted.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  // Union towards the smaller index, so each root is its group's first id.
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra < rb) parent[rb] = ra;
    else if (rb < ra) parent[ra] = rb;
  };
  const byHash = new Map<string, number>();
  const byContent = new Map<string, number>();
  sorted.forEach((doc, i) => {
    const first = byHash.get(doc.fp.hash);
    if (first === undefined) byHash.set(doc.fp.hash, i);
    else union(first, i);
    if (doc.contentHash) {
      const firstContent = byContent.get(doc.contentHash);
      if (firstContent === undefined) byContent.set(doc.contentHash, i);
      else union(firstContent, i);
    }
  });
  const root = new Int32Array(sorted.length);
  for (let i = 0; i < root.length; i++) root[i] = find(i);
  return root;
}

/** The near half of findDuplicates: near-duplicate pairs among exactDuplicates' originals (sorted by id, no exact duplicates among them). */
export function nearDuplicates(docs: readonly DuplicateInput[]): Duplicates["near"] {
  const signatures = docs.map((d) => decodeSignature(d.fp.minhash));
  const usable = signatures.map((s) => s.length === MINHASH_SIZE); // texts without words, other versions
  // Candidate pairs as numbers j·n + i (j < i), gathered with repeats and sorted as a typed array: at 100,000
  // articles there are ~650,000 of them, too many for a Set of numbers that are not small integers (2.5 s).
  let candidates = new Float64Array(1024);
  let count = 0;
  const n = docs.length;
  // Per band: bucket → its last member so far (an open-addressing table over the band's three rows; a Map
  // keyed by 48-bit numbers took 0.4 s at 10,000 articles); next[i] chains to the previous member of i's bucket.
  const next = new Int32Array(n);
  const bits = Math.max(4, Math.ceil(Math.log2(n * 2)));
  const mask = (1 << bits) - 1;
  const last = new Int32Array(mask + 1);
  // The banded rows, row by row: rows[r·n + i] is row r of doc i. A band's three rows of every doc then sit
  // together (600 kB at 100,000 docs) instead of in 100,000 separate arrays, one cache miss or more per lookup.
  const rows = new Uint16Array(BANDS * ROWS * n);
  for (let i = 0; i < n; i++) {
    if (!usable[i]) continue;
    const s = signatures[i]!;
    for (let r = 0; r < BANDS * ROWS; r++) rows[r * n + i] = s[r]!;
  }
  for (let band = 0; band < BANDS; band++) {
    last.fill(-1);
    const r0 = band * ROWS * n;
    const r1 = r0 + n;
    const r2 = r1 + n;
    for (let i = 0; i < n; i++) {
      if (!usable[i]) continue;
      const a = rows[r0 + i]!;
      const b = rows[r1 + i]!;
      const c = rows[r2 + i]!;
      let slot = Math.imul(a ^ Math.imul(b, 0x45d9f3b) ^ Math.imul(c, 0x119de1f3), 0x9e3779b1) >>> (32 - bits);
      let previous = -1;
      for (;;) {
        const m = last[slot]!;
        if (m === -1) break;
        if (rows[r0 + m] === a && rows[r1 + m] === b && rows[r2 + m] === c) {
          previous = m;
          break;
        }
        slot = (slot + 1) & mask;
      }
      last[slot] = i;
      next[i] = previous;
      for (let j = previous, seen = 0; j >= 0 && seen < MAX_BUCKET_PAIRS; j = next[j]!, seen++) {
        if (count === candidates.length) {
          const grown = new Float64Array(count * 2);
          grown.set(candidates);
          candidates = grown;
        }
        candidates[count++] = j * n + i; // j < i
      }
    }
  }
  const near: Duplicates["near"] = [];
  const sorted = candidates.subarray(0, count).sort();
  for (let k = 0; k < count; k++) {
    const pair = sorted[k]!;
    if (k > 0 && pair === sorted[k - 1]) continue; // found in another band too
    const i = Math.floor(pair / n);
    const j = pair - i * n;
    const similarity = estimateJaccard(signatures[i]!, signatures[j]!);
    if (similarity >= NEAR_THRESHOLD) near.push({ a: docs[i]!.id, b: docs[j]!.id, similarity: Math.round(similarity * 1000) / 1000 });
  }
  return near;
}
