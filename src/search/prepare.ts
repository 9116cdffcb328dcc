/**
 * Per-article half of the index build: tokenise and run lunr's indexing pipeline once per article, so a
 * rebuild reuses the cached result for unchanged articles and only re-runs the (fast) assembly.
 */
import lunr from "lunr";
import { chunkStarts, isSpace as isSpaceExport } from "./chunks.ts";
import { FIELDS } from "./format.ts";
import { FNV_OFFSET as FNV_OFFSET_EXPORT, FNV_PRIME as FNV_PRIME_EXPORT, RangeTable } from "./range-table.ts";

/**
 * Version of SearchDocStats: include it in the key of any cache of prepareSearchDoc results (bump when the
 * output changes). 2: body terms carry chunk masks.
 */
export const SEARCH_STATS_VERSION = 3;

/**
 * One field of one article after lunr's pipeline. Compact, because the build keeps one per field of every
 * article in memory and in its cache: the terms as one string, the numbers in typed arrays.
 */
export interface FieldStats {
  /** Number of terms after the pipeline (lunr's field length). */
  length: number;
  /**
   * Distinct terms in order of first occurrence (the order lunr.Builder assigns term indices in), joined by
   * " " (a term never contains whitespace, but may be empty: lunr keeps a token of punctuation as the term
   * ""). `counts.length` says how many there are; `fieldTerms()` gives the list.
   */
  terms: string;
  /** Occurrences of the i-th term. */
  counts: Uint32Array;
  /**
   * Body field only: bit c of masks[i] is set when the i-th term occurs in chunk c of the body (chunks.ts), so
   * a result loads only the chunk with its matched words. Absent (stats of an older version): chunk 0.
   */
  masks?: Uint32Array;
}

/** A field's distinct terms, in order. */
export function fieldTerms(field: FieldStats): string[] {
  // "" is no term at all, or the one term "" (a field of punctuation only): the count tells which.
  return field.counts.length === 0 ? [] : field.terms.split(" ");
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

/** Token text → slot (see RangeTable): only a token seen for the first time is sliced out and goes through slotOf. */
const tokens = new RangeTable();
const tokenSlots: Array<TermSlot | null> = [];

/** Slot of the token text[a, b) (already lowercased), whose hash is h. */
function lookupToken(text: string, a: number, b: number, h: number): TermSlot | null {
  const e = tokens.find(text, a, b, h);
  if (e >= 0) return tokenSlots[e]!;
  const raw = text.slice(a, b);
  const slot = slotOf(raw);
  tokens.add(raw, h);
  tokenSlots.push(slot);
  return slot;
}
// A local binding: tsx compiles imported bindings to getter calls, which this per-character loop would pay.
const isSpace = isSpaceExport;
const FNV_OFFSET = FNV_OFFSET_EXPORT;
const FNV_PRIME = FNV_PRIME_EXPORT;
const HYPHEN = 45;

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
    // lunr.tokenizer: tokens are the non-empty runs between whitespace and hyphens of the lowercased text.
    const end = piece.length;
    for (let i = 0; i < end; ) {
      let ch = piece.charCodeAt(i);
      if (ch === HYPHEN || isSpace(ch)) {
        i++;
        continue;
      }
      const a = i;
      let h = FNV_OFFSET;
      do {
        h = Math.imul(h ^ ch, FNV_PRIME);
        ch = ++i < end ? piece.charCodeAt(i) : HYPHEN;
      } while (ch !== HYPHEN && !isSpace(ch));
      const slot = lookupToken(piece, a, i, h);
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
  // Plain loops: Uint32Array.from(seen, fn) goes through the iterator protocol, several times slower here.
  const n = seen.length;
  const terms = new Array<string>(n);
  const counts = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    terms[i] = seen[i]!.term;
    counts[i] = seen[i]!.count;
  }
  const stats: FieldStats = { length, terms: terms.join(" "), counts };
  if (chunked) {
    const masks = new Uint32Array(n);
    for (let i = 0; i < n; i++) masks[i] = seen[i]!.mask;
    stats.masks = masks;
  }
  return stats;
}

/**
 * Tokenises an article exactly as lunr.Builder with its default pipeline (trimmer, stopWordFilter, stemmer).
 * @example prepareSearchDoc({ ref: "/2022/11/10/a/", title: "Grid pact", topics: [], outlet: null, body: "…" })
 */
export function prepareSearchDoc(doc: SearchDocInput): SearchDocStats {
  // Bound the memo between documents (never within one: a field's terms must keep their slots).
  if (tokenCache.size >= CACHE_LIMIT || tokens.size >= CACHE_LIMIT) {
    tokenCache.clear();
    slots.clear();
    tokens.clear();
    tokenSlots.length = 0;
  }
  const texts = searchFieldTexts(doc);
  return {
    ref: doc.ref,
    fields: [fieldStats(texts.title), fieldStats(texts.topics), fieldStats(texts.outlet), fieldStats(texts.body, true)],
  };
}
