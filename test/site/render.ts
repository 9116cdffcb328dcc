/** Renders page descriptors in memory through the real templates, as the build does. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Eleventy } from "@11ty/eleventy";
import type { PageDescriptor, PageKind, SiteContext } from "../../src/model/pages.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const KINDS: PageKind[] = ["article", "home", "topic", "topics", "year", "month", "outlet", "outlets", "archive", "undated", "search", "report", "feed", "sitemap"];
/** Kinds rendered by templates this test suite owns (search.11ty.ts belongs to the search engineer). */
export const SITE_KINDS = KINDS.filter((k) => k !== "search");

export interface Rendered {
  url: string;
  /** Relative to the output folder, with "/" separators ("2022/11/10/a/index.html"). */
  outputPath: string;
  content: string;
}

/** Renders `pages`; returns the results keyed by site URL. */
export async function renderPages(pages: readonly PageDescriptor[], site: SiteContext): Promise<Map<string, Rendered>> {
  const batch: Record<string, PageDescriptor[]> = Object.fromEntries(KINDS.map((k) => [k, []]));
  for (const p of pages) batch[p.kind]!.push(p);
  const outDir = path.join(ROOT, "_site.test-site");
  const eleventy = new Eleventy(path.join(ROOT, "templates"), outDir, {
    quietMode: true,
    configPath: path.join(ROOT, ".eleventy.ts"),
    config(c: { addGlobalData(name: string, value: unknown): void }) {
      c.addGlobalData("batch", batch);
      c.addGlobalData("site", site);
    },
  });
  const results = (await eleventy.toJSON()) as Array<{ url: string; outputPath: string | false; content: string }>;
  const out = new Map<string, Rendered>();
  for (const r of results) {
    if (r.outputPath === false) continue;
    const rel = path.relative(outDir, path.resolve(ROOT, r.outputPath)).split(path.sep).join("/");
    out.set(r.url, { url: r.url, outputPath: rel, content: r.content });
  }
  return out;
}

/** The rendered page at `url`, or a failure naming what was rendered instead. */
export function get(rendered: Map<string, Rendered>, url: string): Rendered {
  const r = rendered.get(url);
  if (!r) throw new Error(`no page rendered at ${url}; rendered: ${[...rendered.keys()].join(", ")}`);
  return r;
}
