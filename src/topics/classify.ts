/**
 * The kind of a named candidate (person, place, organisation, subject) by
 * votes, summed over every mention (so one odd context is outvoted):
 *   - the name itself: compromise's lexicon for the name and its words, the words that end
 *     organisation and place names ("Kalvik Energi", "Halden Bank", "Amaro River"), office titles;
 *   - the words around each mention: "in Kherson", "Kherson region" (place), "the Kremlin",
 *     "the supermarket chain Pazar Market" (not a person), "said Seydou Bah", "coach Idrissa Kaboré"
 *     (person), "Lumenta unveils" (organisation).
 * With no clue at all a lone word is a place and a name of two or three name-like words a person.
 */
import type { TopicKind } from "../record/schema.ts";
import type { NameCandidate } from "./names.ts";
import {
  BUSINESS_VERBS,
  ORG_BEFORE,
  ORG_WORDS,
  PERSON_BEFORE,
  PLACE_FIRST,
  PLACE_FOLLOWERS,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  SPEECH_VERBS,
  lexKind,
} from "./lexicon.ts";

type Votes = Record<TopicKind, number>;

/**
 * `namesInArticle`: lower-case one-word names of the same article ("tarsia"): a longer name that starts
 * with one ("Tarsia Open", "Kalvik Energi") is named after it, so it is not a person.
 */
export function classify(c: NameCandidate, namesInArticle: ReadonlySet<string> = EMPTY): TopicKind {
  const v: Votes = { person: 0, place: 0, organisation: 0, subject: 0 };
  const words = c.words;
  const single = words.length === 1;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const whole = lexKind(words.join(" "));
  if (whole === "place") v.place += 4;
  else if (whole === "organisation") v.organisation += 4;
  else if (whole === "person-last") v.person += 2;
  else if (whole === "person-first") v.person += single ? 1 : 2;
  const firstKind = lexKind(first);
  // Names of people are made of names, not of ordinary words ("Pazar Market", "Lumenta Pocket"),
  // and are not named after a place of the article ("Tarsia Open").
  const nameLike =
    !single &&
    words.length <= 3 &&
    !namesInArticle.has(first) &&
    (firstKind === "unknown" || firstKind === "person-first") &&
    words.every((w, i) => {
      const k = lexKind(w);
      // A surname may be an ordinary word elsewhere ("Seydou Bah", "Derya Tan"); a first word may not.
      return k === "unknown" || k === "person-first" || k === "person-last" || (i > 0 && !ORG_WORDS.has(w) && !PLACE_WORDS.has(w) && k !== "place" && k !== "organisation");
    });
  const orgEnding = !single && ORG_WORDS.has(last);
  if (!single) {
    if (firstKind === "person-first") v.person += 2;
    if (lexKind(last) === "person-last") v.person += 1;
    if (orgEnding) v.organisation += 3;
    else if (words.some((w) => ORG_WORDS.has(w))) v.organisation += 2;
    if (PLACE_WORDS.has(last) || PLACE_FIRST.has(first)) v.place += 2;
  }
  let speech = 0;
  for (const o of c.occurrences) {
    if (o.acronym) v.organisation += 0.5;
    switch (o.hint) {
      case "person":
      case "surname":
        // An office before an organisation's name ("Minister of ... Holdings") does not make it a person.
        v.person += orgEnding ? 0.5 : 3;
        break;
      case "demonym":
        v.place += 2;
        break;
      case "affiliation":
        if (o.acronym) v.organisation += 1;
        else v.place += 0.5;
        break;
      default:
        break;
    }
    if (PLACE_PREPOSITIONS.has(o.prev) && firstKind !== "person-first") v.place += 1;
    if (PLACE_FOLLOWERS.has(o.next)) v.place += 1;
    if (PERSON_BEFORE.has(o.prev) && nameLike) v.person += 2;
    if (ORG_BEFORE.has(o.prev)) v.organisation += 2;
    // "the Kremlin", "the Nord Stream pipelines": never a person.
    if (o.prev === "the" || o.prev === "el" || o.prev === "la") {
      v.organisation += single ? 0.5 : 1;
      v.place += single ? 0.5 : 0;
      v.person -= 2;
    }
    if (BUSINESS_VERBS.has(o.next)) v.organisation += 1.5;
    if (SPEECH_VERBS.has(o.next) || SPEECH_VERBS.has(o.prev)) speech++;
  }
  // "Estnet said": an organisation or a person; "Mikael Sarv said", "said Seydou Bah": a person.
  if (speech > 0) {
    if (single) v.organisation += 0.6;
    else if (nameLike) v.person += 1.5;
  }
  // With no clue at all, a lone capitalised word is most often a place, two or three name-like words
  // a person ("Selin Avci and Derya Tan"), anything longer a subject.
  if (nameLike && v.place === 0 && v.organisation === 0) v.person += 1;
  let best: TopicKind = single ? "place" : "subject";
  let top = 0;
  for (const kind of ["person", "place", "organisation", "subject"] as const) {
    if (v[kind] > top) {
      top = v[kind];
      best = kind;
    }
  }
  return best;
}

const EMPTY: ReadonlySet<string> = new Set();
