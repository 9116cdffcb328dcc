/**
 * The partitioned index, loaded as the browser loads it, gives the same top-10 refs and scores as one
 * monolithic lunr index built by lunr's default builder over the same documents.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import assert from "node:assert/strict";
import lunr from "lunr";
import { buildSearchFiles, prepareSearchDoc, searchFieldTexts, type SearchDocInput } from "../../src/search/index.ts";
import type { SearchStoreEntry } from "../../src/search/store.ts";
import { SearchEngine } from "../../src/client/engine.ts";
import { syntheticArchive } from "./synthetic.ts";
import { vmLoader } from "./load.ts";

const CORPUS = "/work/shared/corpus/articles";

function corpusDocs(): Array<{ doc: SearchDocInput; entry: SearchStoreEntry }> {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const text = readFileSync(join(CORPUS, file), "utf8").replace(/^\uFEFF/, "");
      const [title = "", ...rest] = text.split(/\r?\n/);
      const ref = `/corpus/${file.replace(/\.txt$/, "")}/`;
      const body = rest.join("\n");
      return { doc: { ref, title, topics: ["Corpus"], outlet: null, body }, entry: { ref, url: ref, title, date: null, outlet: null, topics: ["Corpus"], year: null, summary: "", body } };
    });
}

const articles = [...syntheticArchive(400, 300, 7), ...corpusDocs()];
// A different input order than ref order: the build sorts.
const shuffled = [...articles].reverse();
const files = buildSearchFiles(
  shuffled.map((a) => prepareSearchDoc(a.doc)),
  shuffled.map((a) => a.entry),
  { partBytes: 4000 }, // small parts, so queries span several
);

const sortedDocs = [...articles].sort((a, b) => (a.doc.ref < b.doc.ref ? -1 : 1));
const refs = sortedDocs.map((a) => a.doc.ref);
const monolithic = lunr(function () {
  this.ref("ref");
  for (const f of ["title", "topics", "outlet", "body"]) this.field(f);
  for (const a of sortedDocs) this.add({ ref: a.doc.ref, ...searchFieldTexts(a.doc) });
});

const common = sortedDocs[3]!.doc.title.split(" ")[1]!.toLowerCase();
const QUERIES = [
  "grid",
  "election",
  "officials",
  "central bank",
  "climate change",
  "Valdoria Tarsia",
  "cyber*",
  "elect*",
  "elekt~1",
  "valdria~1",
  "title:grid",
  `title:${common}`,
  "+grid -storm",
  "+minister +election -bank",
  "*tion",
  "storm^10 flood",
  "topics:corpus",
  "-grid",
  "ransomware",
  "nonexistentword",
];

test("partitioned index gives lunr's top-10 refs and scores for every query", async () => {
  const { load } = vmLoader(files);
  const engine = await SearchEngine.open(load);
  for (const q of QUERIES) {
    const expected = monolithic.search(q).slice(0, 10);
    const actual = (await engine.search(q)).slice(0, 10);
    assert.deepEqual(
      actual.map((h) => refs[h.id]),
      expected.map((r) => r.ref),
      `refs for ${JSON.stringify(q)}`,
    );
    actual.forEach((h, i) => assert.equal(h.score, expected[i]!.score, `score ${i} for ${JSON.stringify(q)}`));
    if (!["nonexistentword"].includes(q)) assert.ok(expected.length > 0, `query ${JSON.stringify(q)} should find something`);
  }
});

test("a two-word query loads only a few parts", async () => {
  const { load, loaded } = vmLoader(files);
  const engine = await SearchEngine.open(load);
  await engine.search("climate change");
  const parts = loaded.filter((p) => p.startsWith("/search/index/"));
  assert.ok(parts.length <= 2, `loaded ${parts.join(", ")}`);
  assert.ok(files.filter((f) => f.path.startsWith("/search/index/")).length > 20);
});

test("plain term queries (scored without lunr.Index, plain-scorer.ts) give lunr's full result list: every ref, score and tie order", async () => {
  const { load } = vmLoader(files);
  const engine = await SearchEngine.open(load);
  for (const q of ["officials", "central bank", "minister election", "election elections", "grid^3 pact", "title:grid body:storm", "Valdoria Tarsia", `${common} officials`]) {
    const expected = monolithic.search(q);
    const actual = await engine.search(q);
    assert.ok(expected.length > 0, q);
    assert.deepEqual(actual.map((h) => refs[h.id]), expected.map((r) => r.ref), `refs for ${JSON.stringify(q)}`);
    assert.deepEqual(actual.map((h) => h.score), expected.map((r) => r.score), `scores for ${JSON.stringify(q)}`);
    actual.forEach((h, i) => assert.deepEqual([...h.terms].sort(), Object.keys(expected[i]!.matchData.metadata).sort(), `terms for ${JSON.stringify(q)}`));
  }
});
