/**
 * Subject phrases: lower-case two-word noun phrases that an article keeps
 * coming back to ("cyber defence", "nuclear weapons", "pension reform").
 * English only: elsewhere the grammar words below would be wrong and the
 * phrases junk.
 */
import type { Token } from "./tokens.ts";
import { FUNCTION_WORDS, MONTHS, WEEKDAYS } from "./lexicon.ts";
import nlp from "compromise";

const LEXICON = (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

/** compromise tags that mark a word as grammar, not part of a subject phrase. */
const NOT_NOUNISH = new Set([
  "PastTense", "Adverb", "Determiner", "Preposition", "Conjunction", "Pronoun", "Possessive", "Modal", "Copula",
  "Cardinal", "Ordinal", "TextValue", "QuestionWord", "Negative", "Comparative", "Superlative", "Expression", "Date",
  "Duration", "Month", "WeekDay", "Auxiliary", "Condition", "Reflexive",
]);
const VAGUE = new Set(
  `said says told would could should will also just like year years month months week weeks day days time times
  people percent cent million billion thousand thousands dozen dozens hundreds lot lots part parts number way ways
  new other many more most last next first second third several same such own whole recent former latest early late
  good great big small high low long short little much well end thing things kind sort statement comment comments
  official officials spokesman spokeswoman told reporters year-old per news article story stories report reports
  minister president government country countries city area areas region place places side sides group groups
  morning afternoon evening night weekend today yesterday tomorrow ago hours minutes seconds
  metres meters kilometres kilometers tonnes tons litres liters cubic square euros dollars pounds`.split(/\s+/),
);
/** Words before a verb ("could not reach villages", "to cut costs"): the phrase after them is no noun phrase. */
const BEFORE_VERB = new Set(`to not never will would could can cannot should must might may shall did does do let help`.split(" "));
/** Words after a verb that show the "head" was one ("villages cut off", "troops pulled back", "reach the"). */
const AFTER_VERB = new Set(`off up out down away back the a an his her its their our my your this these those him them us me`.split(" "));

export interface SubjectCandidate {
  name: string;
  score: number;
  firstSegment: number;
}

/**
 * Phrases seen at least twice, and in the title or lead or at least three times.
 * `segments[i].weight` is the salience weight of segment i; segment 0 is the title.
 */
export function findSubjects(segments: ReadonlyArray<{ tokens: readonly Token[]; weight: number; lead: boolean }>): SubjectCandidate[] {
  const found = new Map<string, { forms: Map<string, number>; count: number; score: number; prominent: boolean; firstSegment: number; continued: number; nextKey: string; nextForm: string }>();
  segments.forEach((seg, index) => {
    const t = seg.tokens;
    // Each word's roles once (bit 1: may start a phrase, bit 2: may end one), then the pairs.
    let prevBits = 0;
    for (let i = 0; i < t.length; i++) {
      const b = t[i]!;
      const bits = subjectBits(b);
      const okPair = (prevBits & 1) !== 0 && (bits & 2) !== 0 && !b.breakBefore;
      prevBits = b.poss || b.breakAfter ? 0 : bits;
      if (!okPair) continue;
      const a = t[i - 1]!;
      const before = t[i - 2];
      const after = t[i + 1];
      // "could not reach villages", "villages cut off": a verb inside, not a noun phrase.
      if (before !== undefined && !a.breakBefore && BEFORE_VERB.has(before.lower)) continue;
      if (after !== undefined && !after.breakBefore && AFTER_VERB.has(after.lower)) continue;
      // "subsea power cable": the pair is only the front of a longer compound; its head comes later.
      const continued = after !== undefined && !after.breakBefore && !b.poss && (subjectBits(after) & 2) !== 0 && (bits & 1) !== 0;
      // Singular and plural count together: "cyber threat" / "cyber threats".
      const key = a.lower + " " + b.lower.replace(/(?<=[^s])s$/, "");
      let f = found.get(key);
      if (!f) {
        f = { forms: new Map(), count: 0, score: 0, prominent: false, firstSegment: index, continued: 0, nextKey: "", nextForm: "" };
        found.set(key, f);
      }
      const form = a.lower + " " + b.lower;
      f.forms.set(form, (f.forms.get(form) ?? 0) + 1);
      f.count++;
      if (continued) {
        const nextKey = b.lower + " " + after.lower.replace(/(?<=[^s])s$/, "");
        if (f.continued === 0 || f.nextKey === nextKey) f.continued++;
        f.nextKey = nextKey;
        f.nextForm = after.lower;
      }
      f.score += seg.weight;
      if (seg.lead) f.prominent = true;
    }
  });
  // A pair always followed by the same noun is the front of a three-word phrase: "subsea power cable",
  // "national cyber agency". The phrase is named whole, and its back ("power cable") goes when it has no
  // mentions of its own.
  const swallowed = new Map<string, number>();
  for (const f of found.values()) if (f.continued === f.count) swallowed.set(f.nextKey, Math.max(f.count, swallowed.get(f.nextKey) ?? 0));
  const out: SubjectCandidate[] = [];
  for (const [key, f] of found) {
    // Recurring: two mentions, one of them in the title or lead, or three anywhere.
    if (f.count < 2 || (!f.prominent && f.count < 3)) continue;
    if (f.count <= (swallowed.get(key) ?? 0)) continue;
    let form = [...f.forms].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
    if (f.continued === f.count) form += " " + f.nextForm;
    out.push({ name: form.charAt(0).toUpperCase() + form.slice(1), score: f.score * 0.7, firstSegment: f.firstSegment });
  }
  return out;
}

/** Per word: bit 1 = may start a phrase, bit 2 = may end one. Memoised: the vocabulary is small next to the text. */
const roleCache = new Map<string, number>();

function subjectBits(t: Token): number {
  if (t.cap || t.num || t.text.length < 3) return 0;
  // Looked up once per token (the pair check asks about the next token again).
  if (t.subjectBits >= 0) return t.subjectBits;
  let bits = roleCache.get(t.text);
  if (bits === undefined) {
    bits = subjectRoles(t.text);
    if (roleCache.size < 200_000) roleCache.set(t.text, bits);
  }
  t.subjectBits = bits;
  return bits;
}

function subjectRoles(word: string): number {
  if (!/^[a-z][a-z-]*[a-z]$/.test(word)) return 0;
  if (FUNCTION_WORDS.has(word) || VAGUE.has(word) || MONTHS.has(word) || WEEKDAYS.has(word)) return 0;
  if (word.endsWith("ly")) return 0;
  const tags = LEXICON[word];
  const list = tags === undefined ? [] : typeof tags === "string" ? [tags] : tags;
  if (list.some((x) => NOT_NOUNISH.has(x))) return 0;
  // A word compromise knows only as an adjective is a quality ("heavy pressure", "large fire"), not the
  // classifying word of a subject ("nuclear weapons", "offshore wind": unknown to its lexicon).
  if (list.length > 0 && list.every((x) => x === "Adjective" || x === "Comparable")) return 0;
  // The phrase's last word is its noun: not a verb form or a bare adjective.
  let head = true;
  if (/(?:ed|ing)$/.test(word) && !list.includes("Singular") && !list.includes("Plural")) head = false;
  if (list.length > 0 && list.every((x) => x === "Adjective" || x === "Gerund" || x === "PresentTense" || x === "Infinitive")) head = false;
  // "villages cut (off)": a verb form is never the noun that ends a phrase.
  if (list.some((x) => x === "PastTense" || x === "Infinitive" || x === "PresentTense" || x === "PhrasalVerb") && !list.includes("Singular") && !list.includes("Plural")) head = false;
  const modifier = !(list.includes("PresentTense") || list.includes("Infinitive"));
  return (modifier ? 1 : 0) | (head ? 2 : 0);
}
