/**
 * The archive half of the index build: from every article's SearchDocStats, compute lunr's field vectors
 * (BM25 exactly as lunr.Builder.createFieldVectors does) and split the inverted index into small parts.
 */
import { VARINT_ALPHABET } from "./codec.ts";
import { BM25_B, BM25_K1, FIELDS } from "./format.ts";
import type { SearchDocStats } from "./prepare.ts";

const FIELD_COUNT = FIELDS.length;

/** One term's postings across the archive. */
export interface TermPostings {
  term: string;
  /** lunr's term index: order of first occurrence over documents in ref order, fields in FIELDS order. */
  index: number;
  /** Per field: the varint stream of (doc id delta, round(score × 1000)) pairs. */
  postings: [string, string, string, string];
}

/** Growable int buffer: doc ids and term frequencies of one (term, field). */
class IntList {
  data = new Int32Array(4);
  length = 0;
  push(a: number, b: number): void {
    if (this.length + 2 > this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = a;
    this.data[this.length++] = b;
  }
}

/** Documents must be sorted by ref; document id = position. */
export function computePostings(docs: readonly SearchDocStats[]): TermPostings[] {
  const n = docs.length;
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const lists: Array<Array<IntList | null>> = [];
  const totalLength = new Float64Array(FIELD_COUNT);

  for (let d = 0; d < n; d++) {
    const fields = docs[d]!.fields;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const field = fields[f]!;
      totalLength[f]! += field.length;
      for (let i = 0; i < field.terms.length; i++) {
        const term = field.terms[i]!;
        let id = termIds.get(term);
        if (id === undefined) {
          id = terms.length;
          termIds.set(term, id);
          terms.push(term);
          lists.push([null, null, null, null]);
        }
        const row = lists[id]!;
        (row[f] ??= new IntList()).push(d, field.counts[i]!);
      }
    }
  }

  // lunr.Builder.calculateAverageFieldLengths: every document has every field.
  const avg = Array.from(totalLength, (total) => total / n);
  // The length part of lunr's BM25 denominator, k1 * (1 - b + b * (fieldLength / avg)), per field and document.
  const lengthNorm = FIELDS.map((_, f) => {
    const norm = new Float64Array(n);
    for (let d = 0; d < n; d++) norm[d] = BM25_K1 * (1 - BM25_B + BM25_B * (docs[d]!.fields[f]!.length / avg[f]!));
    return norm;
  });
  const out8 = new StreamWriter();
  const out: TermPostings[] = new Array(terms.length);
  for (let t = 0; t < terms.length; t++) {
    const row = lists[t]!;
    let df = 0; // lunr.idf counts a document once per field it has the term in
    for (const list of row) if (list) df += list.length / 2;
    const x = (n - df + 0.5) / (df + 0.5);
    const idf = Math.log(1 + Math.abs(x));
    const postings: [string, string, string, string] = ["", "", "", ""];
    for (let f = 0; f < FIELD_COUNT; f++) {
      const list = row[f];
      if (!list) continue;
      const norm = lengthNorm[f]!;
      const fieldDocs = list.data;
      out8.reset();
      let prev = 0;
      for (let i = 0; i < list.length; i += 2) {
        const d = fieldDocs[i]!;
        const tf = fieldDocs[i + 1]!;
        // Same expression, same operation order as lunr.Builder.prototype.createFieldVectors (boosts are 1).
        const score = (idf * ((BM25_K1 + 1) * tf)) / (norm[d]! + tf);
        out8.write(d - prev);
        out8.write(Math.round(score * 1000));
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
