/**
 * Worker thread of a build session's search indexer (search-indexer.ts): keeps every document's statistics
 * between builds, takes in the new and changed ones, and makes the index files (search/build.ts, indexFiles).
 */
import { parentPort } from "node:worker_threads";
import { indexFiles, type FacetEntry } from "../search/build.ts";
import { PostingsMemo } from "../search/assemble.ts";
import type { SearchDocStats } from "../search/prepare.ts";
import { contentHash } from "../store/hash.ts";

export interface IndexRequest {
  /** Every document, in ref order: its statistics when they are new or changed since the last request, else null. */
  docs: Array<[ref: string, stats: SearchDocStats | null]>;
  /** Their facets, in the same order. */
  facets: FacetEntry[];
}

/** An index file with its content hash. */
export interface IndexedFile {
  path: string;
  content: string;
  hash: string;
}

export type IndexReply = { files: IndexedFile[] } | { error: string };

let held = new Map<string, SearchDocStats>();
/** The terms of the statistics held, numbered (assemble.ts): an unchanged document's are not hashed again. */
const postingsMemo = new PostingsMemo();

parentPort!.on("message", ({ docs, facets }: IndexRequest) => {
  try {
    const next = new Map<string, SearchDocStats>();
    const sorted = docs.map(([ref, stats]) => {
      const s = stats ?? held.get(ref);
      if (s === undefined) throw new Error(`search indexer: no statistics were sent for ${JSON.stringify(ref)}`);
      next.set(ref, s);
      return s;
    });
    held = next;
    const files = [...indexFiles(sorted, facets, { postingsMemo })].map((f): IndexedFile => {
      const content = f.make();
      return { path: f.path, content, hash: contentHash(content) };
    });
    parentPort!.postMessage({ files } satisfies IndexReply);
  } catch (error) {
    // The session forgets what it sent on a failure, and sends every document next time.
    held = new Map();
    postingsMemo.clear();
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies IndexReply);
  }
});
