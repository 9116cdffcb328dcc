import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { decodeSignature, estimateJaccard, findDuplicates, fingerprint, NEAR_THRESHOLD } from "../../src/similarity/index.ts";
import { CORPUS_DIR, corpusTexts } from "./corpus.ts";
import { pseudoArticle, shuffled } from "./synthetic.ts";

const doc = (id: string, text: string, contentHash?: string) => ({ id, fp: fingerprint(text), ...(contentHash ? { contentHash } : {}) });


test("exact duplicates: whitespace and CRLF variants are duplicates of the first id in sorted order", () => {
  const text = pseudoArticle(300, 1);
  const docs = [
    doc("c-copy", text.replace(/\n/g, "\r\n")),
    doc("a-original", text),
    doc("b-indented", text.split("\n").map((l) => "   " + l).join("\n\n") + "\n\n\n"),
    doc("d-other", pseudoArticle(300, 2)),
  ];
  const result = findDuplicates(docs);
  assert.deepEqual(result.exact, [
    { id: "b-indented", duplicateOf: "a-original" },
    { id: "c-copy", duplicateOf: "a-original" },
  ]);
  assert.deepEqual(result.near, [], "exact duplicates are not reported again as near duplicates");
  assert.deepEqual(findDuplicates(shuffled(docs, 3)), result);
});

test("exact duplicates: an equal contentHash from the caller also groups articles", () => {
  const result = findDuplicates([doc("x2", "one text here", "raw-1"), doc("x1", "other text entirely", "raw-1"), doc("x3", "third", "raw-3")]);
  assert.deepEqual(result.exact, [{ id: "x2", duplicateOf: "x1" }]);
});

test("near duplicates: an edited copy is found, unrelated articles are not", () => {
  const base = pseudoArticle(500, 11);
  const sentences = base.split(".\n");
  const edited = sentences.filter((_, i) => i % 6 !== 3).join(".\n").replace(/cable/g, "cables") + " Reporting by nobody.";
  const docs = [doc("a", base), doc("b", edited), ...Array.from({ length: 30 }, (_, i) => doc(`z${i}`, pseudoArticle(500, 100 + i)))];
  const { exact, near } = findDuplicates(docs);
  assert.deepEqual(exact, []);
  assert.equal(near.length, 1, JSON.stringify(near));
  assert.equal(near[0]!.a, "a");
  assert.equal(near[0]!.b, "b");
  assert.ok(near[0]!.similarity >= NEAR_THRESHOLD, `similarity ${near[0]!.similarity}`);
  assert.deepEqual(findDuplicates(shuffled(docs, 5)), { exact, near });
});

test("corpus: 132 is an exact duplicate of 107, 112/103 is the only near duplicate", { skip: !existsSync(CORPUS_DIR) && "corpus not found" }, () => {
  const texts = corpusTexts();
  for (const variant of ["parsed", "crude"] as const) {
    const fps = texts.map((t) => ({ id: t.id, fp: fingerprint(t[variant]) }));
    const { exact, near } = findDuplicates(fps);
    // Every pair's estimated similarity, highest first, to document the threshold's margin.
    const signatures = fps.map((f) => decodeSignature(f.fp.minhash));
    const pairs: Array<[string, number]> = [];
    for (let i = 0; i < fps.length; i++)
      for (let j = i + 1; j < fps.length; j++) pairs.push([`${fps[i]!.id}/${fps[j]!.id}`, estimateJaccard(signatures[i]!, signatures[j]!)]);
    pairs.sort((x, y) => y[1] - x[1]);
    console.log(`corpus (${variant} text): ${pairs.slice(0, 4).map(([p, s]) => `${p} ${s.toFixed(3)}`).join(", ")}`);
    assert.deepEqual(exact, [{ id: "132", duplicateOf: "107" }], variant);
    assert.deepEqual(near.map((p) => [p.a, p.b]), [["103", "112"]], variant);
    // The best pair that is not a duplicate stays far below the threshold.
    const others = pairs.filter(([p]) => p !== "107/132" && p !== "103/112");
    assert.ok(others[0]![1] < NEAR_THRESHOLD / 2, `${others[0]![0]} scores ${others[0]![1]}`);
  }
});

test("near duplicates: work grows linearly (LSH), and a big cluster of copies does not explode", () => {
  const texts = Array.from({ length: 2000 }, (_, i) => pseudoArticle(200, 1000 + i));
  // 100 lightly edited copies of one story: all in one LSH bucket.
  const story = pseudoArticle(400, 5);
  for (let i = 0; i < 100; i++) texts.push(story + ` Update ${i}: correction ${i * 7}.`);
  const docs = texts.map((t, i) => ({ id: `d${String(i).padStart(5, "0")}`, fp: fingerprint(t) }));
  const t0 = performance.now();
  const { near } = findDuplicates(docs);
  const ms = performance.now() - t0;
  console.log(`findDuplicates: ${docs.length} docs in ${ms.toFixed(0)} ms, ${near.length} near pairs`);
  assert.ok(near.every((p) => p.a >= "d02000" && p.b >= "d02000"), "only the copies are near duplicates");
  assert.ok(near.length >= 99, "the cluster stays connected");
});
