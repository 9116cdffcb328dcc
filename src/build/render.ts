/**
 * Rendering page descriptors to HTML/XML with Eleventy, in memory.
 *
 * Decided by measurement (docs/DESIGN.md): one paginated `.11ty.ts` template per
 * page kind over the descriptors of this build, rendered with `toJSON()`, and
 * written by our own incremental writer. Eleventy renders 10,000 such pages in
 * about 0.9 s here, against ~19 s for one markdown file per page.
 */
import path from "node:path";
import { Eleventy } from "@11ty/eleventy";
import eleventyConfig, { TEMPLATES } from "../../.eleventy.ts";
import type { PageDescriptor, PageKind, SiteContext } from "../model/pages.ts";
import { outputPath } from "../site/links.ts";
import { contentHash } from "../store/hash.ts";
import { PROJECT_ROOT, TEMPLATES_DIR } from "./paths.ts";

const PAGE_KINDS = Object.keys(TEMPLATES) as PageKind[];

/** Pages rendered per Eleventy run: bounds memory on very large archives. */
const BATCH_SIZE = 10_000;

/** A rendered output file, with its content hash (computed where it was rendered). */
export interface RenderedFile {
  /** Output-relative path ("2024/05/01/slug/index.html"). */
  rel: string;
  /** The page, or null when the renderer wrote it to disk itself (see render-pool.ts). */
  content: string | null;
  hash: string;
}

/** One Eleventy run over no pages: loads Eleventy and compiles the templates, so the first real batch starts warm. */
export async function warmUp(): Promise<void> {
  await eleventyRun(emptyBatch(), { title: "", baseUrl: null, language: "en" });
}

function emptyBatch(): Record<PageKind, PageDescriptor[]> {
  // Every kind is present, empty or not: a template paginating over a missing key fails.
  return Object.fromEntries(PAGE_KINDS.map((k) => [k, [] as PageDescriptor[]])) as Record<PageKind, PageDescriptor[]>;
}

const ELEVENTY_OUT = path.join(PROJECT_ROOT, "_site");

async function eleventyRun(batch: Record<PageKind, PageDescriptor[]>, site: SiteContext): Promise<Array<{ outputPath: string | false; content: string }>> {
  const eleventy = new Eleventy(TEMPLATES_DIR, ELEVENTY_OUT, {
    quietMode: true,
    // The configuration is imported with this module, not by Eleventy (which would import the templates
    // afresh on every run, see src/site/plugin.ts).
    configPath: "",
    config(config: Parameters<typeof eleventyConfig>[0] & { addGlobalData(name: string, value: unknown): void }) {
      eleventyConfig(config);
      config.addGlobalData("batch", batch);
      config.addGlobalData("site", site);
    },
  });
  try {
    return await eleventy.toJSON();
  } catch (error) {
    throw templateError(error);
  }
}

/** Renders pages batch by batch in this thread, handing each batch to `onBatch`. */
export async function renderPages(pages: readonly PageDescriptor[], site: SiteContext, onBatch: (files: RenderedFile[], done: number) => Promise<void>): Promise<void> {
  for (let start = 0; start < pages.length; start += BATCH_SIZE) {
    const out = new Map<string, string>();
    const slice = pages.slice(start, start + BATCH_SIZE);
    const batch = emptyBatch();
    for (const p of slice) batch[p.kind].push(p);
    const results = await eleventyRun(batch, site);
    const expected = new Set(slice.map((p) => outputPath(p.url)));
    for (const r of results) {
      if (r.outputPath === false) continue;
      const rel = path.relative(ELEVENTY_OUT, path.resolve(r.outputPath)).split(path.sep).join("/");
      if (expected.has(rel)) out.set(rel, r.content);
    }
    for (const rel of expected) {
      if (!out.has(rel)) throw new Error(`Eleventy rendered no output for ${rel}: is there a template for every page kind in templates/?`);
    }
    const files = [...out].map(([rel, content]) => ({ rel, content, hash: contentHash(content) }));
    await onBatch(files, Math.min(pages.length, start + BATCH_SIZE));
  }
}


/**
 * Eleventy wraps a template's error ("Having trouble rendering 11ty.js template …");
 * the useful part is the original error and where in templates/ it was thrown.
 * The result reads "templates/article.11ty.ts:17:32: Cannot read properties of undefined".
 */
export function templateError(error: unknown): Error {
  const wrapped = (e: unknown): Error | null => {
    const inner = e instanceof Error ? (e as Error & { originalError?: unknown }).originalError : undefined;
    return inner instanceof Error ? inner : null;
  };
  let cause: unknown = error;
  for (let inner = wrapped(cause); inner !== null; inner = wrapped(cause)) cause = inner;
  const root = cause instanceof Error ? cause : new Error(String(cause));
  const frames = [root.stack ?? "", error instanceof Error ? (error.stack ?? "") : ""].join("\n");
  const at = new RegExp(`(?:file://)?${escapeRegExp(TEMPLATES_DIR)}/([^\\s:)?]+)(?:\\?[^:)]*)?:(\\d+):(\\d+)`).exec(frames);
  const where = at ? `templates/${at[1]}:${at[2]}:${at[3]}` : "templates/";
  return new Error(`${where}: ${root.message} (while rendering a page; fix the template and build again)`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
