/**
 * Bytes → text: BOMs, UTF-16, UTF-8, and a Windows-1252 fallback for files
 * that are not valid UTF-8 (old scrapes saved by Windows tools).
 */
import { normalizeText } from "./normalize.ts";

export interface Decoded {
  text: string;
  warnings: string[];
  /** True when the bytes look like a binary file (image, archive...): the caller should skip it. */
  binary: boolean;
}

const SIGNATURES: Array<[string, number[]]> = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP archive", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** The kind of binary file the bytes are, or null for text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, sig] of SIGNATURES) if (bytes.length >= sig.length && startsWith(bytes, sig)) return name;
  const n = Math.min(bytes.length, 8192);
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  return n > 0 && nul / n > 0.1 ? "binary data (many NUL bytes)" : null;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: normalizeText(new TextDecoder("utf-16le").decode(bytes.subarray(2))), warnings, binary: false };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: normalizeText(new TextDecoder("utf-16be").decode(bytes.subarray(2))), warnings, binary: false };
  }
  const kind = binaryKind(bytes);
  if (kind !== null) {
    return { text: "", warnings: [`looks like a binary file (${kind}), not a text article; skipped`], binary: true };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    warnings.push("not valid UTF-8; decoded as Windows-1252");
  }
  return { text: normalizeText(text), warnings, binary: false };
}

// Bytes 0x80-0x9F of Windows-1252 (curly quotes, dashes, €...). Some Node builds decode the
// "windows-1252" label as ISO-8859-1, leaving C1 control characters, so the table is applied here.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder("latin1").decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}
