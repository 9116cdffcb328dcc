/** Worker thread: renders chunks of page descriptors sent by src/build/render-pool.ts. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort } from "node:worker_threads";
import type { PageDescriptor, SiteContext } from "../model/pages.ts";
import { renderPages, warmUp, type RenderedFile } from "./render.ts";
import { resolveInside } from "../store/output.ts";

export interface RenderChunk {
  pages: PageDescriptor[];
  site: SiteContext;
  /**
   * A full build's staging folder: the worker writes each page there itself and replies
   * with hashes only. Null: the pages come back in the reply.
   */
  writeTo: string | null;
}

export type RenderReply = { files: RenderedFile[] } | { error: string };

const madeDirs = new Set<string>();

// Load Eleventy and compile the templates now: the first chunk may be a while coming.
const warm = warmUp().catch(() => undefined);

parentPort!.on("message", async ({ pages, site, writeTo }: RenderChunk) => {
  const files: RenderedFile[] = [];
  await warm;
  // A worker kept between builds (session.ts) sees the same staging folder's name again, new and empty.
  madeDirs.clear();
  try {
    await renderPages(pages, site, async (batch) => {
      for (const f of batch) {
        if (writeTo !== null && f.content !== null) {
          writeInto(writeTo, f.rel, f.content);
          files.push({ ...f, content: null });
        } else {
          files.push(f);
        }
      }
    });
    parentPort!.postMessage({ files } satisfies RenderReply);
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies RenderReply);
  }
});

function writeInto(root: string, rel: string, content: string): void {
  const file = resolveInside(root, rel);
  const dir = path.dirname(file);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  writeFileSync(file, content);
}
