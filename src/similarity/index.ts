/**
 * Similarity: exact and near duplicates (content hash, MinHash/LSH) and related articles (O(N·k)).
 * Pure functions, no file I/O. See docs/SIMILARITY.md for the algorithms and measured numbers.
 */

export {
  fingerprint,
  normaliseForHash,
  decodeSignature,
  estimateJaccard,
  FINGERPRINT_VERSION,
  MINHASH_SIZE,
  SHINGLE_WORDS,
  MAX_TERMS,
  type Fingerprint,
} from "./fingerprint.ts";
export { findDuplicates, exactDuplicates, nearDuplicates, NearMemo, NEAR_THRESHOLD, ROWS, BANDS, MAX_BUCKET_PAIRS, type DuplicateInput, type Duplicates } from "./duplicates.ts";
export {
  relatedArticles,
  RelatedMemo,
  octave,
  TOPIC_SHARE,
  MAX_TERM_KEYS,
  MAX_TOPIC_KEYS,
  WINDOW,
  MIN_SCORE,
  IDF_REFERENCE,
  type RelatedInput,
} from "./related.ts";
export { compareIds } from "./order.ts";
