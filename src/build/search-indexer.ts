/**
 * A build session's search indexer: one worker thread that holds every document's search statistics between
 * builds and makes the index files (postings, lexicon, facets, document keys) while the main thread builds
 * the site model. A rebuild sends it only the documents that are new or changed, and every document's facets.
 *
 * Only sessions use it (session.ts): a one-shot build would have to send every document's statistics (~5 kB
 * each) for a gain of a few hundred milliseconds. The files are the same as search/build.ts makes inline.
 */
import type { Worker } from "node:worker_threads";
import type { FacetEntry } from "../search/build.ts";
import type { SearchStoreEntry } from "../search/store.ts";
import type { FieldStats, SearchDocStats } from "../search/prepare.ts";
import type { IndexedFile, IndexReply, IndexRequest } from "./search-worker.ts";
import { dispatch, startWorker } from "./workers.ts";

export type { IndexedFile } from "./search-worker.ts";

/** A session build's search index: the index files, being made by the worker, and the entries in ref order. */
export interface SessionIndex {
  files: Promise<IndexedFile[]>;
  /** The store entries sorted as the index numbers them (sortForIndex), for the document files. */
  entries: readonly SearchStoreEntry[];
}

/**
 * Above this many documents the session indexes in its main thread, as a one-shot build does: the worker's
 * copy of every document's statistics (~5 kB each) would push a 100,000-article session past its memory.
 */
export const INDEXER_MAX_DOCS = 50_000;

export class SearchIndexer {
  /** What the worker holds: the statistics last sent for each ref. */
  private sent = new Map<string, SearchDocStats>();

  private constructor(private readonly worker: Worker) {}

  static start(): SearchIndexer {
    return new SearchIndexer(startWorker("search-worker"));
  }

  /** The index files of these documents, sorted by search/build.ts's sortForIndex. */
  async index(sorted: { docs: readonly SearchDocStats[]; entries: readonly FacetEntry[] }): Promise<IndexedFile[]> {
    const next = new Map<string, SearchDocStats>();
    const request: IndexRequest = {
      docs: sorted.docs.map((d) => {
        next.set(d.ref, d);
        const before = this.sent.get(d.ref);
        return [d.ref, before !== undefined && sameStats(before, d) ? null : d];
      }),
      facets: sorted.entries.map(({ ref, date, outlet, topics, year }) => ({ ref, date, outlet, topics, year })),
    };
    let files: IndexedFile[] = [];
    try {
      await dispatch<IndexRequest, IndexReply>([this.worker], [request], {
        name: "search index",
        inFlight: 1,
        post: (worker, chunk) => worker.postMessage(chunk),
        onReply: (reply) => {
          if ("error" in reply) throw new Error(`search index: ${reply.error}`);
          files = reply.files;
        },
      });
    } catch (error) {
      this.sent = new Map();
      throw error;
    }
    this.sent = next;
    return files;
  }

  async close(): Promise<void> {
    this.sent = new Map();
    await this.worker.terminate();
  }
}

function sameStats(a: SearchDocStats, b: SearchDocStats): boolean {
  return a === b || a.fields.every((f, i) => sameField(f, b.fields[i]!));
}

function sameField(a: FieldStats, b: FieldStats): boolean {
  if (a === b) return true;
  return a.length === b.length && a.terms === b.terms && sameArray(a.counts, b.counts) && (a.masks === b.masks || (a.masks !== undefined && b.masks !== undefined && sameArray(a.masks, b.masks)));
}

function sameArray(a: Uint32Array, b: Uint32Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
