/**
 * Small, fast non-cryptographic hashes on 32-bit integers (all results are unsigned 32-bit).
 *
 * FNV-1a for strings (http://www.isthe.com/chongo/tech/comp/fnv/) and the MurmurHash3 finaliser
 * ("fmix32", https://github.com/aappleby/smhasher) to mix values.
 */

import { createHash } from "node:crypto";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `s`, starting from `seed` (default: the FNV offset basis). */
export function fnv1a(s: string, seed: number = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** MurmurHash3's 32-bit finaliser: a bijection on uint32 with full avalanche. */
export function fmix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 64-bit content hash as 16 hex digits (the first half of SHA-1: collisions are not a concern). */
export function contentDigest(s: string): string {
  return createHash("sha1").update(s, "utf8").digest("hex").slice(0, 16);
}
