/** Snippets: the stretch of an article's text with the most matched words, as plain/marked segments. */
import { wordRanges } from "./words.ts";

export interface Segment {
  text: string;
  mark: boolean;
}

export interface Snippet {
  segments: Segment[];
  /** The matched words as written in the text (for "Did you mean"). */
  words: string[];
}

/**
 * Cuts about `length` characters of `text` around the densest cluster of words whose index term is in `terms`.
 * `around` says whether the text is preceded / followed by more (it is one chunk of a body): adds "…".
 * A result's snippet comes from `chunkSnippet`.
 * @example makeSnippet("The grid pact was signed.", new Set(["grid"])).segments → [{text:"The "},{text:"grid",mark:true},…]
 */
export function makeSnippet(text: string, terms: ReadonlySet<string>, length = 220, around: { before?: boolean; after?: boolean } = {}): Snippet {
  const matches = wordRanges(text).filter((w) => terms.has(w.term));
  let from = 0;
  if (matches.length > 0) {
    // The window starting at a match that holds the most matches.
    let best = 0;
    let bestCount = 0;
    for (let i = 0, j = 0; i < matches.length; i++) {
      while (j < matches.length && matches[j]!.end - matches[i]!.start <= length) j++;
      if (j - i > bestCount) {
        bestCount = j - i;
        best = i;
      }
    }
    from = Math.max(0, matches[best]!.start - 40);
    const space = text.lastIndexOf(" ", from);
    if (from > 0 && space > from - 30) from = space + 1;
  }
  let to = Math.min(text.length, from + length);
  const cut = text.indexOf(" ", to);
  if (to < text.length && cut !== -1 && cut - to < 20) to = cut;
  const segments: Segment[] = [];
  if (from > 0 || around.before) segments.push({ text: "… ", mark: false });
  let at = from;
  for (const m of matches) {
    if (m.start < from || m.end > to) continue;
    if (m.start > at) segments.push({ text: text.slice(at, m.start), mark: false });
    segments.push({ text: text.slice(m.start, m.end), mark: true });
    at = m.end;
  }
  if (to > at) segments.push({ text: text.slice(at, to), mark: false });
  if (to < text.length || around.after) segments.push({ text: " …", mark: false });
  return { segments: segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, " ") })), words: matches.map((m) => text.slice(m.start, m.end)) };
}

/**
 * The snippet of a result: cut from chunk `chunk` of its document's `chunks` (the one `SearchEngine.chunkOf`
 * picked), with "…" before it unless it is the first chunk and after it unless it is the last. A chunk number
 * the document does not have (its index statistics and stored text disagree) falls back to the first chunk.
 * @example chunkSnippet(["Intro. ", "The grid pact. ", "End."], 1, new Set(["grid"])).segments → [{text:"… "},{text:"The "},{text:"grid",mark:true},{text:" pact."},{text:" …"}]
 */
export function chunkSnippet(chunks: readonly string[], chunk: number, terms: ReadonlySet<string>, length = 220): Snippet {
  const c = chunk >= 0 && chunk < chunks.length ? chunk : 0;
  return makeSnippet((chunks[c] ?? "").trim(), terms, length, { before: c > 0, after: c < chunks.length - 1 });
}
