/**
 * A golden snapshot of one article page: any change to the markup shows up as a
 * readable diff. After an intended change: UPDATE_GOLDEN=1 node --import tsx --test test/site/golden.test.ts
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { get, renderPages } from "./render.ts";
import * as d from "./descriptors.ts";

const GOLDEN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/site/article.html");

test("article page matches test/fixtures/site/article.html", async () => {
  const out = await renderPages([d.article], { title: "News archive", baseUrl: null, language: "en" });
  const html = get(out, d.article.url).content;
  if (process.env.UPDATE_GOLDEN === "1") {
    await fs.mkdir(path.dirname(GOLDEN), { recursive: true });
    await fs.writeFile(GOLDEN, html);
  }
  const expected = await fs.readFile(GOLDEN, "utf8").catch(() => {
    throw new Error(`${GOLDEN} is missing: run with UPDATE_GOLDEN=1 to create it`);
  });
  assert.equal(html, expected);
});
