/**
 * Benchmarks of the search index, for scripts/bench.ts: build time against lunr's default builder, bytes
 * each query loads, and (benchSearchBrowser) keystroke → rendered results in Chromium from file://.
 */
import vm from "node:vm";
import lunr from "lunr";
import { SearchEngine } from "../client/engine.ts";
import { Registry, type Loader } from "../client/registry.ts";
import { buildSearchFiles, type SearchFile } from "./build.ts";
import { REGISTER_GLOBAL } from "./format.ts";
import { prepareSearchDoc, searchFieldTexts, type SearchDocInput } from "./prepare.ts";
import type { SearchStoreEntry } from "./store.ts";

/** Queries measured by default: single words, two words, a wildcard, fuzzy, a field query, +must -not. */
export const BENCH_QUERIES = [
  "election",
  "grid",
  "climate change",
  "central bank",
  "minister election",
  "police investigation",
  "energy prices",
  "cyber*",
  "elekt~1",
  "title:election",
  "+storm -flood",
];

export interface SearchBenchResult {
  /** prepareSearchDoc for every doc + buildSearchFiles (ms). */
  buildMs: number;
  prepareMs: number;
  assembleMs: number;
  /** lunr's default builder over the same docs (ms); null when skipped. */
  lunrDefaultMs: number | null;
  ratio: number | null;
  totalBytes: number;
  fileCount: number;
  /** Bytes of index files (meta, parts, lexicon) each query loads, and with the first 20 results' documents and facets. */
  bytesPerQuery: Array<{ query: string; bytes: number; withResults: number; hits: number }>;
}

function measuringLoader(files: readonly SearchFile[]): { load: Loader; reset: () => void; bytes: () => number } {
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  let registry = new Registry();
  let context = vm.createContext({ [REGISTER_GLOBAL]: registry.register });
  let bytes = 0;
  return {
    load: (path) =>
      registry.wait(path, (fail) => {
        const content = byPath.get(path);
        if (content === undefined) return fail(new Error(`no file ${path}`));
        bytes += Buffer.byteLength(content);
        vm.runInContext(content, context);
      }),
    reset: () => {
      registry = new Registry();
      context = vm.createContext({ [REGISTER_GLOBAL]: registry.register });
      bytes = 0;
    },
    bytes: () => bytes,
  };
}

/**
 * Builds the index for `docs` and measures it.
 * @param options.lunrDefault run lunr's default builder for the ratio (default true; ~40 s at 10,000 articles)
 */
export async function benchSearchIndex(
  docs: ReadonlyArray<{ doc: SearchDocInput; entry: SearchStoreEntry }>,
  options: { lunrDefault?: boolean; queries?: string[] } = {},
): Promise<SearchBenchResult> {
  const t0 = performance.now();
  const stats = docs.map((d) => prepareSearchDoc(d.doc));
  const t1 = performance.now();
  const files = buildSearchFiles(stats, docs.map((d) => d.entry));
  const t2 = performance.now();

  let lunrDefaultMs: number | null = null;
  if (options.lunrDefault ?? true) {
    const s = performance.now();
    lunr(function () {
      this.ref("ref");
      for (const f of ["title", "topics", "outlet", "body"]) this.field(f);
      for (const d of docs) this.add({ ref: d.doc.ref, ...searchFieldTexts(d.doc) });
    });
    lunrDefaultMs = performance.now() - s;
  }

  const loader = measuringLoader(files);
  const bytesPerQuery: SearchBenchResult["bytesPerQuery"] = [];
  for (const query of options.queries ?? BENCH_QUERIES) {
    loader.reset();
    const engine = await SearchEngine.open(loader.load);
    const hits = await engine.search(query);
    const bytes = loader.bytes();
    // What the page adds for the first screen: the documents of 20 results and the facet chunks of all hits.
    const meta = engine.meta;
    const chunks = new Set(hits.map((h) => Math.floor(h.id / meta.facetChunk)));
    await Promise.all([
      ...hits.slice(0, 20).map((h) => loader.load(`/search/docs/${Math.floor(h.id / meta.docFolder)}/${h.id}.js`)),
      ...[...chunks].map((c) => loader.load(`/search/facets/${c}.js`)),
      loader.load("/search/facets/dict.js"),
    ]);
    bytesPerQuery.push({ query, bytes, withResults: loader.bytes(), hits: hits.length });
  }
  const buildMs = t2 - t0;
  return {
    buildMs,
    prepareMs: t1 - t0,
    assembleMs: t2 - t1,
    lunrDefaultMs,
    ratio: lunrDefaultMs === null ? null : lunrDefaultMs / buildMs,
    totalBytes: files.reduce((n, f) => n + Buffer.byteLength(f.content), 0),
    fileCount: files.length,
    bytesPerQuery,
  };
}

export interface BrowserBenchResult {
  query: string;
  /** Keystroke (input event) → first result rendered, on a freshly opened search page (ms). */
  coldMs: number;
  /** The same on a page that has already run other queries (ms). */
  warmMs: number;
}

/**
 * Measures keystroke → rendered results in headless Chromium, opening `siteDir/search/index.html` from file://.
 * The time includes the search-as-you-type debounce (60 ms), loading the parts, scoring and rendering 20 results.
 */
export async function benchSearchBrowser(siteDir: string, queries: string[] = BENCH_QUERIES, executablePath = "/usr/bin/chromium"): Promise<BrowserBenchResult[]> {
  const { chromium } = await import("playwright-core");
  const { pathToFileURL } = await import("node:url");
  const { join } = await import("node:path");
  const browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const url = pathToFileURL(join(siteDir, "search", "index.html")).href;
  // Written as a string: a function from this module would carry tsx's helpers into the page.
  const IN_PAGE = `(q) => new Promise((resolve) => {
    const list = document.getElementById("search-results");
    const status = document.getElementById("search-status");
    const notice = document.getElementById("search-notice");
    const input = document.getElementById("search-q");
    const t0 = performance.now();
    const obs = new MutationObserver(() => {
      if (list.querySelector(".result") || status.textContent.startsWith("No results") || !notice.hidden) {
        obs.disconnect();
        resolve(performance.now() - t0);
      }
    });
    for (const e of [list, status, notice]) obs.observe(e, { childList: true, subtree: true, characterData: true, attributes: true });
    input.value = q;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  })`;
  const measure = (page: import("playwright-core").Page, q: string): Promise<number> => page.evaluate(`(${IN_PAGE})(${JSON.stringify(q)})`) as Promise<number>;
  const ready = (page: import("playwright-core").Page) => page.waitForFunction(() => document.getElementById("search-status")!.textContent!.startsWith("Type a word"));
  const out: BrowserBenchResult[] = [];
  try {
    const warmPage = await browser.newPage();
    await warmPage.goto(url);
    await ready(warmPage);
    await measure(warmPage, "warmup");
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      await ready(page);
      const coldMs = await measure(page, query);
      await context.close();
      await warmPage.fill("#search-q", "");
      await ready(warmPage);
      const warmMs = await measure(warmPage, query);
      out.push({ query, coldMs, warmMs });
    }
  } finally {
    await browser.close();
  }
  return out;
}
