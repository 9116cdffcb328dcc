/**
 * The kind of a named candidate (person, place, organisation, subject) by
 * votes: compromise's lexicon for the name and its words, the words that end
 * organisation and place names, office titles, and the words around each mention
 * ("in Kherson", "Kherson region", "Estnet said").
 */
import type { TopicKind } from "../record/schema.ts";
import type { NameCandidate } from "./names.ts";
import { ORG_WORDS, PERSON_BEFORE, PLACE_FIRST, PLACE_FOLLOWERS, PLACE_PREPOSITIONS, PLACE_WORDS, SPEECH_VERBS, lexKind } from "./lexicon.ts";

type Votes = Record<TopicKind, number>;

export function classify(c: NameCandidate): TopicKind {
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
  // Names of people are made of names, not of ordinary words ("Pazar Market", "Lumenta Pocket").
  const nameLike = !single && words.every((w) => { const k = lexKind(w); return k === "unknown" || k === "person-first" || k === "person-last"; });
  if (!single) {
    if (lexKind(first) === "person-first") v.person += 2;
    if (lexKind(last) === "person-last") v.person += 1;
    if (ORG_WORDS.has(last)) v.organisation += 3;
    else if (words.some((w) => ORG_WORDS.has(w))) v.organisation += 2;
    if (PLACE_WORDS.has(last) || PLACE_FIRST.has(first)) v.place += 2;
  }
  let speech = 0;
  for (const o of c.occurrences) {
    if (o.acronym) v.organisation += 0.5;
    switch (o.hint) {
      case "person":
      case "surname":
        v.person += 3;
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
    if (PLACE_PREPOSITIONS.has(o.prev) && lexKind(first) !== "person-first") v.place += 1;
    if (PLACE_FOLLOWERS.has(o.next)) v.place += 1;
    if (PERSON_BEFORE.has(o.prev) && nameLike) v.person += 2;
    if (SPEECH_VERBS.has(o.next) || SPEECH_VERBS.has(o.prev)) speech++;
  }
  // "Estnet said": an organisation or a person; "Mikael Sarv said": a person.
  if (speech > 0) {
    if (single) v.organisation += 0.6;
    else if (nameLike) v.person += 1.5;
  }
  // With no clue at all, a lone capitalised word is most often a place, a longer name a subject.
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
