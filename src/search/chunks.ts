/**
 * Article bodies are stored for snippets in chunks of about CHUNK_CHARS characters, so a result loads only
 * the chunk around its matched words. The index knows which chunks hold each term: prepareSearchDoc records,
 * per body term, a bit mask of the chunks it occurs in (bit c = chunk c), and the body postings carry it.
 *
 * The builder (prepare.ts) and the store (build.ts) cut the same plain body text with this one function.
 * Cuts fall on whitespace only, so lunr's tokens (split on whitespace and hyphens) never straddle a cut and
 * tokenising chunk by chunk gives exactly the tokens of the whole text.
 */

/** Target chunk length in characters (default cut; a chunk ends at a paragraph, sentence or word break near it). */
export const CHUNK_CHARS = 1500;
/** At most this many chunks per body (masks stay below 2^30): very long bodies get longer chunks. */
export const MAX_CHUNKS = 30;

/** JavaScript's `\s` (what lunr.tokenizer splits on, with "-"), for one UTF-16 code unit. */
export const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0xfeff;

/**
 * Start offsets of the chunks of `text` (the first is always 0; an empty text has one empty chunk).
 * @example chunkStarts("a ".repeat(2000)) → [0, 1500, 3000] (approximately: cuts land after a space)
 */
export function chunkStarts(text: string): number[] {
  const size = Math.max(CHUNK_CHARS, Math.ceil(text.length / MAX_CHUNKS));
  const starts = [0];
  let start = 0;
  while (text.length - start > size + size / 4) {
    const target = start + size;
    const floor = start + Math.floor(size / 2);
    let cut = -1;
    // Prefer a paragraph break, then a sentence end, then any space, looking back from the target.
    for (let i = target; i > floor && cut < 0; i--) if (text.charCodeAt(i - 1) === 10) cut = i;
    for (let i = target; i > floor && cut < 0; i--) if (isSpace(text.charCodeAt(i - 1)) && /[.!?”"]/.test(text[i - 2] ?? "")) cut = i;
    for (let i = target; i > floor && cut < 0; i--) if (isSpace(text.charCodeAt(i - 1))) cut = i;
    for (let i = target; i < text.length && cut < 0; i++) if (isSpace(text.charCodeAt(i - 1))) cut = i;
    if (cut < 0 || cut >= text.length) break;
    starts.push(cut);
    start = cut;
    if (starts.length === MAX_CHUNKS) break;
  }
  return starts;
}

/** The chunks' texts (their concatenation is `text`). */
export function splitChunks(text: string): string[] {
  const starts = chunkStarts(text);
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
}
