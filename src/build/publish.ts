/**
 * The full build's last stage: render the pages whose descriptor changed, write them and
 * the static files (assets, search index) through an OutputTransaction, and commit.
 */
import type { PageDescriptor, SiteContext } from "../model/pages.ts";
import type { SiteModel } from "../model/build-model.ts";
import { outputPath } from "../site/links.ts";
import { contentHash } from "../store/hash.ts";
import { OutputTransaction, manifestText, type Manifest } from "../store/output.ts";
import type { Progress } from "./progress.ts";
import type { RenderedFile } from "./render.ts";
import type { RenderPool } from "./render-pool.ts";
import { staticFiles } from "./static-files.ts";
import { whileInterruptible } from "./interrupt.ts";
import type { SessionIndex } from "./search-indexer.ts";

export interface PublishInput {
  outDir: string;
  site: SiteContext;
  model: SiteModel;
  /** The search index's files made by a session's worker (search-indexer.ts); null: made here. */
  searchIndex: SessionIndex | null;
  /** The pages to render (their descriptor hash differs from the previous build's). */
  dirty: readonly PageDescriptor[];
  /** The previous build's manifest when its files can be kept (an empty one otherwise). */
  old: Manifest;
  /** This build's manifest, with every page's descriptor hash; file hashes are added here. */
  manifest: Manifest;
  /** Keep the previous site and commit only the changes (else write a whole new site and swap it in). */
  incremental: boolean;
  /** Worker threads for a large render; null renders in this thread. */
  pool: RenderPool | null;
  /** Called once the pages are rendered: the workers' heaps (Eleventy, their chunks' descriptors) can go. */
  release: () => Promise<void>;
  progress: Progress;
  lap: (stage: string) => void;
}

/**
 * Rendering workers and the search index's writing run at the same time when there are few pages to render
 * (a rebuild), or few documents to index. Otherwise (a cold build of a large archive) the workers use every
 * core, and at 100,000 articles their heaps and the index's assembly together would raise the peak memory by
 * gigabytes. At 10,000 articles the overlap takes ~1.4 s off a cold build (render and write stages 12.2–14.0 s
 * → 10.7–12.8 s) with the same peak (1.3 GB).
 */
const OVERLAP_MAX_PAGES = 3000;
const OVERLAP_MAX_DOCS = 30_000;

export interface PublishCounts {
  written: number;
  unchanged: number;
  deleted: number;
}

export async function publishSite(input: PublishInput): Promise<PublishCounts> {
  const { old, manifest, model, progress, lap } = input;
  const tx = await OutputTransaction.begin(input.outDir, input.incremental);
  const done = whileInterruptible(() => {
    // Before the commit: clean up and exit. During a sparse commit: exit once it is done.
    if (tx.interrupt()) process.exit(130);
  });
  try {
    const counts: PublishCounts = { written: 0, unchanged: 0, deleted: 0 };
    const changes: Array<{ rel: string; content: string | Uint8Array }> = [];
    const put = (rel: string, content: string | Uint8Array, h = contentHash(content)) => {
      manifest.files[rel] = h;
      if (old.files[rel] === h) counts.unchanged++;
      else changes.push({ rel, content });
    };
    const flush = async () => {
      // Taken out first: with rendering workers, batches of pages and static files are put at the same time.
      const batch = changes.splice(0);
      await tx.writeMany(batch);
      counts.written += batch.length;
    };
    for (const p of model.pages) {
      if (manifest.pages[p.url] === old.pages[p.url]) {
        const rel = outputPath(p.url);
        manifest.files[rel] = old.files[rel]!;
        counts.unchanged++;
      }
    }
    // Rendered batch by batch and written straight away, so a cold build of a
    // large archive never holds every page's HTML at once.
    progress.stage("Rendering pages", input.dirty.length);
    const onBatch = async (files: RenderedFile[], done: number) => {
      for (const f of files) {
        if (f.content !== null) {
          put(f.rel, f.content, f.hash);
          continue;
        }
        // Written into the staging folder by a rendering worker.
        manifest.files[f.rel] = f.hash;
        tx.adopt(f.rel);
        counts.written++;
      }
      await flush();
      progress.tick(done);
    };
    /** Makes the static files and writes them; resolves once all are made, with the writing of the last batch. */
    const writeStaticFiles = async (): Promise<{ written: Promise<void> }> => {
      for (const f of await staticFiles(model, input.searchIndex)) {
        const rel = f.path.replace(/^\//, "");
        if (f.inputKey !== null) {
          manifest.inputs[rel] = f.inputKey;
          // Made from the same inputs as the file in the site: kept without being made again.
          if (old.inputs[rel] === f.inputKey && old.files[rel] !== undefined) {
            manifest.files[rel] = old.files[rel];
            counts.unchanged++;
            continue;
          }
        }
        put(rel, typeof f.content === "function" ? f.content() : f.content, f.hash);
        if (changes.length >= 1000) await flush();
      }
      const written = flush();
      written.catch(() => undefined); // awaited by the caller
      return { written };
    };
    const render = async (rendering: Promise<void>) => {
      await rendering;
      await input.release();
      progress.done();
      lap("render");
    };
    const { pool } = input;
    let writing: Promise<void>;
    // NEWS_ARCHIVE_NO_OVERLAP=1 keeps them apart at any size (tests use it to take the large archive's path).
    const overlap = process.env.NEWS_ARCHIVE_NO_OVERLAP !== "1" && (input.dirty.length < OVERLAP_MAX_PAGES || model.searchDocs.length <= OVERLAP_MAX_DOCS);
    if (pool && overlap) {
      // Pages in workers: this thread writes the search index meanwhile.
      const rendering = pool.render(input.dirty, input.site, tx.folderForDirectWrites, onBatch);
      rendering.catch(() => undefined); // awaited below, after the static files
      writing = (await writeStaticFiles()).written;
      lap("write"); // made; the last of them may still be being written (awaited before the commit)
      await render(rendering);
    } else {
      // Eleventy is loaded into this thread only when it renders here (no pool).
      const inline = async () => (await import("./render.ts")).renderPages(input.dirty, input.site, onBatch);
      await render(pool ? pool.render(input.dirty, input.site, tx.folderForDirectWrites, onBatch) : inline());
      writing = (await writeStaticFiles()).written;
      lap("write");
    }
    for (const rel of Object.keys(old.files)) {
      if (!(rel in manifest.files)) {
        await tx.remove(rel);
        counts.deleted++;
      }
    }
    lap("remove");
    if (counts.written === 0 && counts.deleted === 0 && sameManifest(manifest, old)) {
      // Nothing to change (a session's warm-up): the site, its manifest included, stays as it is, mtimes and all.
      await writing;
      await tx.abort();
      return counts;
    }
    // Every file's hash is known: the manifest's text is made while the last files are being written.
    const text = manifestText(manifest);
    await writing;
    await tx.commit(text);
    if (tx.interruptedInCommit) process.exit(130);
    return counts;
  } catch (error) {
    // Stop the workers first: they may still be writing into the staging folder.
    await input.pool?.close();
    await tx.abort();
    throw error;
  } finally {
    done();
  }
}

function sameManifest(a: Manifest, b: Manifest): boolean {
  const sameRecord = (x: Record<string, string>, y: Record<string, string>) => {
    const keys = Object.keys(x);
    return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
  };
  return a.version === b.version && a.renderKey === b.renderKey && a.inputKey === b.inputKey && sameRecord(a.pages, b.pages) && sameRecord(a.files, b.files) && sameRecord(a.inputs, b.inputs);
}
