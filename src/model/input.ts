/** What the site model is built from: one analysed article each, plus build-wide facts. */
import type { ArticleRecord } from "../record/schema.ts";
import type { TopicCandidate } from "../topics/extract.ts";
import type { Fingerprint } from "../similarity/index.ts";
import type { SearchDocStats } from "../search/index.ts";

/** Everything derived from one article file; cached per file by content hash and parser version. */
export interface AnalysedArticle {
  record: ArticleRecord;
  /** The article's own topics, before archive-wide merging. */
  topics: TopicCandidate[];
  fp: Fingerprint;
  search: SearchDocStats;
  /** Words in the body (for reading time). */
  words: number;
  /** Hashes of the raw file's short lines (see src/model/outlet-furniture.ts); [] for a hand-edited record. */
  lines: number[];
}

/** A file that is not published at all, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}
