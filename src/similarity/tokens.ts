/**
 * Word tokens for fingerprints: lowercase runs of letters and digits. Apostrophes, quotes
 * (straight or curly), dashes and all other punctuation separate words, so "vessel's" and
 * “vessel’s” tokenise alike.
 */

import { STOPWORDS } from "./stopwords.ts";

// Same tokens as /[\p{L}\p{N}]+/gu, about twice as fast: most runs start with an ASCII letter or digit.
const WORD = /[a-z0-9]+(?:[\p{L}\p{N}]+)?|[\p{L}\p{N}]+/gu;

/** Lowercase word tokens of `text`, in order (NFC-normalised so composed and decomposed accents agree). */
export function words(text: string): string[] {
  return text.normalize("NFC").toLowerCase().match(WORD) ?? [];
}

/**
 * A light English stemmer (Harman's "S" stemmer: plurals only), so "cables" and "cable" meet.
 * Deliberately conservative: it never merges words that differ in more than a plural ending.
 */
export function stem(word: string): string {
  const n = word.length;
  if (n < 4 || word.charCodeAt(n - 1) !== 115 /* s */) return word;
  if (word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) return word.slice(0, -3) + "y";
  if (word.endsWith("es") && !/(?:aes|ees|oes)$/.test(word)) return word.slice(0, -1);
  if (word.endsWith("us") || word.endsWith("ss") || word.endsWith("is")) return word;
  return word.slice(0, -1);
}

const ALL_DIGITS = /^\d+$/;

/** True for a token that may be a term: at least 3 characters, not a stopword, not only digits. */
export function isTermCandidate(word: string): boolean {
  return word.length >= 3 && !STOPWORDS.has(word) && !ALL_DIGITS.test(word);
}
