/**
 * Text normalisation applied before anything else: line endings, NUL bytes,
 * a stray BOM and Unicode composition. Idempotent.
 */
export function normalizeText(text: string): string {
  let out = text;
  if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
  out = out.replace(/\r\n?/g, "\n").replace(/\u0000/g, "");
  // Line and paragraph separators behave as line breaks in scraped text.
  out = out.replace(/[\u2028\u2029\u0085]/g, "\n");
  return out.normalize("NFC");
}

/** Collapses whitespace (NBSP, tabs, zero-width spaces included) and trims: the comparison form of a line. */
export function collapse(text: string): string {
  // Most lines are already clean: test before rewriting.
  if (!/[^\S ]| {2}|^ | $|[\u200b\u2009\u202f]/.test(text)) return text;
  return text.replace(/[\s\u00a0\u200b\u2009\u202f]+/g, " ").trim();
}
