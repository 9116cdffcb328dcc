/**
 * Every corpus article (fictional, 36 files): no weekday, month, number-only
 * or page-furniture topic, and the speed budget (≤ 1 ms per 600-word article).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpus, loadavg } from "node:os";
import { extractTopics, type ExtractInput } from "../../src/topics/extract.ts";
import { slugify } from "../../src/record/slug.ts";
import { corpusFiles, corpusInput, corpusRawInput } from "./helpers.ts";

const DATE_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;
const FURNITURE = ["Read Mode", "Read More", "Google News", "Top Content", "Trending", "Privacy Policy", "Terms of Use", "Subscribe",
  "Sign In", "Log In", "Accept All", "Manage Preferences", "Font Size", "Min Read", "Share", "Photo", "Getty Images", "Advertisement",
  "Newsletter", "Most Viewed", "Most Read", "Key Events", "Cookie Settings", "Skip", "The", "But", "Read", "Published", "Updated", "Date"];
const furnitureSlugs = new Set(FURNITURE.map((f) => slugify(f)));

function junkIn(input: ExtractInput, file: string): string[] {
  const problems: string[] = [];
  for (const t of extractTopics(input)) {
    const words = t.name.split(/\s+/);
    if (words.every((w) => DATE_WORD.test(w) || /^\d+$/.test(w))) problems.push(`${file}: date or number topic "${t.name}"`);
    if (words.some((w) => DATE_WORD.test(w)) && words.length <= 2 && !/^may$/i.test(words[1] ?? "")) problems.push(`${file}: topic with a date word "${t.name}"`);
    if (/^[\d\s.,%-]+$/.test(t.name)) problems.push(`${file}: number-only topic "${t.name}"`);
    if (furnitureSlugs.has(slugify(t.name))) problems.push(`${file}: page furniture "${t.name}"`);
    if (slugify(t.name) === slugify(input.outlet ?? "\u0000")) problems.push(`${file}: the outlet "${t.name}"`);
  }
  return problems;
}

test("corpus: no weekday, month, number-only, furniture or outlet topic (labelled body)", () => {
  const problems = corpusFiles().flatMap((f) => junkIn(corpusInput(f), f));
  assert.deepEqual(problems, []);
});

test("corpus: no junk topic even when the whole raw page is the body", () => {
  const problems = corpusFiles().flatMap((f) => junkIn(corpusRawInput(f), f));
  assert.deepEqual(problems, []);
});

test("corpus: a surname mentioned alone joins the full name", () => {
  for (const f of corpusFiles()) {
    const names = extractTopics(corpusInput(f)).map((t) => t.name);
    for (const n of names) {
      if (n.includes(" ")) continue;
      const owner = names.find((m) => m.includes(" ") && m.endsWith(" " + n));
      assert.equal(owner, undefined, `${f}: "${n}" listed beside "${owner}"`);
    }
  }
  const byFile = (f: string) => extractTopics(corpusInput(f)).map((t) => t.name);
  assert.ok(byFile("129_2d3238617fe573d2.txt").includes("Aila Moreau"));
  assert.ok(!byFile("129_2d3238617fe573d2.txt").includes("Moreau"));
  assert.ok(byFile("104_9fd037753b21c848.txt").includes("Lars Halvorsen"));
  assert.ok(!byFile("104_9fd037753b21c848.txt").includes("Halvorsen"));
});

test("speed: ≤ 1 ms per 600-word article (logged)", (t) => {
  // ~600-word articles: each corpus body twice (the bodies are ~300 words).
  const inputs = corpusFiles().map(corpusInput).map((x) => ({ ...x, body: `${x.body}\n\n${x.body}` }));
  const words = inputs.reduce((s, x) => s + x.body.split(/\s+/).length + x.title.split(/\s+/).length, 0) / inputs.length;
  for (let r = 0; r < 20; r++) for (const x of inputs) extractTopics(x);
  // Best of several batches: other processes on a shared machine only ever make a batch slower.
  let best = Infinity;
  const n = inputs.length * 10;
  for (let b = 0; b < 15; b++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) extractTopics(inputs[i % inputs.length]!);
    best = Math.min(best, (performance.now() - t0) / n);
  }
  const per600 = (best * 600) / words;
  t.diagnostic(`topic extraction: ${per600.toFixed(3)} ms per 600-word article (avg ${words.toFixed(0)} words, best of 15 batches of ${n}); 10,000 articles ≈ ${(per600 * 10).toFixed(1)} s`);
  console.log(`topic extraction speed: ${per600.toFixed(3)} ms per 600-word article; 10,000 articles ≈ ${(per600 * 10).toFixed(1)} s`);
  // The budget is 1 ms on an idle core. On a machine busy with other work (load above its core count) the
  // figure is inflated, so it is only logged there, and a 3x guard still catches a real regression.
  const busy = loadavg()[0]! > cpus().length;
  assert.ok(per600 <= (busy ? 3 : 1), `too slow: ${per600.toFixed(3)} ms per 600 words (load ${loadavg()[0]!.toFixed(1)})`);
});
