/**
 * The archive half of the index build: from every article's SearchDocStats, compute lunr's field vectors
 * (BM25 exactly as lunr.Builder.createFieldVectors does) and split the inverted index into small parts.
 */
import { VARINT_ALPHABET } from "./codec.ts";
import { BM25_B, BM25_K1, FIELDS } from "./format.ts";
import type { FieldStats, SearchDocStats } from "./prepare.ts";
import { FNV_OFFSET as FNV_OFFSET_EXPORT, FNV_PRIME as FNV_PRIME_EXPORT, RangeTable } from "./range-table.ts";

const SPACE = 32;
// Local bindings: tsx compiles imported bindings to getter calls, which the per-character loop would pay.
const FNV_OFFSET = FNV_OFFSET_EXPORT;
const FNV_PRIME = FNV_PRIME_EXPORT;

const FIELD_COUNT = FIELDS.length;
/** The field whose postings also carry chunk masks (see chunks.ts). */
export const BODY_FIELD = FIELDS.indexOf("body");

/** One term's postings across the archive. */
export interface TermPostings {
  term: string;
  /** lunr's term index: order of first occurrence over documents in ref order, fields in FIELDS order. */
  index: number;
  /**
   * Per field: the varint stream of (doc id delta, round(score × 1000)) pairs; body postings are triples
   * (doc id delta, round(score × 1000), chunk mask).
   */
  postings: [string, string, string, string];
}

/** Growable Int32Array. */
class Ints {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/**
 * What a build session's indexer keeps between builds (build/search-worker.ts): every term it has seen, numbered
 * once, and each field's terms as those numbers, so that a rebuild reads an unchanged document's terms without
 * hashing them again (at 10,000 articles, pass 1 below took ~140 ms of the indexer's ~450 ms with hashing, for
 * 2.1 million postings). The numbers are this memo's own: the index's term numbers are given per build.
 */
export class PostingsMemo {
  terms = new RangeTable();
  fieldIds = new WeakMap<FieldStats, Int32Array>();

  /** Forgets everything (when the terms it holds are mostly gone from the archive). */
  clear(): void {
    this.terms = new RangeTable();
    this.fieldIds = new WeakMap();
  }
}

/** The numbers in `table` of a field's terms (read in place from their joined text, see FieldStats.terms), into `out`. */
function numberTerms(table: RangeTable, field: FieldStats, out: Int32Array): void {
  const text = field.terms;
  for (let i = 0, a = 0; i < field.counts.length; i++) {
    // The term text[a, b) and its hash (RangeTable's FNV-1a), in one pass.
    let h = FNV_OFFSET;
    let b = a;
    for (let c = text.charCodeAt(b); b < text.length && c !== SPACE; c = text.charCodeAt(++b)) h = Math.imul(h ^ c, FNV_PRIME);
    let id = table.find(text, a, b, h);
    if (id === -1) id = table.add(text.slice(a, b), h);
    out[i] = id;
    a = b + 1;
  }
}

/**
 * Documents must be sorted by ref; document id = position. `memo`: kept by a session between builds (the
 * result is the same without it).
 *
 * Flat typed arrays, no object per posting: pass 1 gives every (term, field) occurrence its key
 * (term id × 4 + field) and counts postings per key; a counting sort then places (doc, tf, mask) of each
 * posting in key order (doc ids ascending within a key, as documents are visited in order); pass 3 scores
 * and encodes each key's range.
 */
export function computePostings(docs: readonly SearchDocStats[], memo?: PostingsMemo): TermPostings[] {
  const n = docs.length;
  const table = memo?.terms ?? new RangeTable();
  // Per number in `table`: the term's id in this build (lunr's term index: order of first sight), or -1.
  let idOf = new Int32Array(Math.max(1 << 12, table.size * 2)).fill(-1);
  const terms: string[] = [];
  const totalLength = new Float64Array(FIELD_COUNT);
  let scratch = new Int32Array(1 << 10);

  // Pass 1: keys in visiting order, and postings per key.
  const keys = new Ints(n * 256);
  let perKey = new Int32Array(1 << 16);
  for (let d = 0; d < n; d++) {
    const fields = docs[d]!.fields;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const field = fields[f]!;
      const count = field.counts.length;
      totalLength[f]! += field.length;
      let numbers = memo?.fieldIds.get(field);
      if (numbers === undefined) {
        if (memo !== undefined) memo.fieldIds.set(field, (numbers = new Int32Array(count)));
        else {
          if (scratch.length < count) scratch = new Int32Array(count * 2);
          numbers = scratch;
        }
        numberTerms(table, field, numbers);
        if (idOf.length < table.size) {
          const next = new Int32Array(table.size * 2).fill(-1);
          next.set(idOf);
          idOf = next;
        }
      }
      for (let i = 0; i < count; i++) {
        const g = numbers[i]!;
        let id = idOf[g]!;
        if (id === -1) {
          id = idOf[g] = terms.length;
          terms.push(table.keys[g]!);
        }
        if ((id + 1) * FIELD_COUNT > perKey.length) {
          const next = new Int32Array(perKey.length * 2);
          next.set(perKey);
          perKey = next;
        }
        const key = id * FIELD_COUNT + f;
        keys.push(key);
        perKey[key]!++;
      }
    }
  }
  // A session's memo holding more than twice the terms still in use (deleted articles') starts afresh next time.
  if (memo !== undefined && table.size > 2 * terms.length + 10_000) memo.clear();

  // Counting sort of the postings by key.
  const keyCount = terms.length * FIELD_COUNT;
  const start = new Int32Array(keyCount + 1);
  for (let k = 0; k < keyCount; k++) start[k + 1] = start[k]! + perKey[k]!;
  const total = start[keyCount]!;
  const fill = start.slice(0, keyCount);
  const pDoc = new Int32Array(total);
  const pTf = new Int32Array(total);
  const pMask = new Int32Array(total);
  const keyData = keys.data;
  let at = 0;
  for (let d = 0; d < n; d++) {
    const fields = docs[d]!.fields;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const { counts, masks } = fields[f]!;
      for (let i = 0; i < counts.length; i++) {
        const slot = fill[keyData[at++]!]!++;
        pDoc[slot] = d;
        pTf[slot] = counts[i]!;
        pMask[slot] = masks ? masks[i]! : 1;
      }
    }
  }

  // lunr.Builder.calculateAverageFieldLengths: every document has every field.
  const avg = Array.from(totalLength, (t) => t / n);
  // The length part of lunr's BM25 denominator, k1 * (1 - b + b * (fieldLength / avg)), per field and document.
  const lengthNorm = FIELDS.map((_, f) => {
    const norm = new Float64Array(n);
    for (let d = 0; d < n; d++) norm[d] = BM25_K1 * (1 - BM25_B + BM25_B * (docs[d]!.fields[f]!.length / avg[f]!));
    return norm;
  });

  // Pass 3: score and encode.
  const out8 = new StreamWriter();
  const out: TermPostings[] = new Array(terms.length);
  for (let t = 0; t < terms.length; t++) {
    const k0 = t * FIELD_COUNT;
    const df = start[k0 + FIELD_COUNT]! - start[k0]!; // lunr.idf counts a document once per field it has the term in
    const x = (n - df + 0.5) / (df + 0.5);
    const idf = Math.log(1 + Math.abs(x));
    const postings: [string, string, string, string] = ["", "", "", ""];
    for (let f = 0; f < FIELD_COUNT; f++) {
      const from = start[k0 + f]!;
      const to = start[k0 + f + 1]!;
      if (from === to) continue;
      const norm = lengthNorm[f]!;
      const withMask = f === BODY_FIELD;
      out8.reset();
      let prev = 0;
      for (let i = from; i < to; i++) {
        const d = pDoc[i]!;
        const tf = pTf[i]!;
        // Same expression, same operation order as lunr.Builder.prototype.createFieldVectors (boosts are 1).
        const score = (idf * ((BM25_K1 + 1) * tf)) / (norm[d]! + tf);
        out8.write(d - prev);
        out8.write(Math.round(score * 1000));
        if (withMask) out8.write(pMask[i]!);
        prev = d;
      }
      postings[f] = out8.toString();
    }
    out[t] = { term: terms[t]!, index: t, postings };
  }
  return out;
}

const CODES = Uint8Array.from(VARINT_ALPHABET, (c) => c.charCodeAt(0));
const latin1 = new TextDecoder("latin1");

/** Writes varint streams (codec.ts format) into a reusable byte buffer: much faster than string concatenation. */
class StreamWriter {
  private buf = new Uint8Array(1 << 16);
  private len = 0;
  reset(): void {
    this.len = 0;
  }
  write(n: number): void {
    if (this.len + 8 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    if (n < 32) {
      this.buf[this.len++] = CODES[n]!;
      return;
    }
    let digits = 1;
    for (let m = n >>> 5; m >= 32; m >>>= 5) digits++;
    for (let k = digits; k >= 1; k--) this.buf[this.len++] = CODES[32 + ((n >>> (5 * k)) & 31)]!;
    this.buf[this.len++] = CODES[n & 31]!;
  }
  toString(): string {
    return latin1.decode(this.buf.subarray(0, this.len));
  }
}

