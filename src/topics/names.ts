/**
 * Within one article: name mentions → named candidates. Demonyms map to their
 * country ("Ukrainian" → Ukraine), sentence-initial words need evidence,
 * junk is dropped, a surname mention joins the full name ("Stoltenberg" →
 * "Jens Stoltenberg") and "Estmark-Valdoria" counts for both countries.
 */
import { slugify } from "../record/slug.ts";
import type { Mention } from "./runs.ts";
import { skeleton } from "./skeleton.ts";
import {
  DEMONYMS,
  FUNCTION_WORDS,
  FURNITURE_SLUGS,
  GENERIC_STARTERS,
  MONTHS,
  NON_PLACE_ADJECTIVES,
  NON_TOPIC_ACRONYMS,
  ORG_WORDS,
  PLACE_FOLLOWERS,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  PORTFOLIO_WORDS,
  SPEECH_VERBS,
  WEEKDAYS,
  lexKind,
} from "./lexicon.ts";

/** One occurrence of a name in the article. */
export interface Occurrence {
  name: string;
  weight: number;
  hint: "person" | "affiliation" | "demonym" | "surname" | null;
  prev: string;
  next: string;
  acronym: boolean;
  /**
   * A name of two or more words printed in capitals in the middle of a sentence ("the Nord Stream
   * gas pipelines"): a deliberate proper name, worth a topic slot even when mentioned once.
   */
  strong: boolean;
}

/** All occurrences of one name (one slug) in the article. */
export interface NameCandidate {
  slug: string;
  words: string[];
  occurrences: Occurrence[];
  firstSegment: number;
}

export interface ArticleWords {
  /** Lower-case capitalised words seen anywhere, with one printed form each ("valdoria" → "Valdoria"). */
  capitalised: Map<string, string>;
  /** Lower-case words seen as a one-word name, or as a person's surname, somewhere other than at a sentence start. */
  standalone: Set<string>;
  /** Their skeletons (skeleton.ts), built when first needed ("Zelensky" at a sentence start, "Zelenskyy" elsewhere). */
  standaloneSkeletons?: Set<string>;
  language: string;
}

const OF = new Set(["of", "de", "del", "di", "du", "des"]);

/** Every demonym in the table and every "-ian"/"-i" adjective ends like this (a cheap pre-check). */
const DEMONYM_ENDING = /(?:n|i|h|e|ns|is|es|k|c|z|ss|no|ot)$/;

/** Org words that are a whole party's name on their own ("the Greens"). */
const PARTY_NAMES = new Set(["greens", "democrats", "republicans", "liberals", "conservatives", "socialists"]);

/** Languages that capitalise common nouns. */
const NOUN_CAPITALISING = new Set(["de", "lb"]);

/** Turns a mention into occurrences (a demonym at its head becomes its own occurrence of the country). */
export function occurrencesOf(m: Mention, weight: number, words: ArticleWords, english: boolean, capitalsProve = true): Occurrence[] {
  const base = { prev: m.prev, next: m.next, strong: false };
  const out: Occurrence[] = [];
  let rest = m.words;
  const head = rest[0]!;
  // "Valdorian capital": an -ian word used as an adjective may be guessed to name "Valdoria".
  const adjectival = m.words.length === 1 && /^\p{Ll}/u.test(m.next) && !SPEECH_VERBS.has(m.next) && !FUNCTION_WORDS.has(m.next);
  const country = head.acronym || !DEMONYM_ENDING.test(head.lower) ? undefined : demonymCountry(head.lower, words, adjectival);
  if (country !== undefined) {
    if (country !== null) out.push({ name: country, weight: weight * 0.6, hint: "demonym", acronym: false, ...base });
    rest = rest.slice(1);
    // "Valdorian Energy": what is left is a portfolio or an org word, not a name.
    if (rest.length === 1 && (ORG_WORDS.has(rest[0]!.lower) || PORTFOLIO_WORDS.has(rest[0]!.lower))) rest = [];
  }
  if (rest.length === 0) return out;
  if (rest.length === 1) {
    const w = rest[0]!;
    if (isJunkWord(w.lower, w.acronym) || m.numbered) return out;
    // A capital at a sentence start proves nothing: "Coastguard officials said" is not a name.
    const firstOfRun = rest === m.words;
    const known = english && isKnownName(w.lower);
    if (firstOfRun && m.atSentenceStart && !w.acronym && !known && !isStandalone(w.lower, words)) return out;
    // German capitalises every noun: a lone capitalised word there is a name only if a lexicon knows it.
    if (!english && NOUN_CAPITALISING.has(words.language) && !w.acronym && !isKnownName(w.lower)) return out;
  }
  const name = rest.map((w) => w.text).join(" ");
  const strong = capitalsProve && rest.length >= 2 && !m.atSentenceStart;
  out.push({ name, weight, hint: m.hint, acronym: rest.length === 1 && rest[0]!.acronym, ...base, strong });
  // "Government of Valdoria", "Gobierno de Valdoria": the institution, and the country too.
  const n = rest.length;
  if (n >= 3 && ORG_WORDS.has(rest[0]!.lower) && OF.has(rest[n - 2]!.text)) {
    const last = rest[n - 1]!;
    if (!PORTFOLIO_WORDS.has(last.lower) && !ORG_WORDS.has(last.lower) && !last.acronym) {
      out.push({ name: last.text, weight, hint: "affiliation", acronym: false, ...base });
    }
  }
  return out;
}

function isStandalone(lower: string, words: ArticleWords): boolean {
  if (words.standalone.has(lower)) return true;
  words.standaloneSkeletons ??= new Set([...words.standalone].map(skeleton));
  return words.standaloneSkeletons.has(skeleton(lower));
}

function isKnownName(lower: string): boolean {
  const kind = lexKind(lower);
  return kind === "place" || kind === "organisation" || kind === "person-first" || kind === "person-last";
}

function isJunkWord(lower: string, acronym: boolean): boolean {
  if (acronym) return NON_TOPIC_ACRONYMS.has(lower);
  if ([...lower].length < 2) return true;
  if (FUNCTION_WORDS.has(lower) || GENERIC_STARTERS.has(lower) || WEEKDAYS.has(lower) || MONTHS.has(lower)) return true;
  // "City", "Court", "Party" alone refer back to a longer name; they are not topics.
  if ((ORG_WORDS.has(lower) || PLACE_WORDS.has(lower)) && !PARTY_NAMES.has(lower)) return true;
  return lexKind(lower) === "grammar";
}

/**
 * The country a demonym names: from the table ("Italian" → Italy), or a
 * capitalised word of the same article it is built on ("Valdorian" → Valdoria).
 * `null` for an adjective that names no place here ("Western"); `undefined` for a word that is no demonym.
 */
export function demonymCountry(lower: string, words: ArticleWords, adjectival = false): string | null | undefined {
  const singular = /(?:ans|is|ese)$/.test(lower) && DEMONYMS.has(lower.replace(/s$/, "")) ? lower.slice(0, -1) : lower;
  const known = DEMONYMS.get(singular);
  if (known !== undefined) return known;
  if (NON_PLACE_ADJECTIVES.has(singular)) return null;
  const kind = lexKind(singular);
  if (kind === "place" || kind === "person-first" || kind === "organisation") return undefined;
  const stem = singular.replace(/ans$/, "an");
  if (/(?:ian|ean|an)$/.test(stem)) {
    for (const s of [stem.slice(0, -1), stem.slice(0, -3) + "e", stem.slice(0, -3) + "y", stem.slice(0, -2)]) {
      const printed = words.capitalised.get(s);
      if (printed !== undefined && s.length >= 4) return printed;
    }
    if (adjectival && stem.endsWith("ian") && kind === "unknown") {
      const guess = stem.slice(0, -1);
      return guess.charAt(0).toUpperCase() + guess.slice(1);
    }
  } else if (/[^aeiou]i$/.test(stem)) {
    const printed = words.capitalised.get(stem.slice(0, -1));
    if (printed !== undefined) return printed;
  }
  return kind === "demonym" ? null : undefined;
}

const slugCache = new Map<string, string>();
/** slugify, memoised: the same names recur in every article. */
export function slugOf(name: string): string {
  let slug = slugCache.get(name);
  if (slug === undefined) {
    slug = slugify(name, "");
    if (slugCache.size < 200_000) slugCache.set(name, slug);
  }
  return slug;
}

/** Groups occurrences by slug, dropping furniture and the outlet's own name. */
export function groupOccurrences(
  perSegment: Occurrence[][],
  outlet: string | null,
): Map<string, NameCandidate> {
  const outletSlugs = new Set<string>();
  if (outlet) {
    outletSlugs.add(slugify(outlet, ""));
    outletSlugs.add(slugify(outlet.replace(/^the\s+/i, ""), ""));
  }
  const bySlug = new Map<string, NameCandidate>();
  perSegment.forEach((occs, segment) => {
    for (const o of occs) {
      const slug = slugOf(o.name);
      if (slug === "" || /^[\d-]+$/.test(slug) || FURNITURE_SLUGS.has(slug) || outletSlugs.has(slug)) continue;
      let c = bySlug.get(slug);
      if (!c) {
        c = { slug, words: o.name.toLowerCase().split(" "), occurrences: [], firstSegment: segment };
        bySlug.set(slug, c);
      }
      c.occurrences.push(o);
    }
  });
  return bySlug;
}

/**
 * A one-word mention joins the one longer name in the article it belongs to:
 * a surname or known first name joins a person ("Stoltenberg" → "Jens Stoltenberg"),
 * a name's first word joins an organisation ("Varnsby" → "Varnsby United") unless it
 * is used as a place. When two names share it, it joins the more mentioned one.
 */
export function joinSurnames(bySlug: Map<string, NameCandidate>): void {
  const longNames = [...bySlug.values()].filter((c) => c.words.length >= 2 && c.words.length <= 4);
  for (const single of [...bySlug.values()]) {
    if (single.words.length !== 1 || single.occurrences.some((o) => o.acronym || o.hint === "demonym")) continue;
    const word = single.words[0]!;
    const wordSkeleton = skeleton(word);
    const kind = lexKind(word);
    if (kind === "place") continue;
    const firstName = kind === "person-first";
    const usedAsPlace = single.occurrences.some((o) => PLACE_PREPOSITIONS.has(o.prev) || PLACE_FOLLOWERS.has(o.next));
    const owners = longNames.filter((c) => {
      const last = c.words[c.words.length - 1]!;
      if (last === word || skeleton(last) === wordSkeleton) return !PLACE_WORDS.has(word) && !ORG_WORDS.has(word) && !c.words.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w));
      if (c.words[0] !== word) return false;
      return firstName || (!usedAsPlace && ORG_WORDS.has(last));
    });
    if (owners.length === 0) continue;
    owners.sort((a, b) => b.occurrences.length - a.occurrences.length);
    if (owners.length > 1 && owners[0]!.occurrences.length === owners[1]!.occurrences.length) continue;
    const owner = owners[0]!;
    const isPerson = owner.words[owner.words.length - 1] === word || firstName;
    for (const o of single.occurrences) owner.occurrences.push({ ...o, name: owner.occurrences[0]!.name, hint: isPerson ? "surname" : null });
    owner.firstSegment = Math.min(owner.firstSegment, single.firstSegment);
    bySlug.delete(single.slug);
  }
}

/** "Estmark-Valdoria" counts once for each side when both sides are names in the article. */
export function splitCompounds(bySlug: Map<string, NameCandidate>): void {
  for (const c of [...bySlug.values()]) {
    if (c.words.length !== 1 || !c.words[0]!.includes("-")) continue;
    const parts = c.words[0]!.split("-").map((p) => bySlug.get(slugOf(p)));
    if (parts.some((p) => p === undefined)) continue;
    for (const p of parts) p!.occurrences.push(...c.occurrences.map((o) => ({ ...o, name: p!.occurrences[0]!.name })));
    bySlug.delete(c.slug);
  }
}
