/**
 * The held-out set (test/fixtures/heldout): 27 pages in layouts the parser was not written against
 * (BBC, Reuters, Guardian, AP, Al Jazeera, CNN, NYT styles, WordPress, Substack, Medium, German,
 * French, Spanish, wire republication, captions, live blog, paywall, index page, undated, date only
 * in a URL, long single-word nav, consent wall). Floors at what the parser reaches, so regressions
 * fail. Also logs the parse speed on synthetic ~700-word pages (src/bench/synth.ts) in CPU time.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeArticle, parseArticle } from "../../src/ingest/parse.ts";
import type { ArticleRecord } from "../../src/record/schema.ts";
import { checkLabels } from "../../src/eval/labels.ts";
import { FIELDS, scoreRecords, type Field } from "../../src/eval/score.ts";
import { generateArticles } from "../../src/bench/synth.ts";
import { cpuRate } from "../helpers/cpu-rate.ts";

const DIR = join(import.meta.dirname, "..", "fixtures", "heldout");

/** Floors: the scores reached when this test was written (raise them when the parser improves). */
const FLOORS: Record<Field, number> = {
  title: 0.96, date: 1, outlet: 0.81, author: 1, section: 0.77, language: 1,
  first_paragraph: 1, last_paragraph: 1, paragraph_count: 1, no_junk: 1, related: 1,
};

test("held-out scores stay at their floors", () => {
  const labels = checkLabels(JSON.parse(readFileSync(join(DIR, "labels.json"), "utf8")), "heldout/labels.json");
  const records = new Map<string, ArticleRecord>();
  for (const l of labels) records.set(l.file, parseArticle(decodeArticle(readFileSync(join(DIR, "articles", l.file))).text, l.file));
  const s = scoreRecords(labels, records);
  for (const f of FIELDS) console.log(`${f.padEnd(16)} ${(s.fields[f] * 100).toFixed(1)}%`);
  for (const f of s.failures) console.log(`FAIL ${f.file}: ${f.field}: ${f.expected} / ${f.got}`);
  for (const f of FIELDS) assert.ok(s.fields[f] >= FLOORS[f], `${f}: ${s.fields[f]} < floor ${FLOORS[f]}`);
  assert.equal(s.datesInvented, 0);
  assert.equal(s.junkLeaks, 0);
});

test("parse speed on synthetic ~700-word articles (CPU time, logged)", () => {
  const pages = [...generateArticles({ count: 200, seed: 1 })];
  for (const p of pages) parseArticle(p.text, p.file); // warm-up
  const rate = cpuRate(2, () => {
    for (const p of pages) parseArticle(p.text, p.file);
    return pages.length;
  });
  console.log(`parse speed: ${Math.round(rate)} articles per CPU-second (synthetic archive, seed 1)`);
  assert.ok(rate > 300, "parser is unexpectedly slow");
});
