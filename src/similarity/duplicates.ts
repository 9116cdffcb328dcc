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

/** For each doc (sorted by id), the index of the first doc of its exact-duplicate group. */
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

/**
 * What nearDuplicates keeps between calls (a build session): the last call's documents, result and decoded
 * signatures. With it, a call whose documents differ by a few from the last one's compares only those with
 * the others; the result is the same as without it (duplicates.test.ts).
 */
export class NearMemo {
  /** @internal */ docs = new Map<string, Fingerprint>();
  /** @internal */ near: Duplicates["near"] = [];
  /** @internal */ decoded = new WeakMap<Fingerprint, Uint16Array>();
  /** Whether the last call compared every document (no usable memo, or too many changes), for tests. */
  compared: "all" | "changes" = "all";

  /** @internal */ signature(fp: Fingerprint): Uint16Array {
    let s = this.decoded.get(fp);
    if (s === undefined) this.decoded.set(fp, (s = decodeSignature(fp.minhash)));
    return s;
  }
}

/**
 * More changed documents than this since the memo's call: everything is compared again. Each changed document
 * is compared with every other's bands (85 × N row triples, ~20 ms at 100,000 documents), against ~1.5 s for
 * all of them at 100,000.
 */
const MAX_MEMO_CHANGES = 16;

/** The near half of findDuplicates: near-duplicate pairs among exactDuplicates' originals (sorted by id, no exact duplicates among them). */
export function nearDuplicates(docs: readonly DuplicateInput[], memo?: NearMemo): Duplicates["near"] {
  if (memo === undefined) return nearPairs(docs);
  let near = nearFromMemo(docs, memo);
  memo.compared = near === null ? "all" : "changes";
  near ??= nearPairs(docs, memo);
  memo.docs = new Map(docs.map((d) => [d.id, d.fp]));
  memo.near = near;
  return near;
}

/**
 * The memo's pairs without those of changed documents, plus the changed documents' own pairs; or null when a
 * change touches a bucket big enough for MAX_BUCKET_PAIRS to matter (then which pairs a bucket gives depends on
 * its other members).
 */
function nearFromMemo(docs: readonly DuplicateInput[], memo: NearMemo): Duplicates["near"] | null {
  const present = new Set<string>();
  const changed = new Set<string>();
  const fresh: number[] = []; // positions of new and edited documents
  const gone: Fingerprint[] = []; // old versions of edited and removed documents
  docs.forEach((d, i) => {
    present.add(d.id);
    const before = memo.docs.get(d.id);
    if (before !== undefined && (before === d.fp || before.minhash === d.fp.minhash)) return;
    changed.add(d.id);
    fresh.push(i);
    if (before !== undefined) gone.push(before);
  });
  for (const [id, fp] of memo.docs) {
    if (!present.has(id)) {
      changed.add(id);
      gone.push(fp);
    }
  }
  if (changed.size > MAX_MEMO_CHANGES) return null;
  const signatures = docs.map((d) => memo.signature(d.fp));
  const usable = (s: Uint16Array) => s.length === MINHASH_SIZE;
  /** The documents sharing a band with s, or null when one of s's buckets (with s) is too big. */
  const bucketMates = (s: Uint16Array, self: number): number[] | null => {
    const size = new Int32Array(BANDS).fill(1);
    const mates: number[] = [];
    for (let i = 0; i < docs.length; i++) {
      if (i === self) continue;
      const t = signatures[i]!;
      if (!usable(t)) continue;
      let shares = false;
      for (let band = 0, r = 0; band < BANDS; band++, r += ROWS) {
        if (t[r] === s[r] && t[r + 1] === s[r + 1] && t[r + 2] === s[r + 2]) {
          size[band]!++;
          shares = true;
        }
      }
      if (shares) mates.push(i);
    }
    return size.some((n) => n > MAX_BUCKET_PAIRS) ? null : mates;
  };
  // A removed document's buckets: with it gone, a big one could let other pairs in.
  for (const fp of gone) {
    const s = memo.signature(fp);
    if (usable(s) && bucketMates(s, -1) === null) return null;
  }
  const out = memo.near.filter((p) => !changed.has(p.a) && !changed.has(p.b));
  for (const i of fresh) {
    const s = signatures[i]!;
    if (!usable(s)) continue;
    const mates = bucketMates(s, i);
    if (mates === null) return null;
    for (const j of mates) {
      // A pair of two fresh documents is found from both: keep it once.
      if (changed.has(docs[j]!.id) && j < i) continue;
      const similarity = estimateJaccard(s, signatures[j]!);
      if (similarity < NEAR_THRESHOLD) continue;
      const [a, b] = compareIds(docs[i]!.id, docs[j]!.id) < 0 ? [docs[i]!.id, docs[j]!.id] : [docs[j]!.id, docs[i]!.id];
      out.push({ a, b, similarity: Math.round(similarity * 1000) / 1000 });
    }
  }
  return out.sort((x, y) => compareIds(x.a, y.a) || compareIds(x.b, y.b));
}

function nearPairs(docs: readonly DuplicateInput[], memo?: NearMemo): Duplicates["near"] {
  const signatures = docs.map((d) => (memo ? memo.signature(d.fp) : decodeSignature(d.fp.minhash)));
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
