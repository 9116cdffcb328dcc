/**
 * Benchmarks of the search index, for scripts/bench.ts: build time against lunr's default builder, bytes
 * each query loads, and (benchSearchBrowser) keystroke → rendered results in Chromium from file://.
 */
import vm from "node:vm";
import lunr from "lunr";
import { SearchEngine } from "../client/engine.ts";
import { FacetStore } from "../client/facets.ts";
import { Registry, type Loader } from "../client/registry.ts";
import { buildSearchFiles, type SearchFile } from "./build.ts";
import { FACET_DICT_PATH, REGISTER_GLOBAL, facetPath } from "./format.ts";
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
  /** prepareSearchDoc for every doc + buildSearchFiles (wall ms). */
  buildMs: number;
  prepareMs: number;
  assembleMs: number;
  /** CPU time (process.cpuUsage, user + system) of the same steps; on a shared machine wall time is noisy. */
  buildCpuMs: number;
  prepareCpuMs: number;
  assembleCpuMs: number;
  /** lunr's default builder over the same docs (wall ms, and CPU ms); null when skipped. */
  lunrDefaultMs: number | null;
  lunrDefaultCpuMs: number | null;
  /** lunrDefaultMs / buildMs (and the same for CPU time). */
  ratio: number | null;
  cpuRatio: number | null;
  totalBytes: number;
  fileCount: number;
  /**
   * Bytes per query: `bytes` = index files (meta, parts, lexicon); `withResults` = everything the search page
   * loads for the query (index files + the document file of each of the first 20 results); `withFacets` = that
   * plus the facet data the filter counts use once the filters are opened (a sample of the hits' facet chunks
   * when they span more than 8; a filter or "newest first" loads the chunks of all hits).
   */
  bytesPerQuery: Array<{ query: string; bytes: number; withResults: number; withFacets: number; hits: number }>;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

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
  const [t0, c0] = [performance.now(), cpuMs()];
  const prepared = docs.map((d) => prepareSearchDoc(d.doc));
  const [t1, c1] = [performance.now(), cpuMs()];
  // As a rebuild gets them: from the build's v8-serialized cache (fresh strings, no shared term objects). Not timed.
  const stats = structuredClone(prepared);
  const [t1b, c1b] = [performance.now(), cpuMs()];
  const files = buildSearchFiles(stats, docs.map((d) => d.entry));
  const [t2, c2] = [performance.now(), cpuMs()];

  let lunrDefaultMs: number | null = null;
  let lunrDefaultCpuMs: number | null = null;
  if (options.lunrDefault ?? true) {
    const [s, sc] = [performance.now(), cpuMs()];
    lunr(function () {
      this.ref("ref");
      for (const f of ["title", "topics", "outlet", "body"]) this.field(f);
      for (const d of docs) this.add({ ref: d.doc.ref, ...searchFieldTexts(d.doc) });
    });
    lunrDefaultMs = performance.now() - s;
    lunrDefaultCpuMs = cpuMs() - sc;
  }

  const loader = measuringLoader(files);
  const bytesPerQuery: SearchBenchResult["bytesPerQuery"] = [];
  for (const query of options.queries ?? BENCH_QUERIES) {
    loader.reset();
    const engine = await SearchEngine.open(loader.load);
    const hits = await engine.search(query);
    const bytes = loader.bytes();
    // What the page loads for the first screen: the key file and the document file of each of the first 20 results (page.ts).
    const meta = engine.meta;
    await Promise.all(hits.slice(0, 20).map(async (h) => loader.load(await engine.docPath(h.id))));
    const withResults = loader.bytes();
    // With the filters opened: the dictionary and the facet chunks the counts use (page.ts: FacetStore.sampleOf).
    const counted = new FacetStore(meta, loader.load).sampleOf(hits.map((h) => h.id)).ids;
    const chunks = new Set(counted.map((id) => Math.floor(id / meta.facetChunk)));
    await Promise.all([...[...chunks].map((c) => loader.load(facetPath(c))), loader.load(FACET_DICT_PATH)]);
    bytesPerQuery.push({ query, bytes, withResults, withFacets: loader.bytes(), hits: hits.length });
  }
  const buildMs = t1 - t0 + (t2 - t1b);
  const buildCpuMs = c1 - c0 + (c2 - c1b);
  return {
    buildMs,
    prepareMs: t1 - t0,
    assembleMs: t2 - t1b,
    buildCpuMs,
    prepareCpuMs: c1 - c0,
    assembleCpuMs: c2 - c1b,
    lunrDefaultMs,
    lunrDefaultCpuMs,
    ratio: lunrDefaultMs === null ? null : lunrDefaultMs / buildMs,
    cpuRatio: lunrDefaultCpuMs === null ? null : lunrDefaultCpuMs / buildCpuMs,
    totalBytes: files.reduce((n, f) => n + Buffer.byteLength(f.content), 0),
    fileCount: files.length,
    bytesPerQuery,
  };
}

export interface BrowserBenchResult {
  query: string;
  /** Keystroke (input event) → first results rendered, on a freshly opened search page (ms; median of the runs). */
  coldMs: number;
  /** The same on a page that has already run other queries (ms; median). */
  warmMs: number;
  /** Every run, for the spread. */
  coldRuns: number[];
  warmRuns: number[];
  /** Bytes of the data files (under /search/) the cold page loaded for the query, and how many files. */
  coldBytes: number;
  coldFiles: number;
}

/** Site paths of the data files the page has requested (script-loader.ts keeps the list for benchmarks). */
export const LOADED_GLOBAL = "__newsArchiveSearchLoaded";

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * Measures keystroke → rendered results in headless Chromium, opening `siteDir/search/index.html` from file://.
 * The time includes the search-as-you-type debounce (60 ms), loading the index parts, scoring, loading the
 * 20 shown results' document files and rendering them. `runs` (default 3) cold and warm measurements per query.
 */
export async function benchSearchBrowser(siteDir: string, queries: string[] = BENCH_QUERIES, executablePath = "/usr/bin/chromium", runs = 3): Promise<BrowserBenchResult[]> {
  const { chromium } = await import("playwright-core");
  const { pathToFileURL } = await import("node:url");
  const { join } = await import("node:path");
  const { statSync } = await import("node:fs");
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
  type Page = import("playwright-core").Page;
  const measure = (page: Page, q: string): Promise<number> => page.evaluate(`(${IN_PAGE})(${JSON.stringify(q)})`) as Promise<number>;
  const ready = (page: Page) => page.waitForFunction(() => document.getElementById("search-status")!.textContent!.startsWith("Type a word"));
  const loaded = (page: Page) => page.evaluate(`(window.${LOADED_GLOBAL} || []).slice()`) as Promise<string[]>;
  const size = (path: string): number => {
    try {
      return statSync(join(siteDir, path.replace(/^\//, ""))).size;
    } catch {
      return 0;
    }
  };
  const out: BrowserBenchResult[] = [];
  try {
    const warmPage = await browser.newPage();
    await warmPage.goto(url);
    await ready(warmPage);
    await measure(warmPage, "warmup");
    for (const query of queries) {
      const coldRuns: number[] = [];
      const warmRuns: number[] = [];
      let coldPaths: string[] = [];
      for (let r = 0; r < runs; r++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(url);
        await ready(page);
        const before = new Set(await loaded(page));
        coldRuns.push(await measure(page, query));
        await page.waitForTimeout(100); // anything loaded right after the first render counts too
        coldPaths = (await loaded(page)).filter((p) => !before.has(p));
        await context.close();
        await warmPage.fill("#search-q", "");
        await ready(warmPage);
        warmRuns.push(await measure(warmPage, query));
      }
      const allPaths = [...new Set(coldPaths)];
      out.push({
        query,
        coldMs: median(coldRuns),
        warmMs: median(warmRuns),
        coldRuns,
        warmRuns,
        coldBytes: allPaths.reduce((n, p) => n + size(p), 0) + size("/search/meta.js"),
        coldFiles: allPaths.length + 1,
      });
    }
  } finally {
    await browser.close();
  }
  return out;
}
