/**
 * The payload archive (test/helpers/xss.ts) in headless Chromium, opened from
 * file:// and over http: every page type loads with no dialog, no injected
 * element, no `window.__xss`, a CSP allowing only the site's own scripts, no
 * inline script and no inline event handler; searches that hit the payloads
 * render them as text. One browser for the whole file.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { launchChromium, serveDirectory } from "../helpers/browser.ts";
import { articlesFolder, buildInto, readTree } from "../helpers/site-tree.ts";
import { SEARCH_WORD, xssArticles } from "../helpers/xss.ts";

let browser: Browser;
let out = "";
let server: { url: string; close: () => Promise<void> };
/** One page (output path) per HTML page type. */
let pages: string[] = [];

const HTML_TYPES: RegExp[] = [
  /^index\.html$/,
  /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/,
  /^undated\/(?!page\/)[^/]+\/index\.html$/,
  /^undated\/index\.html$/,
  /^topics\/[^/]+\/index\.html$/,
  /^topics\/index\.html$/,
  /^\d{4}\/index\.html$/,
  /^\d{4}\/\d{2}\/index\.html$/,
  /^sources\/[^/]+\/index\.html$/,
  /^sources\/index\.html$/,
  /^archive\/index\.html$/,
  /^report\/index\.html$/,
  /^search\/index\.html$/,
];

before(async () => {
  const dir = await articlesFolder(xssArticles());
  ({ out } = await buildInto(dir));
  const files = [...(await readTree(out)).keys()].sort();
  pages = HTML_TYPES.map((re) => files.find((f) => re.test(f))).filter((f): f is string => f !== undefined);
  browser = await launchChromium();
  server = await serveDirectory(out);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** What the page looks like after scripts ran: every sign of an executed or injected payload. */
async function inspect(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const w = window as unknown as Record<string, unknown>;
    if (w.__xss !== undefined) problems.push("window.__xss was set");
    if (document.getElementById("xss")) problems.push(`an element with id "xss" exists: <${document.getElementById("xss")!.tagName}>`);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? null;
    if (csp === null) problems.push("no CSP meta tag");
    else if (!/(?:^|;)\s*script-src 'self'\s*(?:;|$)/.test(csp)) problems.push(`CSP script-src is not exactly 'self': ${csp}`);
    const inline = document.querySelectorAll("script:not([src])").length;
    if (inline > 0) problems.push(`${inline} inline script(s)`);
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const a of Array.from(el.attributes)) {
        if (a.name.startsWith("on")) problems.push(`<${el.tagName.toLowerCase()} ${a.name}>`);
        if (/^(href|src|action|formaction)$/.test(a.name) && /^\s*javascript:/i.test(a.value)) problems.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`);
      }
    }
    for (const tag of ["iframe", "object", "embed", "base"]) if (document.querySelector(tag)) problems.push(`<${tag}> element`);
    return problems;
  });
}

async function visitAll(base: "file" | "http"): Promise<string[]> {
  const problems: string[] = [];
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.on("dialog", (d) => {
      problems.push(`${page.url()}: a ${d.type()} dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    page.on("pageerror", (e) => problems.push(`${page.url()}: page error: ${e.message}`));
    const urlOf = (rel: string) => (base === "file" ? pathToFileURL(path.join(out, rel)).href : new URL(rel.replace(/index\.html$/, ""), server.url).href);
    for (const rel of pages) {
      await page.goto(urlOf(rel));
      await page.waitForLoadState("load");
      problems.push(...(await inspect(page)).map((p) => `${base} ${rel}: ${p}`));
    }
    // Searches whose results are the payloads: from a deep link, and by typing.
    const search = urlOf("search/index.html");
    for (const q of [SEARCH_WORD, "script", "svg xss", "img"]) {
      await page.goto(`${search}?q=${encodeURIComponent(q)}`);
      await page.waitForSelector("#search-results li", { timeout: 8_000 }).catch(() => problems.push(`${base} search "${q}": no results shown`));
      problems.push(...(await inspect(page)).map((p) => `${base} search "${q}": ${p}`));
    }
    await page.fill("#search-q", `${SEARCH_WORD} img`);
    await page.press("#search-q", "Enter");
    await page.waitForSelector("#search-results li", { timeout: 8_000 }).catch(() => problems.push(`${base} typed search: no results shown`));
    const shown = await page.locator("#search-results").innerText();
    if (!shown.includes("<script>")) problems.push(`${base} typed search: the payload titles are not shown as text: ${shown.slice(0, 200)}`);
    problems.push(...(await inspect(page)).map((p) => `${base} typed search: ${p}`));
  } finally {
    await context.close();
  }
  return problems;
}

test("every page type and searches hitting the payloads, opened from file://: nothing runs or is injected", async () => {
  assert.ok(pages.length >= 12, `page types found: ${pages.join(", ")}`);
  assert.deepEqual(await visitAll("file"), []);
});

test("the same over http from 127.0.0.1", async () => {
  assert.deepEqual(await visitAll("http"), []);
});
