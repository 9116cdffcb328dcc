/**
 * The serialized search index: shared by the builder (src/search/) and the browser program (src/client/).
 *
 * Every data file is a classic script that calls one global function, so the index loads from `file://`
 * (no fetch/XHR of local files) as well as over http:
 *
 *     __newsArchiveSearch(1,"/search/index/12.js",{...});
 *
 * Arguments: the format version, the file's own site path (the loader matches it to the request), the data.
 * Bump FORMAT_VERSION whenever any file's shape or meaning changes; the client refuses other versions.
 */
import type { SearchStoreEntry } from "./store.ts";

/** Version of every file under /search/. The client refuses data of any other version. */
export const FORMAT_VERSION = 2;

/** The global function every data file calls. */
export const REGISTER_GLOBAL = "__newsArchiveSearch";

/** Indexed fields, in lunr.Builder order (the order matters for identical term indices and tie order). */
export const FIELDS = ["title", "topics", "outlet", "body"] as const;
export type SearchField = (typeof FIELDS)[number];

/** Lunr's BM25 parameters (lunr.Builder defaults). */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** Terms longer than this share one lexicon file. */
export const LEXICON_MAX_LEN = 20;

/** /search/meta.js: the small file every query loads first. */
export interface SearchMeta {
  /** Number of documents; document ids are 0 … docCount-1 in ref order. */
  docCount: number;
  fields: SearchField[];
  /** First term of each index part, sorted; part i holds the terms in [parts[i], parts[i+1]). */
  parts: string[];
  /** Lexicon files by term length (index = length, the last one holds every longer term); null when empty. */
  lexicon: Array<string | null>;
  /** Documents per facet chunk (/search/facets/<n>.js). */
  facetChunk: number;
  facetChunks: number;
  /** Documents per folder of /search/docs/. */
  docFolder: number;
}

/** /search/index/<n>.js: the postings of a range of terms. */
export interface IndexPart {
  /**
   * One row per term: [term, lunr term index, posting per field in FIELDS order].
   * A posting is a varint stream (see codec.ts) of pairs (doc id delta, round(score × 1000)), where the score
   * is the term's field-vector component exactly as lunr.Builder computes it. Body postings are triples:
   * (doc id delta, round(score × 1000), chunk mask), bit c of the mask = the term occurs in body chunk c.
   */
  terms: Array<[string, number, string, string, string, string]>;
}

/** /search/lexicon/<len>.js: every indexed term of one length, sorted, joined by " " (terms contain no spaces). */
export interface LexiconPart {
  terms: string;
}

/** /search/facets/dict.js: facet values, most frequent first (their position is their id). */
export interface FacetDict {
  outlets: Array<[name: string, count: number]>;
  years: Array<[year: string, count: number]>;
  topics: Array<[name: string, count: number]>;
}

/**
 * /search/facets/<n>.js: per document of the chunk, a varint stream of
 * dateRank (0 = newest; docCount for undated), outlet id + 1 (0 = none), year id + 1, topic count, topic ids.
 */
export interface FacetPart {
  docs: string;
}

/**
 * /search/docs/<folder>/<id>-<chunk>.js: what a result shows, and one chunk of its body (src/search/chunks.ts)
 * to cut the snippet from. A result loads the one chunk holding most of its matched words.
 */
export interface DocChunk extends Pick<SearchStoreEntry, "ref" | "url" | "title" | "date" | "outlet" | "topics"> {
  /** This chunk's text (the summary when the body is empty). */
  text: string;
  /** Chunk number and number of chunks of the body (for the leading/trailing "…"). */
  chunk: number;
  chunks: number;
}

export const META_PATH = "/search/meta.js";
export const FACET_DICT_PATH = "/search/facets/dict.js";
export const partPath = (n: number): string => `/search/index/${n}.js`;
export const lexiconPath = (len: number): string => `/search/lexicon/${len}.js`;
export const facetPath = (n: number): string => `/search/facets/${n}.js`;
export const docPath = (id: number, chunk: number, perFolder: number): string => `/search/docs/${Math.floor(id / perFolder)}/${id}-${chunk}.js`;
