/**
 * Capitalised runs → name mentions. A run is a sequence of capitalised words
 * with no punctuation between them ("NATO Secretary General Jens Stoltenberg");
 * it is trimmed of function words, dates and numbers, and split at office
 * titles into the organisation/country and the person.
 */
import type { Token } from "./tokens.ts";
import {
  FUNCTION_WORDS,
  FURNITURE_SLUGS,
  GENERIC_STARTERS,
  MONTHS,
  NAME_CONNECTORS,
  ORG_WORDS,
  PLACE_FIRST,
  PLACE_WORDS,
  PORTFOLIO_WORDS,
  ROLE_WORDS,
  STATE_FORMS,
  WEAK_ROLE_WORDS,
  WEEKDAYS,
  lexKind,
} from "./lexicon.ts";

/** A name as printed, with what its place in the text says about it. */
export interface Mention {
  words: Token[];
  /** From an office title: "person" follows it, "affiliation" precedes it. */
  hint: "person" | "affiliation" | null;
  /** The lower-case word before and after the run (for "in Kherson", "Stoltenberg said"). */
  prev: string;
  next: string;
  /** The run began a sentence, so its capital proves nothing by itself. */
  atSentenceStart: boolean;
  /** A number follows ("Route 7", "Article 5"): a label, not a name. */
  numbered: boolean;
}

/** Finds the capitalised runs of one segment. `tokens` come from tokenize(). */
export function findRuns(tokens: readonly Token[], seenMidSentence: (lower: string) => boolean): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap || t.num) {
      i++;
      continue;
    }
    let j = i + 1;
    let end = t.poss || t.breakAfter ? i + 1 : 0;
    while (end === 0 && j < tokens.length) {
      const u = tokens[j]!;
      if (u.breakBefore) break;
      if (u.cap && !u.num) {
        j++;
        if (u.poss || u.breakAfter) end = j;
        continue;
      }
      // "Bank of England", "Santa Lucía del Mar", "Sala de lo Contencioso": particles between capitalised words.
      let k = j;
      while (k < j + 2 && k < tokens.length && NAME_CONNECTORS.has(tokens[k]!.text) && !tokens[k]!.breakBefore) k++;
      const after = tokens[k];
      if (k > j && after && after.cap && !after.breakBefore && !after.num) {
        j = k;
        continue;
      }
      break;
    }
    if (end === 0) end = j;
    const words = tokens.slice(i, end);
    const prev = i > 0 && !t.breakBefore ? tokens[i - 1]!.lower : "";
    const nextToken = tokens[end];
    const next = nextToken && !nextToken.breakBefore ? nextToken.lower : "";
    const numbered = nextToken !== undefined && nextToken.num && !nextToken.breakBefore;
    for (const m of splitRun(words, t.sentStart, seenMidSentence)) {
      const mention = m as Mention;
      mention.prev = prev;
      mention.next = next;
      mention.numbered = numbered;
      mentions.push(mention);
    }
    i = end;
  }
  return mentions;
}

function splitRun(run: Token[], sentStart: boolean, seenMidSentence: (lower: string) => boolean): Array<Omit<Mention, "prev" | "next" | "numbered">> {
  // "Read Mode", "Google News": page furniture as a whole, before "Read" is trimmed off as a sentence opener.
  if (run.length > 1 && FURNITURE_SLUGS.has(run.map((w) => w.lower).join("-"))) return [];
  let words = trimRun(run);
  if (words.length === 0) return [];
  const atSentenceStart = sentStart && words[0] === run[0];
  if (words.length > 1 && atSentenceStart && isGenericStart(words[0]!) && !seenMidSentence(words[0]!.lower)) {
    words = trimRun(words.slice(1));
    if (words.length === 0) return [];
  }
  const startFlag = atSentenceStart && words[0] === run[0];
  const of = splitAtOf(words);
  if (of) return [...(of[0].length > 0 ? splitRun(of[0], sentStart, seenMidSentence) : []), ...splitRun(of[1], false, seenMidSentence)];
  const roles = words.map((_, k) => isRole(words, k));
  const first = roles.indexOf(true);
  if (first < 0) return [{ words, hint: null, atSentenceStart: startFlag }];
  const last = roles.lastIndexOf(true);
  let before = first;
  while (before > 0 && PORTFOLIO_WORDS.has(words[before - 1]!.lower)) before--;
  let after = last + 1;
  while (after < words.length - 1 && PORTFOLIO_WORDS.has(words[after]!.lower)) after++;
  const out: Array<Omit<Mention, "prev" | "next" | "numbered">> = [];
  const head = trimRun(words.slice(0, before));
  if (head.length > 0) out.push({ words: head, hint: "affiliation", atSentenceStart: startFlag });
  const tail = trimRun(words.slice(after));
  if (tail.length > 0 && tail.length <= 4) {
    const kind = lexKind(tail.map((w) => w.lower).join(" "));
    // "Minister of Choutelstad City Water Holdings": an institution after the office, not its holder.
    const last = tail[tail.length - 1]!.lower;
    const institution = kind === "place" || kind === "organisation" || ORG_WORDS.has(last) || PLACE_WORDS.has(last);
    out.push({ words: tail, hint: institution ? "affiliation" : "person", atSentenceStart: false });
  }
  return out;
}

/** Offices written in capitals ("PM Jonas Velt", "CEO Daniel Okoro"). */
const ROLE_ACRONYMS = new Set(["pm", "ceo", "mp", "mep", "cfo", "coo"]);

/**
 * "Ingrid Sahl of Corvenia" is a person and a country; "Bank of England" and
 * "Kalvik Institute of International Affairs" stay whole (one word before "of",
 * or an organisation or place word before it).
 */
function splitAtOf(words: Token[]): [Token[], Token[]] | null {
  const k = words.findIndex((w) => w.text === "of");
  if (k === 1 && STATE_FORMS.has(words[0]!.lower)) return [[], words.slice(2)];
  if (k < 2) return null;
  const before = words[k - 1]!.lower;
  if (ORG_WORDS.has(before) || PLACE_WORDS.has(before) || PLACE_FIRST.has(words[0]!.lower)) return null;
  return [words.slice(0, k), words.slice(k + 1)];
}

function isRole(words: readonly Token[], k: number): boolean {
  const w = words[k]!;
  if (w.acronym ? ROLE_ACRONYMS.has(w.lower) : ROLE_WORDS.has(w.lower)) return true;
  if (!WEAK_ROLE_WORDS.has(w.lower)) return false;
  const prev = words[k - 1];
  const next = words[k + 1];
  return (prev !== undefined && ROLE_WORDS.has(prev.lower)) || (next !== undefined && lexKind(next.lower) === "person-first");
}

/** A sentence's first word that is an ordinary word ("But", "Read", "Western"), not part of the name after it. */
function isGenericStart(w: Token): boolean {
  if (w.acronym) return false;
  if (FUNCTION_WORDS.has(w.lower) || GENERIC_STARTERS.has(w.lower)) return true;
  return lexKind(w.lower) === "common";
}

/** Drops function words, dates, numbers and particles from both ends of a run. */
function trimRun(words: Token[]): Token[] {
  let a = 0;
  let b = words.length;
  while (a < b && isEdgeJunk(words[a]!, words[a + 1], true)) a++;
  while (b > a && isEdgeJunk(words[b - 1]!, words[b - 2], false)) b--;
  return a === 0 && b === words.length ? words : words.slice(a, b);
}

function isEdgeJunk(w: Token, neighbour: Token | undefined, leading: boolean): boolean {
  if (w.num) return true;
  if (w.acronym) return false;
  // "Sun 9 Jun" goes; "Santa Lucía del Mar" keeps its "Mar" (an abbreviation inside a longer name).
  const abbreviation = w.text.length <= 4 && w.lower !== "may" && neighbour !== undefined;
  if (WEEKDAYS.has(w.lower)) return !abbreviation;
  // "Theresa May" keeps its May; "May 2023" and "June" do not.
  if (MONTHS.has(w.lower)) return !abbreviation && !(w.lower === "may" && !leading && neighbour && lexKind(neighbour.lower) === "person-first");
  if (NAME_CONNECTORS.has(w.text)) return true;
  return leading && FUNCTION_WORDS.has(w.lower);
}
