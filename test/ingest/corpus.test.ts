/**
 * The labelled corpus (/work/shared/corpus): per-field floors at what the
 * parser achieves, so a regression fails; prints the scores and the speed.
 * Skipped when the corpus is not present.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeArticle, parseArticle } from "../../src/ingest/parse.ts";
import type { ArticleRecord } from "../../src/record/schema.ts";
import { checkLabels } from "../../src/eval/labels.ts";
import { FIELDS, scoreRecords, type Field } from "../../src/eval/score.ts";
import { cpuRate } from "../helpers/cpu-rate.ts";

const CORPUS = join(import.meta.dirname, "..", "..", "..", "shared", "corpus");
const present = existsSync(join(CORPUS, "labels.json"));

/** Floors: the scores reached when this test was written (raise them when the parser improves). */
const FLOORS: Record<Field, number> = {
  title: 1, date: 1, outlet: 1, author: 1, section: 1, language: 1,
  first_paragraph: 1, last_paragraph: 1, paragraph_count: 1, no_junk: 1, related: 1,
};

test("corpus scores stay at their floors", { skip: !present && "corpus not found" }, () => {
  const labels = checkLabels(JSON.parse(readFileSync(join(CORPUS, "labels.json"), "utf8")), "labels.json");
  const records = new Map<string, ArticleRecord>();
  const texts = labels.map((l) => [l.file, decodeArticle(readFileSync(join(CORPUS, "articles", l.file))).text] as const);
  for (const [file, text] of texts) records.set(file, parseArticle(text, file));
  const s = scoreRecords(labels, records);
  for (const f of FIELDS) console.log(`${f.padEnd(16)} ${(s.fields[f] * 100).toFixed(1)}%`);
  console.log(`invented dates ${s.datesInvented}, junk leaks ${s.junkLeaks}, related recall ${(s.relatedRecall * 100).toFixed(1)}%, precision ${(s.relatedPrecision * 100).toFixed(1)}%`);
  for (const f of s.failures) console.log(`FAIL ${f.file}: ${f.field}: ${f.expected} / ${f.got}`);
  for (const f of FIELDS) assert.ok(s.fields[f] >= FLOORS[f], `${f}: ${s.fields[f]} < floor ${FLOORS[f]}`);
  assert.equal(s.datesInvented, 0);
  assert.equal(s.junkLeaks, 0);
  assert.ok(s.relatedRecall >= 0.9);
});

test("parse speed on 600-word articles (logged)", () => {
  // A synthetic page: header furniture, 30 paragraphs of ~20 words, related list, footer.
  const para = (i: number): string =>
    `The council said on Tuesday that the new plan number ${i} would cost about ten million euros and take three years to complete, officials said.`;
  const page = [
    "Skip to main content", "Example Times", "News", "World", "Business", "World",
    "Officials unveil a long-term plan for the harbour district", "By Ann Example", "March 5, 2024 4:17 PM UTC", "Share",
    ...Array.from({ length: 26 }, (_, i) => para(i)),
    "Read more", "Harbour traders welcome the new plan", "Ferry fares to rise in spring", "© 2024 Example Times. All rights reserved.",
  ].join("\n");
  const words = page.split(/\s+/).length;
  let n = 0;
  const rate = cpuRate(1, () => {
    parseArticle(page, `a${n++}.txt`);
    return 1;
  });
  console.log(`parse speed: ${Math.round(rate)} articles per CPU-second (${words}-word page)`);
  assert.ok(rate > 200, "parser is unexpectedly slow");
});
