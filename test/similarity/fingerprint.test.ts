import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeSignature, estimateJaccard, fingerprint, MINHASH_SIZE, normaliseForHash } from "../../src/similarity/index.ts";
import { pseudoArticle } from "./synthetic.ts";

test("fingerprint is JSON-serialisable, round-trips, and stays under 1.5 KB for a 600-word article", () => {
  const fp = fingerprint(pseudoArticle(600));
  const json = JSON.stringify(fp);
  assert.deepEqual(JSON.parse(json), fp);
  assert.ok(json.length <= 1500, `fingerprint JSON is ${json.length} bytes`);
  assert.equal(decodeSignature(fp.minhash).length, MINHASH_SIZE);
  assert.ok(fp.terms.length <= 30 && fp.terms.length === fp.counts.length, `${fp.terms.length} terms, ${fp.counts.length} counts`);
  assert.ok(fp.words >= 600 && fp.words <= 700, `${fp.words} words`); // "company's" is two words
});

test("the exact-duplicate hash ignores whitespace: CRLF, indentation, blank lines, BOM, trailing newlines", () => {
  const text = "Cable damaged\n\nInvestigators are examining a ship.\nThe link is out for weeks.\n";
  const variants = [
    text.replace(/\n/g, "\r\n"),
    "\uFEFF" + text,
    "  Cable damaged\n\n\n\n    Investigators are examining a ship.\n\tThe link is out for weeks.\n\n\n\n",
    "Cable damaged Investigators are examining a ship. The link is out for weeks.",
    text.normalize("NFD"),
  ];
  for (const v of variants) assert.equal(fingerprint(v).hash, fingerprint(text).hash, JSON.stringify(v));
  assert.notEqual(fingerprint(text.replace("weeks", "days")).hash, fingerprint(text).hash);
  assert.notEqual(fingerprint(text.replace("a ship", "aship")).hash, fingerprint(text).hash);
  assert.equal(normaliseForHash(" a \r\n\t b \n"), "a b");
});

test("terms are lowercased, plural-stemmed, without stopwords or numbers, most frequent first", () => {
  const fp = fingerprint("The cables and the cable: Cable operators said 2023 that the operator’s cables were cut. Crisis, crises.");
  const count = (term: string): number | undefined => fp.counts[fp.terms.indexOf(term)];
  assert.deepEqual(fp.terms.slice(0, 2), ["cable", "operator"]);
  assert.equal(fp.terms.length, fp.counts.length);
  assert.equal(count("cable"), 4);
  assert.equal(count("operator"), 2);
  for (const gone of ["the", "and", "said", "2023", "that"]) assert.ok(!fp.terms.includes(gone), gone);
  assert.equal(count("crisis"), 1);
});

test("curly and straight quotes tokenise alike, so they do not lower the near-duplicate similarity", () => {
  const a = fingerprint("“At this stage we are not ruling anything out,” said Mikael Sarv. The ship’s anchor was damaged and a section was missing.");
  const b = fingerprint("\"At this stage we are not ruling anything out,\" said Mikael Sarv. The ship's anchor was damaged and a section was missing.");
  assert.equal(estimateJaccard(decodeSignature(a.minhash), decodeSignature(b.minhash)), 1);
});

test("empty and very short texts get usable fingerprints", () => {
  const empty = fingerprint("");
  assert.equal(empty.minhash, "");
  assert.equal(empty.words, 0);
  assert.deepEqual(empty.terms, []);
  const short = fingerprint("Brief: port closed");
  assert.equal(decodeSignature(short.minhash).length, MINHASH_SIZE);
  assert.equal(estimateJaccard(decodeSignature(short.minhash), decodeSignature(fingerprint("brief port closed").minhash)), 1);
});

test("fingerprint costs at most a fraction of a millisecond for a 600-word article", () => {
  const texts = Array.from({ length: 400 }, (_, i) => pseudoArticle(600, i + 1));
  for (const t of texts.slice(0, 50)) fingerprint(t); // warm up the JIT
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  for (const t of texts) fingerprint(t);
  const wallMs = (performance.now() - t0) / texts.length;
  const cpuMs = process.cpuUsage(cpu).user / 1000 / texts.length;
  console.log(`fingerprint: ${wallMs.toFixed(3)} ms wall, ${cpuMs.toFixed(3)} ms CPU per 600-word article`);
  // Budget 0.3 ms; assert loosely so a busy test machine does not fail it.
  assert.ok(Math.min(wallMs, cpuMs) < 1, `${wallMs} ms per article`);
});
