/**
 * Accessibility of the real search page (built by the real pipeline from a small synthetic archive) with
 * results and the filters shown: axe-core finds no serious or critical violations, in light and dark mode.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Browser } from "playwright-core";
import { build, defaultBuildOptions } from "../../src/build/build.ts";
import { writeArchive } from "../../src/bench/synth.ts";
import { launchChromium } from "../helpers/browser.ts";
import { seriousViolations } from "../helpers/axe.ts";


let dir: string;
let browser: Browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "search-a11y-"));
  writeArchive(join(dir, "articles"), { count: 40, seed: 3 });
  await build(defaultBuildOptions({ articlesDir: join(dir, "articles"), outDir: join(dir, "_site"), recordsDir: join(dir, "records"), cacheDir: join(dir, "cache"), topicsFile: join(dir, "topics.yaml") }));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the search page with results and filters has no serious or critical axe violations (${colorScheme})`, async () => {
    const context = await browser.newContext({ bypassCSP: true, colorScheme });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(pathToFileURL(join(dir, "_site", "search", "index.html")).href + "?q=minister");
    await page.waitForSelector("#search-results .result");
    await page.click("#search-filters .search-filters-show");
    await page.waitForSelector("#search-filter-outlet");
    await page.click("#search-help summary");
    const found = await seriousViolations(page, "search page");
    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
