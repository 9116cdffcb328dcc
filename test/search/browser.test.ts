/** The search program in headless Chromium: from file:// and over http. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { launchChromium, serveDirectory } from "../helpers/browser.ts";
import { syntheticArchive, type SyntheticArticle } from "./synthetic.ts";
import { writeTestSite } from "./site.ts";
import { vmLoader } from "./load.ts";
import { buildSearchFiles, prepareSearchDoc } from "../../src/search/index.ts";
import { SearchEngine } from "../../src/client/engine.ts";

function article(ref: string, title: string, body: string, outlet: string, date: string, topics: string[]): SyntheticArticle {
  return {
    doc: { ref, title, topics, outlet, body },
    entry: { ref, url: ref, title, date, outlet, topics, year: date.slice(0, 4), summary: body.slice(0, 100), body },
  };
}

const ARTICLES: SyntheticArticle[] = [
  ...syntheticArchive(60, 120, 3),
  article("/2022/11/10/grid-pact/", "Valdoria, Tarsia sign pact to shield power grids", "Valdoria and Tarsia on Thursday signed a five-year agreement to jointly protect their national power grids from cyberattacks.\nThe grids have been synchronised since 2019.", "Levant Press Agency", "2022-11-10", ["Valdoria", "Cybersecurity"]),
  article("/2023/02/01/storm/", "Storm cuts power to 80,000 homes in northern Valdoria", "A storm cut power to 80,000 homes. Grid operators said repairs would take days.", "Baltic Ledger", "2023-02-01", ["Valdoria", "Weather"]),
  article("/2021/05/05/script/", "Editors discuss </script><!-- tags in archived pages", "Some pages contain </script> and <!-- comment markers\u2028 and a line separator. Zanzibarish appears here.", "Meridian Wire", "2021-05-05", ["Web"]),
];

let browser: Browser;
let dir: string;
let server: { url: string; close: () => Promise<void> };
let page: Page;
const errors: string[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "search-site-"));
  await writeTestSite(dir, ARTICLES);
  browser = await launchChromium();
  server = await serveDirectory(dir);
  page = await browser.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The articles a query finds, searched in Node over the same files (sorted by ref, as the build does). */
async function nodeSearch(q: string): Promise<SyntheticArticle[]> {
  const sorted = [...ARTICLES].sort((a, b) => (a.doc.ref < b.doc.ref ? -1 : a.doc.ref > b.doc.ref ? 1 : 0));
  const files = buildSearchFiles(sorted.map((a) => prepareSearchDoc(a.doc)), sorted.map((a) => a.entry));
  const engine = await SearchEngine.open(vmLoader(files).load);
  return (await engine.search(q)).map((h) => sorted[h.id]!);
}

const fileUrl = (path: string): string => pathToFileURL(join(dir, path)).href;

async function results(p: Page): Promise<string[]> {
  return p.locator("#search-results .result-title").allTextContents();
}

async function search(p: Page, q: string): Promise<void> {
  await p.fill("#search-q", q);
  await p.waitForFunction((q) => (document.getElementById("search-status")?.textContent ?? "").includes(`“${q}”`) || !document.getElementById("search-notice")!.hidden, q);
}

test("file://: a deep link shows results with highlighted snippets", async () => {
  await page.goto(fileUrl("search/index.html") + "?q=grids");
  await page.waitForSelector("#search-results .result");
  const titles = await results(page);
  assert.equal(titles[0], "Valdoria, Tarsia sign pact to shield power grids");
  assert.match((await page.textContent("#search-status"))!, /^\d+ results? for “grids”\.$/);
  assert.ok((await page.locator("#search-results .result-snippet mark").count()) > 0);
  assert.equal(await page.getAttribute("#search-status", "aria-live"), "polite");
  const loaded = (await page.evaluate("window.__newsArchiveSearchLoaded")) as string[];
  assert.ok(loaded.some((p) => /^\/search\/docs\/[0-9a-z]{2}\/[0-9a-z]{5}\.js$/.test(p)), loaded.join(" "));
  assert.ok(loaded.some((p) => /^\/search\/keys\/\d+\.js$/.test(p)), loaded.join(" "));
  assert.ok(!loaded.some((p) => p.startsWith("/search/facets/")), "facet data loads only when the filters are used");
  assert.deepEqual(errors, []);
});

test("file://: typing updates the results and the URL; +must -not works", async () => {
  await search(page, "+power -storm");
  const titles = await results(page);
  assert.ok(titles.includes("Valdoria, Tarsia sign pact to shield power grids"));
  assert.ok(!titles.some((t) => t.startsWith("Storm")));
  assert.match(page.url(), /\?q=%2Bpower\+-storm$/);
});

test("file://: invalid syntax shows a message, no results, no exception", async () => {
  await page.fill("#search-q", "title:");
  await page.waitForSelector("#search-notice:not([hidden])");
  assert.match((await page.textContent("#search-notice"))!, /Check your search/);
  assert.equal(await page.locator("#search-results .result").count(), 0);
  assert.deepEqual(errors, []);
});

test("file://: no-result state and the fuzzy retry", async () => {
  await page.fill("#search-q", "qqqzzzxx");
  await page.waitForFunction(() => document.getElementById("search-status")!.textContent!.startsWith("No results"));
  assert.match((await page.textContent("#search-notice"))!, /Nothing matched/);
  await page.fill("#search-q", "zanzibarsh");
  await page.waitForFunction(() => document.getElementById("search-notice")!.textContent!.includes("Showing results for"));
  assert.match((await page.textContent("#search-notice"))!, /No exact matches for “zanzibarsh”\. Showing results for “zanzibarsh~1”\. Did you mean zanzibarish\?/);
  assert.equal((await results(page))[0], "Editors discuss </script><!-- tags in archived pages");
});

test("file://: filters load on request, with counts equal to the hits' facets, and newest-first sort", async () => {
  await search(page, "valdoria");
  await page.click("#search-filters .search-filters-show");
  await page.waitForFunction(() => [...document.querySelectorAll("#search-filter-outlet option")].some((o) => o.textContent === "Baltic Ledger (1)"));
  const options = await page.locator("#search-filter-outlet option").allTextContents();
  assert.ok(options.includes("Baltic Ledger (1)"), options.join(" | "));
  // Expected counts, from the same index searched in Node and the articles' own outlets and years.
  const hits = await nodeSearch("valdoria");
  const count = (values: string[]): string[] => {
    const m = new Map<string, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m].map(([v, n]) => `${v} (${n})`).sort();
  };
  assert.deepEqual(options.slice(1).sort(), count(hits.map((a) => a.entry.outlet!)));
  assert.equal(options[0], `All (${hits.length})`);
  const years = await page.locator("#search-filter-year option").allTextContents();
  assert.deepEqual(years.slice(1).sort(), count(hits.flatMap((a) => (a.entry.year ? [a.entry.year] : []))));
  // Once asked for, the filters come with every later query.
  await search(page, "grids");
  await page.waitForSelector("#search-filter-outlet");
  await page.selectOption("#search-filter-outlet", "Baltic Ledger");
  await page.waitForFunction(() => document.querySelectorAll("#search-results .result").length === 1);
  assert.deepEqual(await results(page), ["Storm cuts power to 80,000 homes in northern Valdoria"]);
  assert.match(page.url(), /outlet=Baltic\+Ledger/);
  await page.selectOption("#search-filter-outlet", "");
  await page.selectOption("#search-sort", "newest");
  await page.waitForFunction(() => document.querySelectorAll("#search-results .result").length > 1);
  const dates = (await page.locator("#search-results .result-meta").allTextContents()).map((m) => m.slice(0, 10)).filter((d) => /^\d{4}/.test(d));
  assert.deepEqual(dates, [...dates].sort().reverse());
  await page.selectOption("#search-sort", "relevance");
});

test("file://: more results, 20 at a time", async () => {
  await search(page, "the*");
  await page.fill("#search-q", "a*");
  await page.waitForFunction(() => document.querySelectorAll("#search-results .result").length === 20);
  assert.equal(await page.isVisible("#search-more"), true);
  await page.click("#search-more");
  await page.waitForFunction(() => document.querySelectorAll("#search-results .result").length > 20);
});

test("file://: keyboard: arrows move through results, Enter opens, the article highlights the terms, / focuses search", async () => {
  await search(page, "synchronised grids");
  await page.focus("#search-q");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Valdoria, Tarsia sign pact to shield power grids");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Valdoria, Tarsia sign pact to shield power grids");
  await Promise.all([page.waitForURL(/grid-pact\/index\.html\?hl=/), page.keyboard.press("Enter")]);
  await page.waitForSelector(".article-body mark.search-hl");
  const marked = await page.locator(".article-body mark.search-hl").allTextContents();
  assert.deepEqual(marked.sort(), ["grids", "grids", "synchronised"]);
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "site-search-q");
  assert.deepEqual(errors, []);
});

test("stored text with </script>, <!-- and U+2028 shows as text", async () => {
  await page.goto(fileUrl("search/index.html") + "?q=" + encodeURIComponent("title:editors"));
  await page.waitForSelector("#search-results .result");
  assert.equal((await results(page))[0], "Editors discuss </script><!-- tags in archived pages");
  assert.equal(await page.locator("#search-results script").count(), 0);
});

test("http: the same site served from 127.0.0.1", async () => {
  const p = await browser.newPage();
  await p.goto(server.url + "search/?q=valdoria");
  await p.waitForSelector("#search-results .result");
  assert.ok((await results(p)).includes("Storm cuts power to 80,000 homes in northern Valdoria"));
  await search(p, "cyber*");
  assert.equal((await results(p))[0], "Valdoria, Tarsia sign pact to shield power grids");
  await p.close();
});

test("an empty query shows the empty state", async () => {
  await page.goto(fileUrl("search/index.html"));
  await page.waitForFunction(() => document.getElementById("search-status")!.textContent!.startsWith("Type a word"));
  assert.equal(await page.locator("#search-results .result").count(), 0);
  assert.deepEqual(errors, []);
});
