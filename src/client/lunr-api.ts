/**
 * The parts of lunr 2.3.9 this program uses that @types/lunr does not describe (QueryParser, static
 * TokenSet builders, the real Index constructor attributes). Checked against node_modules/lunr/lunr.js.
 */
import lunr from "lunr";

export interface LunrClause {
  term: string;
  fields: string[];
  boost: number;
  usePipeline: boolean;
  editDistance?: number;
  presence: number;
}

export interface LunrQuery {
  clauses: LunrClause[];
  isNegated(): boolean;
}

export interface LunrResult {
  ref: string;
  score: number;
  matchData: { metadata: Record<string, unknown> };
}

export interface LunrIndex {
  search(q: string): LunrResult[];
}

interface Internals {
  Query: new (fields: string[]) => LunrQuery;
  QueryParser: new (q: string, query: LunrQuery) => { parse(): void };
  QueryParseError: new (...args: never[]) => Error;
  TokenSet: {
    fromArray(sorted: string[]): TokenSetLike;
    fromClause(clause: { term: string; editDistance?: number }): TokenSetLike;
  };
  Vector: new (elements: number[]) => object;
  Index: new (attrs: { invertedIndex: object; fieldVectors: object; tokenSet: TokenSetLike; fields: string[]; pipeline: lunr.Pipeline }) => LunrIndex;
  Pipeline: new () => lunr.Pipeline;
  stemmer: lunr.PipelineFunction;
  trimmer: lunr.PipelineFunction;
  Token: new (str: string, metadata: object) => lunr.Token;
}

export interface TokenSetLike {
  intersect(other: TokenSetLike): TokenSetLike;
  toArray(): string[];
}

export const L = lunr as unknown as Internals;

/** lunr's search pipeline (the stemmer only, as lunr() sets it up). */
export const searchPipeline = new L.Pipeline();
searchPipeline.add(L.stemmer);
