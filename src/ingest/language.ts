/**
 * Language guess: script first (Arabic, Cyrillic, Greek, Hebrew, CJK, Hangul),
 * then stopword profiles for Latin-script languages. Returns "und" when
 * unsure. One pass over at most 2,000 characters.
 */
import { STOPWORDS } from "./stopwords.ts";

/** The script of a non-ASCII character code, or "" (Latin letters and punctuation). */
function scriptOf(c: number): string {
  if (c < 0x370) return "";
  if (c < 0x400) return "el";
  if (c < 0x500) return "ru";
  if (c >= 0x590 && c < 0x600) return "he";
  if ((c >= 0x600 && c < 0x780) || (c >= 0xfb50 && c < 0xfe00) || (c >= 0xfe70 && c < 0xff00)) return "ar";
  if (c >= 0x3040 && c < 0x3100) return "ja";
  if (c >= 0x4e00 && c < 0xa000) return "zh";
  if (c >= 0xac00 && c < 0xd7b0) return "ko";
  return "";
}

/** Characters read: 1,200 hold some 200 words, plenty for stopword profiles. */
const SAMPLE = 1200;
const LANGS = Object.keys(STOPWORDS);
/** word → bit set of the languages whose profile holds it (one lookup per word). */
const MASK = new Map<string, number>();
LANGS.forEach((lang, bit) => {
  for (const w of STOPWORDS[lang]!) MASK.set(w, (MASK.get(w) ?? 0) | (1 << bit));
});

/** ISO 639-1 code of a text, or "und". */
export function detectLanguage(input: string): string {
  const text = input.length > SAMPLE ? input.slice(0, SAMPLE) : input;
  const counts = new Map<string, number>();
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
      continue;
    }
    const script = scriptOf(c);
    if (script !== "") {
      letters++;
      counts.set(script, (counts.get(script) ?? 0) + 1);
    } else if (c >= 0xc0 && c < 0x250) letters++;
  }
  if (letters < 10) return "und";
  if ((counts.get("ja") ?? 0) > 0 && ((counts.get("ja") ?? 0) + (counts.get("zh") ?? 0)) / letters > 0.3) return "ja";
  for (const [code, n] of counts) if (n / letters > 0.4) return code;
  const ws = text.toLowerCase().split(/[^a-zà-ÿœ]+/);
  let total = 0;
  const hits = new Array<number>(LANGS.length).fill(0);
  for (const w of ws) {
    if (w === "") continue;
    total++;
    const mask = MASK.get(w);
    if (mask === undefined) continue;
    for (let b = 0; b < LANGS.length; b++) if (mask & (1 << b)) hits[b]!++;
  }
  if (total < 5) return "und";
  let best = "und", bestScore = 0, second = 0;
  for (let b = 0; b < LANGS.length; b++) {
    const lang = LANGS[b]!;
    const score = hits[b]! / total;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = lang;
    } else if (score > second) second = score;
  }
  return bestScore >= 0.12 && bestScore >= second * 1.3 ? best : "und";
}
