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

/**
 * Version of every file under /search/. The client refuses data of any other version.
 * 3: one file per document holding all its body chunks (`DocRecord`), instead of one file per chunk.
 * 4: document files named by a key derived from the document's ref (`KeyPart`), not by its id.
 */
export const FORMAT_VERSION = 4;

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
  /** Documents per key file (/search/keys/<n>.js). */
  keyChunk: number;
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
 * /search/keys/<n>.js: the file key of each document of the chunk (`keyChunk` documents), `KEY_WIDTH`
 * characters each, in id order. Document files are named by key, not by id: ids are positions in ref order,
 * so one article added or deleted early in that order shifts every later id, and id-named files would all be
 * rewritten (10,000 files for one new article). A key depends only on the document's ref, and on the other
 * refs only when two refs' hashes collide (src/search/doc-keys.ts).
 */
export interface KeyPart {
  keys: string;
}

/** Characters per document key: base 36, 36^5 ≈ 60 million keys. */
export const KEY_WIDTH = 5;

/**
 * /search/docs/<key[0..1]>/<key>.js: what a result shows, and its whole body cut into chunks (src/search/chunks.ts),
 * one file per document. A result loads its document's file and cuts the snippet from the chunk holding most
 * of its matched words (`SearchEngine.chunkOf`).
 *
 * One file per document, not one per chunk: creating files is the expensive part of writing the index, and a
 * 600-word body has ~3.4 chunks. A result still costs one request, of ~5 kB instead of ~1.7 kB.
 * @example { ref: "001_x.txt", url: "/2022/11/10/grid-pact/", title: "Grid pact signed", date: "2022-11-10", outlet: null, topics: [], chunks: ["The grid pact … ", "… was signed."] }
 */
export interface DocRecord extends Pick<SearchStoreEntry, "ref" | "url" | "title" | "date" | "outlet" | "topics"> {
  /**
   * The body's chunks in order (their concatenation is the plain body); `[summary]` when the body is empty.
   * Never empty. Chunk c is the one bit c of a body posting's chunk mask refers to.
   */
  chunks: string[];
}

export const META_PATH = "/search/meta.js";
export const FACET_DICT_PATH = "/search/facets/dict.js";
export const partPath = (n: number): string => `/search/index/${n}.js`;
export const lexiconPath = (len: number): string => `/search/lexicon/${len}.js`;
export const facetPath = (n: number): string => `/search/facets/${n}.js`;
export const keyPath = (n: number): string => `/search/keys/${n}.js`;
/** The key of document `id` in its key file's data. */
export const keyAt = (part: KeyPart, id: number, keyChunk: number): string => {
  const at = (id % keyChunk) * KEY_WIDTH;
  return part.keys.slice(at, at + KEY_WIDTH);
};
/** The file of the document with key `key`. @example docPath("k3x9a") → "/search/docs/k3/k3x9a.js" */
export const docPath = (key: string): string => `/search/docs/${key.slice(0, 2)}/${key}.js`;
