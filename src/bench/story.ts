/**
 * The content of one synthetic article (headline, standfirst, body, related headlines, date), before it
 * is laid out in an outlet's page format (formats.ts). A story belongs to a topic: a cluster of people,
 * places, organisations and keywords that recur across every article on that topic. Topic ranks follow
 * an unbounded Zipf law, so a few topics are very common and new rare ones keep appearing.
 */
import { type Rng, int, pick, zipfRank } from "./prng.ts";
import { Lexicon, zipfTable } from "./lexicon.ts";
import { ADJECTIVES, ADVERBS, NOUNS, PREPOSITIONS, SECTIONS, UNITS, VERBS_PAST, VERBS_PRESENT, WEEKDAYS } from "./words.ts";

export interface Topic {
  rank: number;
  section: string;
  people: string[];
  /** "Energy Minister", "spokeswoman": the role each person is introduced with. */
  roles: string[];
  places: string[];
  orgs: string[];
  keywords: string[];
}

/** A calendar time as printed on the page (no zone conversion). */
export interface Stamp { year: number; month: number; day: number; hour: number; minute: number }

export interface Block { heading: boolean; text: string }

export interface Story {
  topic: Topic;
  title: string;
  standfirst: string;
  author: string;
  date: Stamp;
  updated: Stamp;
  blocks: Block[];
  related: string[];
  /** A quotation paragraph from the body, for formats that repeat one above the body. */
  pullQuote: string;
  dateline: string;
}

/** Tunables of the generator. Exposed for tests; defaults model a general news archive. */
export const SHAPE = {
  /** Zipf exponent of topic ranks (smaller: longer tail, more distinct topics). */
  topicZipf: 1.25,
  /** Zipf exponent of the rare-word tail (Heaps' law growth of the vocabulary). */
  tailZipf: 1.35,
  personZipf: 1.3,
  placeZipf: 1.5,
  orgZipf: 1.4,
  firstYear: 2019,
  years: 7,
} as const;

const noun = zipfTable(NOUNS.length, 0.9);
const verbPast = zipfTable(VERBS_PAST.length, 0.8);
const adjective = zipfTable(ADJECTIVES.length, 0.8);

const ROLE_TITLES = ["Minister", "President", "Prime Minister", "spokesperson", "chief executive", "director",
  "Foreign Minister", "Energy Minister", "mayor", "governor", "analyst", "commander", "chairman", "envoy"];

export function makeTopic(lex: Lexicon, rng: Rng, rank: number): Topic {
  const people: string[] = [];
  const roles: string[] = [];
  for (let i = int(rng, 2, 4); i > 0; i--) {
    people.push(lex.person(zipfRank(rng, SHAPE.personZipf)));
    roles.push(pick(rng, ROLE_TITLES));
  }
  const places: string[] = [];
  for (let i = int(rng, 1, 3); i > 0; i--) places.push(lex.place(zipfRank(rng, SHAPE.placeZipf)));
  const orgs: string[] = [];
  for (let i = int(rng, 1, 2); i > 0; i--) orgs.push(lex.org(zipfRank(rng, SHAPE.orgZipf)));
  const keywords: string[] = [];
  for (let i = int(rng, 3, 5); i > 0; i--) keywords.push(lex.word(int(rng, 1, 3000)));
  return { rank, section: pick(rng, SECTIONS), people, roles, places, orgs, keywords };
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** "a" or "an" before a word. */
const a = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);
const surname = (p: string): string => p.slice(p.indexOf(" ") + 1);

/** Builds sentences for one story; holds the per-article random stream. */
export class Writer {
  constructor(private readonly rng: Rng, private readonly lex: Lexicon, private readonly topic: Topic) {}

  noun(): string {
    const r = this.rng();
    if (r < 0.08) return pick(this.rng, this.topic.keywords);
    if (r < 0.15) return this.lex.word(zipfRank(this.rng, SHAPE.tailZipf));
    return NOUNS[noun(this.rng)] ?? "government";
  }

  adj(): string {
    return this.rng() < 0.05 ? this.lex.word(zipfRank(this.rng, SHAPE.tailZipf)) : ADJECTIVES[adjective(this.rng)] ?? "new";
  }

  verb(): string {
    return VERBS_PAST[verbPast(this.rng)] ?? "said";
  }

  phrase(): string {
    const r = this.rng();
    if (r < 0.45) return `the ${this.noun()}`;
    if (r < 0.75) return `the ${this.adj()} ${this.noun()}`;
    if (r < 0.9) return `${a(this.adj())} ${this.noun()} of ${this.noun()}`;
    return `${int(this.rng, 2, 950)} ${pick(this.rng, UNITS)} of ${this.noun()}`;
  }

  place(): string { return pick(this.rng, this.topic.places); }
  org(): string { return pick(this.rng, this.topic.orgs); }

  subject(): string {
    const r = this.rng();
    if (r < 0.3) return surname(pick(this.rng, this.topic.people));
    if (r < 0.45) return this.place();
    if (r < 0.6) return this.org();
    return this.phrase();
  }

  pp(): string {
    const r = this.rng();
    if (r < 0.35) return ` ${pick(this.rng, PREPOSITIONS)} ${this.place()}`;
    if (r < 0.7) return ` ${pick(this.rng, PREPOSITIONS)} ${this.phrase()}`;
    if (r < 0.85) return ` on ${pick(this.rng, WEEKDAYS)}`;
    return "";
  }

  clause(): string {
    return `${this.subject()} ${this.rng() < 0.2 ? `${pick(this.rng, ADVERBS)} ` : ""}${this.verb()} ${this.phrase()}${this.pp()}`;
  }

  /** A quotation with its attribution; `open`/`close` are the outlet's quote marks. */
  quote(open: string, close: string): string {
    const i = int(this.rng, 0, this.topic.people.length - 1);
    const person = this.topic.people[i] ?? "";
    const who = this.rng() < 0.5 ? `${this.topic.roles[i] ?? ""} ${person}` : surname(person);
    return `${open}${cap(this.clause())}. ${cap(this.clause())},${close} ${who} said${this.pp()}.`;
  }

  sentence(open: string, close: string): string {
    const r = this.rng();
    if (r < 0.15) return this.quote(open, close);
    if (r < 0.3) {
      const i = int(this.rng, 0, this.topic.people.length - 1);
      return `${this.topic.people[i] ?? ""}, ${this.topic.roles[i] ?? ""} of ${this.org()}, ${this.verb()} ${this.phrase()}${this.pp()}.`;
    }
    if (r < 0.45) return `${cap(this.subject())} ${this.verb()} ${int(this.rng, 2, 99)} ${pick(this.rng, UNITS)}${this.pp()}, according to ${this.org()}.`;
    if (r < 0.6) return `${cap(pick(this.rng, ADVERBS))}, ${this.clause()}, and ${this.clause()}.`;
    if (r < 0.7) return `${cap(this.clause())}, ${this.org()} said in a statement.`;
    return `${cap(this.clause())}.`;
  }

  headline(): string {
    const t = this.topic;
    const r = this.rng();
    let h: string;
    if (r < 0.3) h = `${this.place()} ${pick(this.rng, VERBS_PRESENT)} ${this.adj()} ${this.noun()} ${pick(this.rng, PREPOSITIONS)} ${this.place()}`;
    else if (r < 0.5) h = `${surname(pick(this.rng, t.people))} ${pick(this.rng, VERBS_PRESENT)} ${this.noun()} ${this.noun()}: ${this.org()}`;
    else if (r < 0.65) h = `${this.org()} ${pick(this.rng, VERBS_PRESENT)} ${int(this.rng, 2, 90)} ${pick(this.rng, UNITS)} after ${this.adj()} ${this.noun()}`;
    else if (r < 0.75) h = `${this.place()}, ${this.place()} sign ${int(this.rng, 2, 10)}-year ${this.noun()} to ${pick(this.rng, ["protect", "expand", "share", "end", "build"])} ${this.noun()}`;
    else if (r < 0.8) h = `Explainer: Why the ${this.noun()} ${pick(this.rng, ["matters", "is so hard to fix", "keeps growing"])} in ${this.place()}`;
    else h = `${cap(this.adj())} ${this.noun()} ${this.verb()} ${this.pp().trim() || `in ${this.place()}`} as ${this.noun()} ${pick(this.rng, ["rises", "falls", "grows", "stalls"])}`;
    return cap(h);
  }
}

function stamp(rng: Rng): Stamp {
  const day = int(rng, 0, SHAPE.years * 365 - 1);
  const d = new Date(Date.UTC(SHAPE.firstYear, 0, 1) + day * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: int(rng, 0, 23), minute: int(rng, 0, 59) };
}

export function makeStory(rng: Rng, lex: Lexicon, topic: Topic, curly: boolean): Story {
  const w = new Writer(rng, lex, topic);
  const [open, close] = curly ? ["“", "”"] : ['"', '"'];
  const title = w.headline();
  const target = int(rng, 480, 760);
  const blocks: Block[] = [];
  let words = 0;
  let pullQuote = "";
  let headings = rng() < 0.6 ? int(rng, 1, 2) : 0;
  while (words < target) {
    if (headings > 0 && blocks.length >= 4 && rng() < 0.15) {
      blocks.push({ heading: true, text: `${cap(w.adj())} ${w.noun()} ${pick(rng, PREPOSITIONS)} ${w.noun()}` });
      headings--;
      continue;
    }
    const n = int(rng, 1, 3);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(w.sentence(open, close));
    const text = parts.join(" ");
    if (!pullQuote && text.startsWith(open)) pullQuote = text;
    blocks.push({ heading: false, text });
    words += text.split(" ").length;
  }
  if (!pullQuote) {
    pullQuote = w.quote(open, close);
    blocks.splice(Math.min(2, blocks.length), 0, { heading: false, text: pullQuote });
  }
  const related: string[] = [];
  for (let i = int(rng, 3, 5); i > 0; i--) related.push(w.headline());
  const date = stamp(rng);
  const updated = { ...date, minute: Math.min(59, date.minute + int(rng, 0, 30)) };
  return {
    topic, title, date, updated, blocks, related, pullQuote,
    standfirst: `${cap(w.clause())}.`,
    author: lex.person(zipfRank(rng, 1.5) + 100000),
    dateline: topic.places[0] ?? "Orvana",
  };
}
