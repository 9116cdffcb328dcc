/**
 * Topic extraction for one article: the people, places and organisations it
 * is about, plus a few subject phrases, most salient first.
 *
 * Pipeline (all hand rules over one tokenizer pass; compromise is used for its
 * lexicon only, because running its tagger over a body costs ~28 ms per 600 words,
 * see docs/TOPICS.md):
 *   segments (title, summary, paragraphs, each with a salience weight)
 *   → capitalised runs (runs.ts) → occurrences (names.ts: demonyms, evidence, junk)
 *   → candidates by slug → surname joins, compound splits → kind votes (classify.ts)
 *   → score = sum of mention weights → top 8.
 */
import type { TopicKind } from "../record/schema.ts";
import { bodyBlocks, type BodyBlock } from "../record/body.ts";
import { classify } from "./classify.ts";
import { groupOccurrences, joinSurnames, occurrencesOf, slugOf, splitCompounds, type ArticleWords, type NameCandidate, type Occurrence } from "./names.ts";
import { findRuns, type Mention } from "./runs.ts";
import { findSubjects } from "./subjects.ts";
import { isAllCaps, stripDateline, tokenize, type Token } from "./tokens.ts";
import { lexKind } from "./lexicon.ts";

export interface TopicCandidate {
  /** The name as printed in the article ("Jens Stoltenberg", "NATO", "Cyber defence"). */
  name: string;
  kind: TopicKind;
  /** Salience: the sum of the weights of its mentions (title 3, lead 2, next two paragraphs 1.5, later 1). */
  score: number;
}

export interface ExtractInput {
  title: string;
  /** The standfirst or first paragraph; skipped when the body starts with it. */
  summary: string;
  /** The record body (markdown from blocksToBody). */
  body: string;
  /** `bodyBlocks(body)`, when the caller has them already. */
  blocks?: readonly BodyBlock[];
  /** ISO 639-1 code; subject phrases and English grammar rules are used only for "en". */
  language: string;
  /** The publishing outlet: its own name is never a topic of its articles. */
  outlet: string | null;
  /**
   * Headlines of the related/read-more list (record.related). They only strengthen names the article
   * itself contains (RELATED_WEIGHT each): a headline is about another article. Default: none.
   */
  related?: readonly string[];
}

/** At most this many topics per article. */
export const MAX_TOPICS = 8;
/** At most this many of them are subject phrases. */
export const MAX_SUBJECTS = 2;
/** A topic needs this score (two body mentions, or one in the lead) unless the article has fewer than MIN_TOPICS. */
export const MIN_SCORE = 1.5;
const MIN_TOPICS = 3;
/** A related headline's mention of a name the article contains: less than a body mention. */
export const RELATED_WEIGHT = 0.4;

interface Segment {
  tokens: Token[];
  weight: number;
  lead: boolean;
  /** A Title Case Headline: its capitals prove nothing. */
  titleCase: boolean;
}

export function extractTopics(input: ExtractInput): TopicCandidate[] {
  const segments = buildSegments(input);
  const english = input.language === "en" || input.language.startsWith("en-");
  const capitalised = new Map<string, string>();
  const midSentence = new Set<string>();
  for (const seg of segments) {
    for (const t of seg.tokens) {
      if (!t.cap || t.acronym) continue;
      if (!capitalised.has(t.lower)) capitalised.set(t.lower, t.text);
      if (!t.sentStart && !seg.titleCase) midSentence.add(t.lower);
    }
  }
  const mentions = segments.map((seg) => findRuns(seg.tokens, (lower) => midSentence.has(lower)));
  const words: ArticleWords = { capitalised, standalone: standaloneNames(segments, mentions), language: input.language.slice(0, 2) };
  const perSegment: Occurrence[][] = mentions.map((ms, i) => ms.flatMap((m) => occurrencesOf(m, segments[i]!.weight, words, english, !segments[i]!.titleCase)));
  const bySlug = groupOccurrences(perSegment, input.outlet);
  if (segments[0]?.titleCase) dropTitleOnlyNames(bySlug, perSegment[0] ?? []);
  addRelatedMentions(bySlug, input.related ?? [], words, english, midSentence);
  splitCompounds(bySlug);
  joinSurnames(bySlug);

  // Outside English a lone capitalised word is often an institution named in passing ("la ministra de Infraestructuras").
  if (!english) for (const [slug, c] of bySlug) if (c.words.length === 1 && c.occurrences.length < 2) bySlug.delete(slug);
  const oneWordNames = new Set<string>();
  for (const c of bySlug.values()) if (c.words.length === 1) oneWordNames.add(c.words[0]!);
  const named = [...bySlug.values()].map((c) => ({
    name: displayForm(c.occurrences),
    kind: classify(c, oneWordNames),
    score: c.occurrences.reduce((s, o) => s + o.weight, 0),
    firstSegment: c.firstSegment,
    strong: c.occurrences.some((o) => o.strong),
  }));
  const subjects = english
    ? findSubjects(segments)
        .filter((s) => !bySlug.has(s.name.toLowerCase().replace(/\s+/g, "-")))
        .sort(bySalience)
        .slice(0, MAX_SUBJECTS)
        .map((s) => ({ ...s, kind: "subject" as const }))
    : [];
  // Slots go first to topics with enough weight, then to multi-word names printed mid-sentence (one
  // mention of "the Nord Stream gas pipelines" is deliberate), and only then to anything else.
  const ranked = [...named, ...subjects].sort(bySalience);
  const salient = ranked.filter((c) => c.score >= MIN_SCORE);
  const strongNames = ranked.filter((c) => c.score < MIN_SCORE && "strong" in c && c.strong);
  const rest = ranked.filter((c, i) => c.score < MIN_SCORE && !("strong" in c && c.strong) && i < MIN_TOPICS && c.score >= 1);
  const kept = [...salient, ...strongNames, ...rest].slice(0, MAX_TOPICS).sort(bySalience);
  return kept.map((c) => ({ name: c.name, kind: c.kind, score: Math.round(c.score * 100) / 100 }));
}

/**
 * Related headlines strengthen the article's own names (RELATED_WEIGHT per mention); names only
 * they contain are ignored. Headline capitals prove nothing, so a mention counts only through its slug.
 */
function addRelatedMentions(
  bySlug: Map<string, NameCandidate>,
  related: readonly string[],
  words: ArticleWords,
  english: boolean,
  midSentence: ReadonlySet<string>,
): void {
  for (const headline of related) {
    for (const m of findRuns(tokenize(headline), (lower) => midSentence.has(lower))) {
      for (const o of occurrencesOf({ ...m, atSentenceStart: false }, RELATED_WEIGHT, words, english, false)) {
        bySlug.get(slugOf(o.name))?.occurrences.push(o);
      }
    }
  }
}

/**
 * Words that prove a sentence-initial capital is a name: one-word names and
 * surnames seen mid-sentence ("Stoltenberg" after "Jens Stoltenberg"), but not
 * words seen only inside a longer name ("Appeals" of "Court of Appeals").
 */
function standaloneNames(segments: readonly Segment[], mentions: readonly Mention[][]): Set<string> {
  const out = new Set<string>();
  mentions.forEach((ms, i) => {
    if (segments[i]!.titleCase) return;
    for (const m of ms) {
      if (m.atSentenceStart) continue;
      const last = m.words[m.words.length - 1]!.lower;
      if (m.words.length === 1 || m.hint === "person" || looksLikeName(m)) out.add(last);
    }
  });
  return out;
}

/** "Marek Halas": two or three words, none of them an ordinary word, no particles. */
function looksLikeName(m: Mention): boolean {
  if (m.words.length > 3) return false;
  if (lexKind(m.words[0]!.lower) === "person-first") return true;
  return m.words.every((w) => !w.acronym && /^\p{Lu}\p{Ll}/u.test(w.text) && lexKind(w.lower) === "unknown");
}

function bySalience(a: { score: number; firstSegment: number; name: string }, b: { score: number; firstSegment: number; name: string }): number {
  return b.score - a.score || a.firstSegment - b.firstSegment || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function buildSegments(input: ExtractInput): Segment[] {
  const blocks = (input.blocks ?? bodyBlocks(input.body)).filter((b) => b.type === "paragraph" && !isAllCaps(b.text));
  const title = input.title.trim();
  const segments: Segment[] = [{ tokens: tokenize(title), weight: 3, lead: true, titleCase: isTitleCase(title) }];
  const summary = input.summary.trim();
  const firstPara = blocks[0]?.text ?? "";
  if (summary !== "" && !sameStart(summary, firstPara)) {
    segments.push({ tokens: tokenize(summary), weight: 2, lead: true, titleCase: false });
  }
  blocks.forEach((b, i) => {
    const weight = i === 0 ? 2 : i <= 2 ? 1.5 : 1;
    segments.push({ tokens: tokenize(stripDateline(b.text)), weight, lead: i === 0, titleCase: false });
  });
  return segments;
}

function sameStart(a: string, b: string): boolean {
  const n = Math.min(60, a.length, b.length);
  return n > 0 && a.slice(0, n) === b.slice(0, n);
}

/** "Russian Kherson Retreat Would Be Ukraine's Victory": most longer words capitalised. */
function isTitleCase(title: string): boolean {
  const words = title.split(/\s+/).slice(1).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.7;
}

/** In a Title Case headline, a name counts only if the body names it too, or a lexicon knows it. */
function dropTitleOnlyNames(bySlug: Map<string, { occurrences: Occurrence[]; words: string[] }>, titleOccs: Occurrence[]): void {
  const fromTitle = new Set(titleOccs);
  for (const [slug, c] of bySlug) {
    const kind = lexKind(c.words.join(" "));
    const known = kind === "place" || kind === "organisation" || kind === "person-first" || kind === "person-last";
    if (!known && c.occurrences.every((o) => fromTitle.has(o))) bySlug.delete(slug);
  }
}

/** The most frequent printed form; ties go to the first seen. */
function displayForm(occs: readonly Occurrence[]): string {
  const counts = new Map<string, number>();
  for (const o of occs) counts.set(o.name, (counts.get(o.name) ?? 0) + (o.hint === "surname" ? 0 : 1));
  let best = occs[0]!.name;
  for (const [name, n] of counts) if (n > (counts.get(best) ?? 0)) best = name;
  return best;
}
