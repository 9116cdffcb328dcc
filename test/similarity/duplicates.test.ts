import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { decodeSignature, estimateJaccard, findDuplicates, fingerprint, nearDuplicates, NearMemo, NEAR_THRESHOLD, type DuplicateInput } from "../../src/similarity/index.ts";
import { CORPUS_DIR, corpusTexts } from "./corpus.ts";
import { pseudoArticle, random, shuffled } from "./synthetic.ts";

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

test("near duplicates: a memo kept between calls gives the pairs a fresh call gives, through additions, edits and deletions", () => {
  const rnd = random(12);
  let serial = 0;
  const text = () => pseudoArticle(200, 5000 + serial++);
  // Lightly edited copies of a story: near duplicates of each other.
  const copyOf = (story: string) => `${story} Update ${serial++}: correction ${Math.floor(rnd() * 1000)}.`;
  const stories = [pseudoArticle(300, 7), pseudoArticle(300, 8), pseudoArticle(300, 9)];
  const big = pseudoArticle(300, 10);
  let docs: DuplicateInput[] = [
    ...Array.from({ length: 300 }, (_, i) => ({ id: `t${String(i).padStart(4, "0")}`, fp: fingerprint(text()) })),
    ...stories.flatMap((story, k) => Array.from({ length: 4 }, (_, i) => ({ id: `s${k}-${i}`, fp: fingerprint(copyOf(story)) }))),
    // A cluster past MAX_BUCKET_PAIRS: which pairs it gives depends on all its members.
    ...Array.from({ length: 70 }, (_, i) => ({ id: `big-${String(i).padStart(2, "0")}`, fp: fingerprint(copyOf(big)) })),
  ];
  const byId = (list: DuplicateInput[]) => [...list].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const memo = new NearMemo();
  const compared: string[] = [];
  const check = (what: string) => {
    docs = byId(docs);
    assert.deepEqual(nearDuplicates(docs, memo), nearDuplicates(docs), what);
    compared.push(memo.compared);
  };
  check("first call");
  check("nothing changed");
  const pick = (prefix: string) => docs.filter((d) => d.id.startsWith(prefix))[Math.floor(rnd() * docs.filter((d) => d.id.startsWith(prefix)).length)]!;
  const steps: Array<[string, () => void]> = [
    ["add an article", () => void docs.push({ id: `n${serial}`, fp: fingerprint(text()) })],
    ["add a copy of a story", () => void docs.push({ id: `s${serial % 3}-new${serial}`, fp: fingerprint(copyOf(stories[serial % 3]!)) })],
    ["delete a copy", () => void (docs = docs.filter((d) => d !== pick("s")))],
    ["edit an article into a copy", () => {
      const d = pick("t");
      docs = docs.map((x) => (x === d ? { id: d.id, fp: fingerprint(copyOf(stories[0]!)) } : x));
    }],
    ["edit a copy into an article", () => {
      const d = pick("s");
      docs = docs.map((x) => (x === d ? { id: d.id, fp: fingerprint(text()) } : x));
    }],
    ["add to the big cluster", () => void docs.push({ id: `big-new${serial}`, fp: fingerprint(copyOf(big)) })],
    ["delete from the big cluster", () => void (docs = docs.filter((d) => d !== pick("big")))],
    ["add and delete several", () => {
      docs = docs.filter((d) => d !== pick("t") && d !== pick("s"));
      for (let i = 0; i < 3; i++) docs.push({ id: `m${serial}`, fp: fingerprint(i === 0 ? copyOf(stories[1]!) : text()) });
    }],
  ];
  for (let round = 0; round < 4; round++) for (const [what, step] of steps) {
    step();
    check(`${what}, round ${round}`);
  }
  assert.equal(compared[0], "all");
  assert.equal(compared[1], "changes");
  assert.ok(compared.filter((c) => c === "changes").length >= compared.length / 2, compared.join(" "));
  assert.ok(compared.includes("all", 2), "a change in the big cluster compares everything again");
});
