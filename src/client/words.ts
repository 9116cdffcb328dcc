/** Words of a text with the index term each one stands for (lunr's trimmer + stemmer), for highlighting. */
import { L } from "./lunr-api.ts";

export interface WordRange {
  /** Offsets of the word without its surrounding punctuation. */
  start: number;
  end: number;
  term: string;
}

const cache = new Map<string, { lead: number; trimmed: string; term: string }>();

function analyse(raw: string): { lead: number; trimmed: string; term: string } {
  let hit = cache.get(raw);
  if (!hit) {
    const lower = raw.toLowerCase();
    const lead = /^\W*/.exec(lower)![0].length;
    const trimmed = lower.slice(lead).replace(/\W+$/, "");
    const term = trimmed === "" ? "" : String(L.stemmer(new L.Token(trimmed, {}), 0, []));
    hit = { lead, trimmed, term };
    if (cache.size > 50_000) cache.clear();
    cache.set(raw, hit);
  }
  return hit;
}

/** Every word of `text` (split like lunr.tokenizer: whitespace and hyphens). */
export function wordRanges(text: string): WordRange[] {
  const out: WordRange[] = [];
  const re = /[^\s-]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const a = analyse(m[0]);
    if (a.trimmed === "") continue;
    const start = m.index + a.lead;
    out.push({ start, end: start + a.trimmed.length, term: a.term });
  }
  return out;
}
