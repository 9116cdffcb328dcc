import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateArchive, generateArticles, syntheticArticle, writeArchive, type SyntheticArticle } from "../../src/bench/synth.ts";

const all = (count: number, seed = 1): SyntheticArticle[] => [...generateArticles({ count, seed })];
const clean = (text: string): string => text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");

// Generated once and shared: 2,000 articles take well under a second.
const archive = all(2000);

test("the same seed gives byte-identical files", () => {
  const a = [...generateArchive({ count: 300, seed: 42 })];
  const b = [...generateArchive({ count: 300, seed: 42 })];
  assert.deepEqual(a, b);
});

test("a different seed gives different files", () => {
  const a = [...generateArchive({ count: 50, seed: 1 })];
  const b = [...generateArchive({ count: 50, seed: 2 })];
  assert.notDeepEqual(a.map((x) => x.text), b.map((x) => x.text));
  assert.notDeepEqual(a.map((x) => x.file), b.map((x) => x.file));
});

test("article i does not depend on the archive size, so the next article extends an archive", () => {
  const small = all(100);
  assert.deepEqual(small, archive.slice(0, 100));
  assert.deepEqual(syntheticArticle(1, 100), archive[100]);
});

test("produces the requested count with unique names like the samples' NNN_<16 hex>.txt", () => {
  assert.equal([...generateArchive({ count: 137 })].length, 137);
  const names = new Set(archive.map((a) => a.file));
  assert.equal(names.size, archive.length);
  for (const name of names) assert.match(name, /^\d{6}_[0-9a-f]{16}\.txt$/);
});

test("every file has the headline on line 1 and at least 300 words", () => {
  for (const { file, text, truth } of archive) {
    const first = clean(text).split("\n")[0] ?? "";
    assert.ok(first.startsWith(truth.title), `${file}: line 1 is "${first}", not the headline "${truth.title}"`);
    assert.ok(truth.title.split(" ").length >= 4, `${file}: headline too short`);
    const words = text.split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 300, `${file}: ${words} words`);
  }
});

test("uses every outlet layout, including both sample layouts, and leaves some pages undated", () => {
  const formats = new Set(archive.map((a) => a.truth.format));
  assert.deepEqual([...formats].sort(), ["agency", "chronicle", "courier", "explainer", "gulf", "ledger", "observer", "tech"]);
  const text = archive.map((a) => a.text).join("\n");
  assert.match(text, /\n- Published Date: \d\d:\d\d \| \d{1,2} [A-Z][a-z]+ \d{4}\n- Modified Date: /);
  assert.match(text, /\nPublished: Updated:\r?\nRead Mode\r?\n100% Font Size\r?\n\d+ min read\r?\n/);
  assert.match(text, /\n[A-Z][a-z]{2} \d{1,2}, \d{4} \| \d{1,2}:\d\d [AP]M\r?\n/);
  assert.match(text, /\n\d\d\.\d\d\.\d{4} - Update : \d\d\.\d\d\.\d{4}\r?\n/);
  assert.match(text, /\nUpdated: \d{4}-\d\d-\d\dT\d\d:\d\d:00Z\r?\n/);
  const undated = archive.filter((a) => !a.truth.dated).length / archive.length;
  assert.ok(undated > 0.05 && undated < 0.3, `undated share ${undated}`);
});

test("dates spread over several years", () => {
  const years = new Set(archive.flatMap((a) => [...a.text.matchAll(/\b(20[12]\d)\b/g)].map((m) => m[1])));
  assert.ok(years.size >= 5, `years: ${[...years].join(", ")}`);
});

function vocabulary(articles: SyntheticArticle[]): { words: number; names: number } {
  const words = new Set<string>();
  const names = new Set<string>();
  for (const { text } of articles) {
    for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) words.add(w);
    for (const n of text.match(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g) ?? []) names.add(n);
  }
  return { words: words.size, names: names.size };
}

test("vocabulary and the cast of names keep growing with the archive (Heaps' law)", () => {
  const at500 = vocabulary(archive.slice(0, 500));
  const at2000 = vocabulary(archive);
  assert.ok(at2000.words > at500.words * 1.5, `distinct words ${at500.words} → ${at2000.words}`);
  assert.ok(at2000.names > at500.names * 1.5, `distinct capitalised pairs ${at500.names} → ${at2000.names}`);
});

test("topics are long-tailed: a few very common, many seen once", () => {
  const counts = new Map<number, number>();
  for (const a of archive) counts.set(a.truth.topic, (counts.get(a.truth.topic) ?? 0) + 1);
  const sorted = [...counts.values()].sort((a, b) => b - a);
  const top = sorted[0] ?? 0;
  const singletons = sorted.filter((c) => c === 1).length;
  assert.ok(top / archive.length > 0.05, `most common topic has ${top} articles`);
  assert.ok(sorted.length > 200, `${sorted.length} distinct topics`);
  assert.ok(singletons / sorted.length > 0.4, `${singletons} of ${sorted.length} topics seen once`);
});

test("includes exact duplicates (same bytes) and near duplicates (another layout)", () => {
  const byFile = new Map(archive.map((a) => [a.file, a]));
  const exact = archive.filter((a) => a.truth.duplicateOf && !a.truth.near);
  const near = archive.filter((a) => a.truth.near);
  assert.ok(exact.length >= 2, `${exact.length} exact duplicates`);
  assert.ok(near.length >= 4, `${near.length} near duplicates`);
  for (const d of exact) assert.equal(d.text, byFile.get(d.truth.duplicateOf ?? "")?.text);
  for (const d of near) assert.notEqual(d.text, byFile.get(d.truth.duplicateOf ?? "")?.text);
});

test("writeArchive streams the files into a directory", () => {
  const dir = mkdtempSync(join(tmpdir(), "synth-test-"));
  try {
    const written = writeArchive(join(dir, "articles"), { count: 40, seed: 3 });
    const files = readdirSync(join(dir, "articles")).sort();
    assert.equal(written.files, 40);
    assert.equal(files.length, 40);
    const first = [...generateArchive({ count: 1, seed: 3 })][0];
    assert.equal(readFileSync(join(dir, "articles", files[0] ?? ""), "utf8"), first?.text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("is fast: 2,000 articles in well under 2 seconds", () => {
  const start = performance.now();
  let n = 0;
  for (const _ of generateArchive({ count: 2000, seed: 9 })) n++;
  const ms = performance.now() - start;
  assert.equal(n, 2000);
  assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
});
