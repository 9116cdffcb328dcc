/**
 * The rendered site in headless Chromium, opened from file:// as a reader would:
 * the CSP lets the site's own stylesheet and scripts load, axe finds no serious
 * or critical accessibility problem in light and dark mode, and nothing
 * overflows horizontally at 320 px.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import type { SiteContext } from "../../src/model/pages.ts";
import { renderPages } from "./render.ts";
import * as d from "./descriptors.ts";
import { seriousViolations } from "../helpers/axe.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SITE: SiteContext = { title: "News archive", baseUrl: null, language: "en" };
const PAGES = [d.home, d.article, d.evilArticle, d.topic, d.topicsIndex, d.month, d.year, d.report];
const URLS = PAGES.map((p) => p.url);

/** A stand-in for the search engineer's bundle: proves a same-folder classic script runs under the CSP. */
const SEARCH_STUB = `document.documentElement.setAttribute("data-search-loaded", "yes");\n`;

let dir = "";
let browser: Browser;

before(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "news-archive-site-"));
  const rendered = await renderPages(PAGES, SITE);
  for (const r of rendered.values()) {
    await fs.mkdir(path.dirname(path.join(dir, r.outputPath)), { recursive: true });
    await fs.writeFile(path.join(dir, r.outputPath), r.content);
  }
  await fs.mkdir(path.join(dir, "assets"), { recursive: true });
  for (const f of ["style.css", "topics-filter.js"]) await fs.copyFile(path.join(ROOT, "templates/assets", f), path.join(dir, "assets", f));
  await fs.writeFile(path.join(dir, "assets/search.js"), SEARCH_STUB);
  // The search page target of the header form (the real one is the search engineer's template).
  await fs.mkdir(path.join(dir, "search"), { recursive: true });
  await fs.writeFile(path.join(dir, "search/index.html"), "<!doctype html><title>Search</title><p>search page</p>");
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

function fileUrl(siteUrl: string): string {
  const rel = siteUrl.replace(/^\//, "") + (siteUrl.endsWith("/") ? "index.html" : "");
  return pathToFileURL(path.join(dir, rel)).href;
}

async function withPage<T>(options: BrowserContextOptions, fn: (page: Page, violations: string[]) => Promise<T>): Promise<T> {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content[- ]Security[- ]Policy/i.test(m.text())) violations.push(m.text());
    });
    page.on("pageerror", (e) => violations.push(`page error: ${e.message}`));
    return await fn(page, violations);
  } finally {
    await context.close();
  }
}

test("from file://, the CSP lets the site's own stylesheet and scripts load, and nothing else", async () => {
  await withPage({}, async (page, violations) => {
    for (const url of [d.article.url, d.topicsIndex.url, "/"]) {
      await page.goto(fileUrl(url));
      await page.waitForLoadState("load");
      const state = await page.evaluate(() => ({
        search: document.documentElement.getAttribute("data-search-loaded"),
        sheets: document.styleSheets.length,
        skipLink: getComputedStyle(document.querySelector(".skip-link")!).position,
        measure: getComputedStyle(document.documentElement).getPropertyValue("--measure").trim(),
      }));
      assert.equal(state.search, "yes", `${url}: assets/search.js did not run`);
      assert.equal(state.sheets, 1, `${url}: style.css did not load`);
      assert.equal(state.skipLink, "absolute", `${url}: style.css not applied`);
      assert.equal(state.measure, "65ch", `${url}: style.css not applied`);
    }
    // The topics filter script runs and filters.
    await page.goto(fileUrl(d.topicsIndex.url));
    await page.fill("#topic-filter-q", "nat");
    assert.equal(await page.locator(".topic-cloud > li:visible").count(), 1);
    assert.equal((await page.textContent(".topic-filter-status"))?.trim(), "1 topic matches.");
    // The CSP is really enforced: an injected inline script is refused.
    const inlineRan = await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__inline = 1";
      document.body.append(s);
      return (window as unknown as { __inline?: number }).__inline === 1;
    });
    assert.equal(inlineRan, false, "inline script ran: CSP not enforced");
    assert.ok(violations.some((v) => /inline script/i.test(v)), "the refused inline script is reported");
    violations.length = 0;
    // The header search form may submit to the search page (form-action 'self' from file://).
    await page.goto(fileUrl(d.article.url));
    await page.fill("#site-search-q", "kherson");
    await Promise.all([page.waitForURL(/search\/index\.html\?q=kherson$/), page.press("#site-search-q", "Enter")]);
    assert.deepEqual(violations, []);
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no serious or critical violations (${colorScheme} mode)`, async () => {
    // bypassCSP: axe itself is injected as an inline script.
    await withPage({ bypassCSP: true, colorScheme }, async (page) => {
      const problems: string[] = [];
      for (const url of URLS) {
        await page.goto(fileUrl(url));
        problems.push(...(await seriousViolations(page, url)));
      }
      assert.deepEqual(problems, []);
    });
  });
}

test("nothing overflows horizontally at 320 px", async () => {
  await withPage({ viewport: { width: 320, height: 640 } }, async (page) => {
    const wide: string[] = [];
    for (const url of URLS) {
      await page.goto(fileUrl(url));
      const over = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        const culprits = Array.from(document.querySelectorAll("body *"))
          .filter((el) => el.getBoundingClientRect().right > limit + 0.5)
          .slice(0, 3)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        return { scroll: document.documentElement.scrollWidth, limit, culprits };
      });
      if (over.scroll > over.limit) wide.push(`${url}: ${over.scroll}px > ${over.limit}px (${over.culprits.join(", ")})`);
    }
    assert.deepEqual(wide, []);
  });
});
