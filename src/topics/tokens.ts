/**
 * A small tokenizer for topic extraction: words with the facts the candidate
 * rules need (capitalised? sentence start? possessive? punctuation before?),
 * in one regex pass. Much cheaper than a full tagger (see docs/TOPICS.md).
 */

export interface Token {
  /** The word as printed, without a possessive "'s" and without a "pro-"/"anti-" prefix. */
  text: string;
  lower: string;
  /** Starts with an upper-case letter (or is a name particle such as "al-Rashidi"). */
  cap: boolean;
  /** Two or more letters, all upper case ("NATO", "US", "G7"). */
  acronym: boolean;
  num: boolean;
  /** Printed with "'s"/"’s"/"´s": the name ends here ("Russia's withdrawal"). */
  poss: boolean;
  /** First word of the segment or of a sentence, a quotation or a list item. */
  sentStart: boolean;
  /** Punctuation (comma, bracket, quote, dash) separates it from the previous word. */
  breakBefore: boolean;
  /** The word was cut at a hyphen before a lower-case part ("Kyiv-based"): a name cannot continue after it. */
  breakAfter: boolean;
  /** Subject-phrase roles (subjects.ts), filled when first asked; -1 until then. */
  subjectBits: number;
}

// A word: letters/digits with inner hyphens, apostrophes, dots and ampersands; or dotted initials ("U.S.").
// Letters without the `u` flag (much faster): ASCII, then Latin-1 letters onward, skipping the
// punctuation blocks (U+00A0-00BF, U+2000-2BFF: quotes, dashes, bullets) so "“" and "—" stay punctuation.
const L = "A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2C00-\\uD7FF\\uF900-\\uFEFE\\uFF10-\\uFFEF";
const WORD_OR_PUNCT = new RegExp(`((?:[A-Z]\\.){2,})|([${L}]+(?:[-'’´.&][${L}]+)*)|(\\S)`, "g");
const SENTENCE_END = /[.!?:;…•|]/;
const OPENING = /["“«‘'(\[–—-]/;
const CONTRACTION = /['’](?:ve|ll|re|d|m|t)$/i;
const POSSESSIVE = /^(.*[\p{L}\p{N}])['’´]s$/u;
const LOWER_PREFIX = /^(?:pro|anti|ex|non|post|pre|mid|neo|pan|trans|inter|intra|ultra|quasi)-(?=\p{Lu})/u;
const NAME_PARTICLE = /^(?:al|el|as|ad|bin|ibn|abu|ben|d|l)[-'’]\p{Lu}/u;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentStart = true;
  let breakBefore = false;
  WORD_OR_PUNCT.lastIndex = 0;
  for (let m = WORD_OR_PUNCT.exec(text); m !== null; m = WORD_OR_PUNCT.exec(text)) {
    const punct = m[3];
    if (punct !== undefined) {
      if (SENTENCE_END.test(punct)) sentStart = true;
      else if (OPENING.test(punct) && isOpening(text, m.index)) sentStart = true;
      breakBefore = true;
      continue;
    }
    let word = m[1] !== undefined ? m[1].replace(/\./g, "") : m[2]!;
    let poss = false;
    let breakAfter = false;
    if (word.includes("'") || word.includes("’") || word.includes("´")) {
      if (CONTRACTION.test(word)) {
        // "I've", "Don't": never part of a name.
        sentStart = false;
        breakBefore = true;
        continue;
      }
      const p = POSSESSIVE.exec(word);
      if (p) {
        word = p[1]!;
        poss = true;
      }
    }
    const cap = isUpperStart(word);
    if (word.includes("-")) {
      if (!cap) word = word.replace(LOWER_PREFIX, "");
      if (isUpperStart(word) && !NAME_PARTICLE.test(word)) {
        // "Kyiv-based", "Soviet-era", "NATO-led": the name is the capitalised head.
        const parts = word.split("-");
        const firstLower = parts.findIndex((part) => !isUpperStart(part));
        if (firstLower > 0) {
          word = parts.slice(0, firstLower).join("-");
          breakAfter = true;
        }
      }
    }
    const { letters, lower: hasLower } = countLetters(word);
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      cap: isUpperStart(word) || (word.includes("-") && NAME_PARTICLE.test(word)),
      acronym: letters >= 2 && !hasLower && word.length <= 6,
      num: letters === 0,
      poss,
      sentStart,
      breakBefore,
      breakAfter,
      subjectBits: -1,
    });
    sentStart = false;
    breakBefore = false;
  }
  return tokens;
}

function isUpperStart(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

/** Letters and whether any is lower case, with an ASCII fast path. */
function countLetters(word: string): { letters: number; lower: boolean } {
  let letters = 0;
  let lower = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      letters++;
      lower = true;
    } else if (c >= 65 && c <= 90) letters++;
    else if (c >= 128) {
      const ch = word[i]!;
      if (/\p{L}/u.test(ch)) {
        letters++;
        if (/\p{Ll}/u.test(ch)) lower = true;
      }
    }
  }
  return { letters, lower };
}

/** A quote, bracket or dash opens something when it starts the text or follows a space. */
function isOpening(text: string, index: number): boolean {
  return index === 0 || /[\s(\[]/.test(text[index - 1]!);
}

/** True when a line is written in capitals (a shouted heading "ON CYBER DEFENSE"): its words say nothing about names. */
export function isAllCaps(text: string): boolean {
  return !HAS_LOWER.test(text) && /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(text);
}

/**
 * Removes a wire dateline ("KALVIK, June 14 (Meridian Wire) - ", "LONDON (Reuters) — ")
 * from the start of a paragraph: the city is where the story was filed, not what it is about.
 */
export function stripDateline(text: string): string {
  return text.replace(/^\s*\p{Lu}[\p{Lu}\p{M} .'’-]{2,}(?:,[^–—(]{0,40}?)?\s*(?:\([^)]{0,40}\))?\s*[-–—]+\s/u, "");
}
