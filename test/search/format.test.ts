/** The serialized index: round trip, format version refusal, script-safe text, determinism. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { deserialize, serialize } from "node:v8";
import vm from "node:vm";
import { buildSearchFiles, fieldTerms, prepareSearchDoc } from "../../src/search/index.ts";
import { computePostings, PostingsMemo } from "../../src/search/assemble.ts";
import { decodeVarints, encodeVarint } from "../../src/search/codec.ts";
import { FORMAT_VERSION, META_PATH } from "../../src/search/format.ts";
import { dataScript } from "../../src/search/script.ts";
import { SearchEngine } from "../../src/client/engine.ts";
import { SearchFormatError } from "../../src/client/registry.ts";
import { fuzzify } from "../../src/client/page.ts";
import { makeSnippet } from "../../src/client/snippet.ts";
import { syntheticArchive } from "./synthetic.ts";
import { vmLoader } from "./load.ts";

const articles = syntheticArchive(50, 100, 11);
const NASTY = "Ends here </script><script>alert(1)</script> and <!-- a comment --> then\u2028line\u2029para & more";
articles.push({
  doc: { ref: "/nasty/", title: "Nasty </script> title", topics: ["<b>"], outlet: "A&B", body: NASTY },
  entry: { ref: "/nasty/", url: "/nasty/", title: "Nasty </script> title", date: "2020-01-01", outlet: "A&B", topics: ["<b>"], year: "2020", summary: NASTY, body: NASTY },
});
const build = (list = articles) => buildSearchFiles(list.map((a) => prepareSearchDoc(a.doc)), list.map((a) => a.entry));
const files = build();

test("varints round-trip", () => {
  const nums = [0, 1, 31, 32, 1023, 1024, 32767, 32768, 1_000_000, 2 ** 31 - 1];
  assert.deepEqual(decodeVarints(nums.map(encodeVarint).join("")), nums);
});

test("same input in any order gives byte-identical files", () => {
  const again = build([...articles].reverse());
  assert.deepEqual(again.map((f) => f.path).sort(), files.map((f) => f.path).sort());
  const byPath = new Map(again.map((f) => [f.path, f.content]));
  for (const f of files) assert.equal(byPath.get(f.path), f.content, f.path);
});

test("stored text cannot end the script: no <, >, &, U+2028 or U+2029 in any file, and the data reads back unchanged", () => {
  for (const f of files) assert.doesNotMatch(f.content, /[<>&\u2028\u2029]/, f.path);
  const doc = files.find((f) => f.content.includes('"ref":"/nasty/"'))!;
  let got: unknown;
  vm.runInNewContext(doc.content, { __newsArchiveSearch: (_v: number, _p: string, data: unknown) => (got = data) });
  assert.equal((got as { chunks: string[] }).chunks.join(""), NASTY);
  assert.equal((got as { title: string }).title, "Nasty </script> title");
});

test("round trip: the built index loads as the browser loads it and finds the documents", async () => {
  const { load } = vmLoader(files);
  const engine = await SearchEngine.open(load);
  assert.equal(engine.meta.docCount, articles.length);
  const hits = await engine.search("nasty");
  assert.equal(hits.length, 1);
  assert.deepEqual(hits[0]!.terms, ["nasti"]);
});

test("an index of another format version is refused with a clear message", async () => {
  const old = files.map((f) => (f.path === META_PATH ? { path: f.path, content: dataScript(f.path, { docCount: 1 }, FORMAT_VERSION - 1) } : f));
  const { load } = vmLoader(old);
  await assert.rejects(SearchEngine.open(load), (err: unknown) => {
    assert.ok(err instanceof SearchFormatError);
    assert.equal(
      err.message,
      `The search index (/search/meta.js) is in format ${FORMAT_VERSION - 1}, but this page's search script reads format ${FORMAT_VERSION}. Rebuild the site so the index and the script come from the same version of news-archive.`,
    );
    return true;
  });
});

test("a document without a store entry, or two with one ref, is a clear build error", () => {
  assert.throws(() => buildSearchFiles([prepareSearchDoc(articles[0]!.doc)], []), /has no store entry/);
  const doc = prepareSearchDoc(articles[0]!.doc);
  assert.throws(() => buildSearchFiles([doc, doc], [articles[0]!.entry]), /two documents have the ref/);
});

test("prepareSearchDoc survives the build cache's v8 serialization", () => {
  const stats = prepareSearchDoc(articles[0]!.doc);
  assert.deepEqual(deserialize(serialize(stats)), stats);
  assert.ok(stats.fields[3].counts instanceof Uint32Array);
});

test("invalid syntax is a friendly QuerySyntaxError", async () => {
  const { load } = vmLoader(files);
  const engine = await SearchEngine.open(load);
  for (const q of ["title:", "~", "nosuchfield:x", "grid^"]) {
    await assert.rejects(engine.search(q), (err: unknown) => (err as Error).name === "QuerySyntaxError" && !/undefined/.test((err as Error).message), q);
  }
});

test("fuzzy retry query and snippets", () => {
  assert.equal(fuzzify("valdria grids"), "valdria~1 grids~1");
  assert.equal(fuzzify("+title:valdria -storm"), "+title:valdria~1 -storm");
  assert.equal(fuzzify("elect*"), null);
  const s = makeSnippet("Officials said the grids were synchronised.", new Set(["grid"]));
  assert.deepEqual(s.segments, [{ text: "Officials said the ", mark: false }, { text: "grids", mark: true }, { text: " were synchronised.", mark: false }]);
});

test("a field of punctuation only keeps lunr's empty term through the compact statistics", () => {
  const stats = prepareSearchDoc({ ref: "p", title: "—", topics: ["***"], outlet: "x — y", body: "" });
  assert.deepEqual(stats.fields.map((f) => fieldTerms(f)), [[""], [""], ["x", "", "y"], []]);
  for (const f of stats.fields) assert.equal(fieldTerms(f).length, f.counts.length);
  // Assembled with a normal document, the empty term gets postings in the title and topics fields of "p".
  const other = prepareSearchDoc({ ref: "q", title: "Grid pact", topics: [], outlet: null, body: "The grid pact was signed." });
  const empty = computePostings([stats, other]).find((t) => t.term === "");
  assert.ok(empty, "the empty term is indexed");
  assert.notEqual(empty.postings[0], "");
  assert.notEqual(empty.postings[1], "");
  assert.equal(empty.postings[3], "");
});

test("a session's postings memo gives the postings a fresh assembly gives, as documents come and go", () => {
  const docs = articles.map((a) => prepareSearchDoc(a.doc));
  // A document of 12,000 words found nowhere else: once it is gone, the memo holds mostly unused terms.
  const words = Array.from({ length: 12_000 }, (_, i) => `zq${i.toString(36)}x`).join(" ");
  const big = prepareSearchDoc({ ref: "/big/", title: "Big", topics: [], outlet: null, body: words });
  const memo = new PostingsMemo();
  const steps: Array<[string, typeof docs]> = [
    ["first", docs],
    ["again", docs],
    ["one removed", docs.filter((_, i) => i !== 3)],
    ["statistics made again", articles.map((a) => prepareSearchDoc(a.doc))],
    ["a large document added", [...docs, big].sort((a, b) => (a.ref < b.ref ? -1 : 1))],
    ["and removed", docs],
    ["again after the memo started afresh", docs],
  ];
  for (const [what, list] of steps) {
    assert.deepEqual(computePostings(list, memo), computePostings(list), what);
    if (what === "and removed") assert.equal(memo.terms.size, 0, "the memo started afresh");
    // Otherwise it holds the terms and each field's numbers (a memo the assembly ignored would hold nothing).
    else assert.ok(memo.terms.size > 0 && list.every((d) => d.fields.every((f) => memo.fieldIds.has(f))), what);
  }
});
