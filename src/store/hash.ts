import { createHash } from "node:crypto";

/** A content hash (SHA-1, hex): for change detection, not security. */
export function contentHash(data: string | Uint8Array): string {
  return createHash("sha1").update(data).digest("hex");
}

/** 32-bit FNV-1a: h = FNV_OFFSET, then per UTF-16 code unit c, h = Math.imul(h ^ c, FNV_PRIME), unsigned at the end. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a of a string's UTF-16 code units: for hash tables and short keys, not for content. */
export function fnv1a32(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}
