/**
 * Compact number streams for the index files: each non-negative integer is written as base-32 digits, most
 * significant first, one character per digit; every digit but the last is marked by adding 32. The 64
 * characters need no escaping in JSON or a script, so 1 → "1", 1234 → "Ci".
 */

export const VARINT_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
const ALPHABET = VARINT_ALPHABET;
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** Pre-encoded strings for small numbers (most doc-id deltas and scores). */
const SMALL = Array.from({ length: 32768 }, (_, n) => encodeSlow(n));

function encodeSlow(n: number): string {
  let out = ALPHABET[n & 31]!;
  n = Math.floor(n / 32);
  while (n > 0) {
    out = ALPHABET[32 + (n & 31)]! + out;
    n = Math.floor(n / 32);
  }
  return out;
}

/** Encodes one non-negative integer. */
export function encodeVarint(n: number): string {
  return n < 32768 ? SMALL[n]! : encodeSlow(n);
}

/** Decodes a whole stream into numbers. Throws on a character outside the alphabet. */
export function decodeVarints(s: string): number[] {
  const out: number[] = [];
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c < 128 ? VALUE[c]! : -1;
    if (d < 0) throw new Error(`search index: bad character ${JSON.stringify(s[i])} in a number stream`);
    if (d >= 32) v = v * 32 + (d - 32);
    else {
      out.push(v * 32 + d);
      v = 0;
    }
  }
  return out;
}
