/**
 * Per-article half of the index build: tokenise and run lunr's indexing pipeline once per article, so a
 * rebuild reuses the cached result for unchanged articles and only re-runs the (fast) assembly.
 */
import lunr from "lunr";
import { chunkStarts } from "./chunks.ts";
import { FIELDS } from "./format.ts";

/**
 * Version of SearchDocStats: include it in the key of any cache of prepareSearchDoc results (bump when the
 * output changes). 2: body terms carry chunk masks.
 */
export const SEARCH_STATS_VERSION = 2;

/** One field of one article after lunr's pipeline. */
export interface FieldStats {
  /** Number of terms after the pipeline (lunr's field length). */
  length: number;
  /** Distinct terms in order of first occurrence (the order lunr.Builder assigns term indices in). */
  terms: string[];
  /** Occurrences of terms[i]. */
  counts: number[];
  /**
   * Body field only: bit c of masks[i] is set when terms[i] occurs in chunk c of the body (chunks.ts), so a
   * result loads only the chunk with its matched words. Absent (stats of an older version): chunk 0.
   */
  masks?: number[];
}

/** The indexable content of one article. JSON-serialisable: the build caches it per article. */
export interface SearchDocStats {
  ref: string;
  /** In FIELDS order: title, topics, outlet, body. */
  fields: [FieldStats, FieldStats, FieldStats, FieldStats];
}

export interface SearchDocInput {
  ref: string;
  title: string;
  /** Topic names; indexed as one text ("Climate change Estmark"), so each word is searchable. */
  topics: string[];
  outlet: string | null;
  /** Plain text (bodyText()). */
  body: string;
}

/** The text lunr.Builder is given for each field; the equivalence test feeds the same to a monolithic index. */
export function searchFieldTexts(doc: SearchDocInput): Record<(typeof FIELDS)[number], string> {
  return { title: doc.title, topics: doc.topics.join(" "), outlet: doc.outlet ?? "", body: doc.body };
}

/** One indexed term, with scratch counters for the document being prepared (avoids a Map per field). */
interface TermSlot {
  term: string;
  field: number;
  count: number;
  mask: number;
}

/**
 * Raw lowercased token → its term's slot ("" is a real lunr term: a token of punctuation only), or null for a
 * stop word. lunr's pipeline functions act on one token at a time, so caching by token text is exact.
 */
const tokenCache = new Map<string, TermSlot | null>();
const slots = new Map<string, TermSlot>();
const CACHE_LIMIT = 1_000_000;
let fieldStamp = 0;

function slotOf(raw: string): TermSlot | null {
  const hit = tokenCache.get(raw);
  if (hit !== undefined) return hit;
  let slot: TermSlot | null;
  // lunr.trimmer's own expressions: "word," "word." and "(word" share the trimmed word's stem (computed once).
  const trimmed = raw.replace(/^\W+/, "").replace(/\W+$/, "");
  if (trimmed !== raw) slot = slotOf(trimmed);
  else {
    const token = lunr.stopWordFilter(new lunr.Token(raw, {})) as lunr.Token | undefined;
    slot = null;
    if (token) {
      const term = lunr.stemmer(token).toString();
      slot = slots.get(term) ?? { term, field: -1, count: 0, mask: 0 };
      slots.set(term, slot);
    }
  }
  tokenCache.set(raw, slot);
  return slot;
}

// lunr.tokenizer splits the lowercased text at every run of whitespace or hyphens.
const SEPARATOR = /[\s-]+/;

/**
 * Terms of one field. With `chunked`, the text is tokenised chunk by chunk (cuts are on whitespace, so the
 * tokens are the same as for the whole text) and each term gets the mask of the chunks it occurs in.
 */
function fieldStats(text: string, chunked = false): FieldStats {
  const stamp = ++fieldStamp;
  const seen: TermSlot[] = [];
  let length = 0;
  const starts = chunked ? chunkStarts(text) : [0];
  for (let c = 0; c < starts.length; c++) {
    const bit = 1 << c;
    // Cut the original text (lowercasing may change lengths), then lowercase each piece.
    const piece = (starts.length === 1 ? text : text.slice(starts[c], starts[c + 1] ?? text.length)).toLowerCase();
    for (const raw of piece.split(SEPARATOR)) {
      if (raw === "") continue;
      const slot = slotOf(raw);
      if (slot === null) continue;
      length++;
      if (slot.field !== stamp) {
        slot.field = stamp;
        slot.count = 0;
        slot.mask = 0;
        seen.push(slot);
      }
      slot.count++;
      slot.mask |= bit;
    }
  }
  const stats: FieldStats = { length, terms: seen.map((s) => s.term), counts: seen.map((s) => s.count) };
  if (chunked) stats.masks = seen.map((s) => s.mask);
  return stats;
}

/**
 * Tokenises an article exactly as lunr.Builder with its default pipeline (trimmer, stopWordFilter, stemmer).
 * @example prepareSearchDoc({ ref: "/2022/11/10/a/", title: "Grid pact", topics: [], outlet: null, body: "…" })
 */
export function prepareSearchDoc(doc: SearchDocInput): SearchDocStats {
  // Bound the memo between documents (never within one: a field's terms must keep their slots).
  if (tokenCache.size >= CACHE_LIMIT) {
    tokenCache.clear();
    slots.clear();
  }
  const texts = searchFieldTexts(doc);
  return {
    ref: doc.ref,
    fields: [fieldStats(texts.title), fieldStats(texts.topics), fieldStats(texts.outlet), fieldStats(texts.body, true)],
  };
}
