/**
 * The real site, built from the two samples in articles/ and the fixture corpus, opened from file:// in
 * headless Chromium as a reader would: home, an article, a topic, a month and the search page showing
 * results. Each page loads with no console error, no failed request and no request leaving the site's
 * folder; nothing overflows horizontally at 320 px; axe finds no serious or critical problem in light
 * and dark mode.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { parseRecordFile, recordPath } from "../../src/store/records.ts";
import { launchChromium } from "../helpers/browser.ts";
import { articlesFolder, buildInto } from "../helpers/site-tree.ts";
import { seriousViolations } from "../helpers/axe.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SOURCES = [path.join(ROOT, "articles"), path.resolve(ROOT, "../shared/corpus/articles")];
/** The Anadolu Agency sample (dated 2022-11-10): its page is the article checked. */
const ARTICLE_SAMPLE = "000_04a5c506f43ddc1a.txt";

interface Target {
  name: string;
  /** Site path, with an optional query. */
  url: string;
  /** A selector that appears once the page has finished rendering in the browser. */
  ready?: string;
}

let site = "";
let work = "";
let articles = "";
let targets: Target[] = [];
let browser: Browser;

before(async () => {
  const files: Record<string, Buffer> = {};
  for (const dir of SOURCES) {
    for (const name of await fs.readdir(dir)) if (/\.(txt|md)$/.test(name)) files[name] = await fs.readFile(path.join(dir, name));
  }
  articles = await articlesFolder(files);
  const built = await buildInto(articles);
  site = built.out;
  work = built.work;
  const record = recordPath(path.join(work, "records"), ARTICLE_SAMPLE);
  const articleUrl = parseRecordFile(await fs.readFile(record, "utf8"), record).url;
  assert.match(articleUrl, /^\/2022\/11\/10\//);
  targets = [
    { name: "home", url: "/" },
    { name: "article", url: articleUrl },
    { name: "topic", url: "/topics/nato/" },
    { name: "month", url: "/2022/11/" },
    { name: "search", url: "/search/?q=Stoltenberg", ready: "#search-results > li" },
  ];
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const dir of [work, articles]) if (dir) await fs.rm(dir, { recursive: true, force: true });
});

function fileUrl(sitePath: string): string {
  const [pathname = "/", query] = sitePath.split("?");
  const rel = pathname.replace(/^\//, "") + (pathname.endsWith("/") ? "index.html" : "");
  return pathToFileURL(path.join(site, rel)).href + (query === undefined ? "" : `?${query}`);
}

async function open(page: Page, t: Target): Promise<void> {
  await page.goto(fileUrl(t.url), { waitUntil: "load" });
  if (t.ready) await page.waitForSelector(t.ready, { timeout: 10_000 });
}

async function withContext<T>(options: BrowserContextOptions, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

test("from file://: no console error, no failed or outside request, nothing wider than 320 px", async () => {
  await withContext({ viewport: { width: 320, height: 640 } }, async (page) => {
    const problems: string[] = [];
    let current = "";
    const siteRoot = pathToFileURL(site).href;
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`${current}: console error: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`${current}: page error: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`${current}: request failed: ${r.url()} (${r.failure()?.errorText ?? "?"})`));
    page.on("request", (r) => {
      if (!r.url().startsWith(siteRoot)) problems.push(`${current}: request outside the site: ${r.url()}`);
    });
    for (const t of targets) {
      current = t.name;
      await open(page, t);
      const state = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        const culprits = Array.from(document.querySelectorAll("body *"))
          .filter((el) => el.getBoundingClientRect().right > limit + 0.5)
          .slice(0, 3)
          .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}`);
        return { scroll: document.documentElement.scrollWidth, limit, culprits, sheets: document.styleSheets.length };
      });
      if (state.scroll > state.limit) problems.push(`${t.name}: ${state.scroll}px wide at ${state.limit}px (${state.culprits.join(", ")})`);
      assert.equal(state.sheets, 1, `${t.name}: style.css did not load`);
    }
    // The search page really searched (its script and index loaded from disk).
    assert.ok((await page.locator("#search-results > li").count()) > 0);
    assert.deepEqual(problems, []);
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no serious or critical violations on the real site (${colorScheme} mode)`, async () => {
    // bypassCSP: axe is injected as an inline script, which the site's CSP refuses.
    await withContext({ bypassCSP: true, colorScheme }, async (page) => {
      const problems: string[] = [];
      for (const t of targets) {
        await open(page, t);
        problems.push(...(await seriousViolations(page, t.name)));
      }
      assert.deepEqual(problems, []);
    });
  });
}
