/**
 * Issue 2 acceptance: the samples' site, opened from disk in Chromium, finds
 * "Stoltenberg" in both articles, "Meloni" only in the first, "Nord Stream"
 * only in the second, and a click opens the article from disk.
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { buildInto } from "../helpers/site-tree.ts";
import { launchChromium } from "../helpers/browser.ts";

const FIRST = "Russian Kherson retreat would be Ukraine's victory: NATO chief";
const SECOND = "Russia’s Ukraine strikes ‘sign of weakness,’ says NATO chief";

const site = buildInto("articles");
let browser: Browser | undefined;
after(() => browser?.close());

async function search(page: Page, out: string, query: string): Promise<string[]> {
  await page.goto(pathToFileURL(path.join(out, "search/index.html")).href + "?q=" + encodeURIComponent(query));
  await page.waitForFunction(() => !/Loading|Searching/i.test(document.querySelector("#search-status")?.textContent ?? "Loading"));
  return page.$$eval("#search-results .result-title", (els) => els.map((e) => (e.textContent ?? "").trim()));
}

test("search from file:// finds each sample by its words, and a click opens the article", async () => {
  const { out } = await site;
  browser = await launchChromium();
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));

  assert.deepEqual((await search(page, out, "Stoltenberg")).sort(), [FIRST, SECOND].sort());
  assert.deepEqual(await search(page, out, "Meloni"), [FIRST]);
  assert.deepEqual(await search(page, out, "Nord Stream"), [SECOND]);

  await page.click(`#search-results .result-title a`);
  await page.waitForLoadState("load");
  assert.match(page.url(), /^file:\/\/.*\/undated\/russias-ukraine-strikes-sign-of-weakness-says-nato-chief\/index\.html/);
  assert.equal((await page.textContent("h1"))?.trim(), SECOND);
  assert.deepEqual(errors, []);
});

test("typing in the header search box of any page leads to results", async () => {
  const { out } = await site;
  browser ??= await launchChromium();
  const page = await browser.newPage();
  await page.goto(pathToFileURL(path.join(out, "index.html")).href);
  await page.fill("#site-search-q", "Meloni");
  await page.press("#site-search-q", "Enter");
  await page.waitForURL(/search\/index\.html\?q=Meloni/);
  await page.waitForSelector("#search-results .result-title");
  assert.deepEqual(await page.$$eval("#search-results .result-title", (els) => els.map((e) => (e.textContent ?? "").trim())), [FIRST]);
});
