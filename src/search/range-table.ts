/**
 * Strings looked up by a range of a longer text without making a string for the range: an open-addressing
 * table keyed by an FNV-1a hash of the code units, verified code unit by code unit against the stored key.
 * Only a key seen for the first time is sliced out. (A Map would hash a new string per lookup: most of the
 * cost of tokenising 6 million tokens, and a third of the index assembly.) Entries are numbered in the order
 * they are added; callers keep per-entry values in arrays of their own.
 */
export class RangeTable {
  /** The keys, by entry number. */
  readonly keys: string[] = [];
  private hashes: number[] = [];
  private table = new Int32Array(1 << 16); // entry number + 1; 0 = empty

  get size(): number {
    return this.keys.length;
  }

  clear(): void {
    this.table.fill(0);
    this.hashes = [];
    this.keys.length = 0;
  }

  /** The entry number of the key text[a, b), whose hash is h (FNV-1a, see FNV_OFFSET), or -1. */
  find(text: string, a: number, b: number, h: number): number {
    const mask = this.table.length - 1;
    const len = b - a;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const e = this.table[i]! - 1;
      if (e < 0) return -1;
      if (this.hashes[e] !== h) continue;
      const t = this.keys[e]!;
      if (t.length !== len) continue;
      let k = 0;
      while (k < len && t.charCodeAt(k) === text.charCodeAt(a + k)) k++;
      if (k === len) return e;
    }
  }

  /** Adds `key` (not yet in the table), whose hash is h; returns its entry number. */
  add(key: string, h: number): number {
    const e = this.keys.length;
    this.keys.push(key);
    this.hashes.push(h);
    if ((e + 1) * 2 > this.table.length) {
      this.table = new Int32Array(this.table.length * 2);
      for (let i = 0; i < e; i++) this.place(i);
    }
    this.place(e);
    return e;
  }

  private place(e: number): void {
    const mask = this.table.length - 1;
    let i = this.hashes[e]! & mask;
    while (this.table[i] !== 0) i = (i + 1) & mask;
    this.table[i] = e + 1;
  }
}

/** RangeTable's keys are looked up by their 32-bit FNV-1a hash (store/hash.ts), computed by the caller as it scans. */
export { FNV_OFFSET, FNV_PRIME } from "../store/hash.ts";
