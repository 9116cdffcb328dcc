/**
 * Which index parts and lexicon files a query needs, worked out from lunr's own parse of it, so that the
 * partial index holds every term lunr could expand the query to.
 */
import type { SearchMeta } from "../search/format.ts";
import { LEXICON_MAX_LEN } from "../search/format.ts";
import { L, searchPipeline, type LunrQuery } from "./lunr-api.ts";

/** A query lunr cannot parse; `message` is written for the person typing. */
export class QuerySyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "QuerySyntaxError";
  }
}

export interface TermNeed {
  term: string;
  /** Exact term: the part holding it. Prefix: the parts overlapping it. Lexicon: match against these lengths first. */
  kind: "exact" | "prefix" | "lexicon";
  prefix: string;
  lengths: number[];
  editDistance: number;
}

/** Parses with lunr.QueryParser; throws QuerySyntaxError with a readable message. */
export function parseQuery(q: string, fields: readonly string[]): LunrQuery {
  const query = new L.Query([...fields]);
  try {
    new L.QueryParser(q, query).parse();
  } catch (err) {
    if (err instanceof L.QueryParseError) throw new QuerySyntaxError(friendlySyntaxMessage(err.message, fields));
    throw err;
  }
  return query;
}

function friendlySyntaxMessage(message: string, fields: readonly string[]): string {
  if (/unrecognised field/.test(message)) return `${message.replace(/^unrecognised field/, "Unknown field")}. Fields you can search: ${fields.join(", ")} (e.g. title:election).`;
  if (/expecting term|expecting a term/i.test(message)) return "Something is missing after “:”, “~” or “^”: write a word there (e.g. title:election, elect~1), or remove the symbol.";
  return `The search could not be read (${message}). Use plain words, or +word, -word, title:word, word*, word~1.`;
}

/** The term needs of every clause, after the search pipeline (stemmer). */
export function planQuery(query: LunrQuery): TermNeed[] {
  const needs: TermNeed[] = [];
  for (const clause of query.clauses) {
    const terms = clause.usePipeline ? searchPipeline.runString(clause.term) : [clause.term];
    const editDistance = clause.editDistance ?? 0;
    for (const term of terms) {
      const star = term.indexOf("*");
      if (editDistance === 0 && star === -1) needs.push({ term, kind: "exact", prefix: term, lengths: [], editDistance });
      else if (editDistance === 0 && star > 0) needs.push({ term, kind: "prefix", prefix: term.slice(0, star), lengths: [], editDistance });
      else {
        const all = star !== -1;
        const lengths: number[] = [];
        for (let len = 0; len <= LEXICON_MAX_LEN; len++) {
          if (all || Math.abs(Math.min(len, LEXICON_MAX_LEN) - term.length) <= editDistance || (len === LEXICON_MAX_LEN && term.length + editDistance >= LEXICON_MAX_LEN)) lengths.push(len);
        }
        needs.push({ term, kind: "lexicon", prefix: "", lengths, editDistance });
      }
    }
  }
  return needs;
}

/** The part holding `term` (binary search over the parts' first terms). */
export function partOf(meta: SearchMeta, term: string): number {
  let lo = 0;
  let hi = meta.parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (meta.parts[mid]! <= term) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every part that can hold a term starting with `prefix`. */
export function partsOfPrefix(meta: SearchMeta, prefix: string): number[] {
  const first = partOf(meta, prefix);
  const out = [first];
  for (let p = first + 1; p < meta.parts.length && meta.parts[p]!.startsWith(prefix); p++) out.push(p);
  return out;
}

/** Terms of the lexicon matching a clause term (lunr's own TokenSet matching, so wildcards and edit distance agree). */
export function expandWithLexicon(sortedTerms: readonly string[], need: TermNeed): string[] {
  const clause = need.editDistance > 0 ? { term: need.term, editDistance: need.editDistance } : { term: need.term };
  return L.TokenSet.fromArray([...sortedTerms]).intersect(L.TokenSet.fromClause(clause)).toArray();
}
