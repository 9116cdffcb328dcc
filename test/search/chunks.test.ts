/** Body chunks: the cuts, the chunk masks in the index, and the chunk a result loads for its snippet. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { CHUNK_CHARS, MAX_CHUNKS, chunkStarts, splitChunks } from "../../src/search/chunks.ts";
import { buildSearchFiles, prepareSearchDoc } from "../../src/search/index.ts";
import { docPath, type DocChunk } from "../../src/search/format.ts";
import { SearchEngine } from "../../src/client/engine.ts";
import { syntheticArchive, type SyntheticArticle } from "./synthetic.ts";
import { vmLoader } from "./load.ts";

test("chunks: cuts fall after whitespace, rejoin to the text, and stay near the target size", () => {
  const body = syntheticArchive(3, 900, 5).map((a) => a.doc.body).join("\n");
  const chunks = splitChunks(body);
  assert.equal(chunks.join(""), body);
  assert.ok(chunks.length >= 3, `${chunks.length} chunks`);
  for (const c of chunks.slice(0, -1)) {
    assert.match(c, /\s$/);
    assert.ok(c.length > CHUNK_CHARS / 2 && c.length <= CHUNK_CHARS + 1, `chunk of ${c.length}`);
  }
  assert.deepEqual(chunkStarts(""), [0]);
  assert.deepEqual(chunkStarts("short text"), [0]);
  assert.deepEqual(splitChunks("x".repeat(5000)), ["x".repeat(5000)], "no whitespace: no cut");
  assert.ok(chunkStarts("word ".repeat(100_000)).length <= MAX_CHUNKS);
});

test("chunks: tokenising chunk by chunk gives the same field statistics as the whole text", () => {
  const doc = syntheticArchive(1, 1200, 9)[0]!.doc;
  const { masks, ...chunked } = prepareSearchDoc(doc).fields[3];
  // The title field is tokenised in one piece: the same text there gives lunr's whole-text statistics.
  const whole = prepareSearchDoc({ ref: "x", title: doc.body, topics: [], outlet: null, body: "" }).fields[0];
  assert.deepEqual(chunked, whole);
  const n = splitChunks(doc.body).length;
  assert.ok(n >= 4, `${n} chunks`);
  assert.equal(masks?.length, chunked.terms.length);
  assert.ok(masks!.every((m) => m > 0 && m < 1 << n));
  assert.ok(masks!.includes((1 << n) - 1), "a frequent word occurs in every chunk");
});

function article(ref: string, body: string): SyntheticArticle {
  return { doc: { ref, title: "Report " + ref, topics: [], outlet: null, body }, entry: { ref, url: ref, title: "Report " + ref, date: null, outlet: null, topics: [], year: null, summary: "", body } };
}

test("a result loads the chunk that holds its matched words, and the snippet comes from it", async () => {
  const filler = (n: number): string => Array.from({ length: n }, (_, i) => `Filler sentence number ${i} about nothing much.`).join(" ");
  const articles = [
    article("/a/", `${filler(40)}\n${filler(40)}\nThe zeppelin landed near the quarry. ${filler(40)}`),
    article("/b/", `The zeppelin story starts here. ${filler(60)}\nA quarry appears late, and the zeppelin with it near the quarry. ${filler(10)}`),
    article("/c/", filler(5)),
  ];
  const files = buildSearchFiles(articles.map((a) => prepareSearchDoc(a.doc)), articles.map((a) => a.entry));
  const { load, loaded } = vmLoader(files);
  const engine = await SearchEngine.open(load);
  const hits = await engine.search("zeppelin quarry");
  assert.equal(hits.length, 2);
  for (const hit of hits) {
    const chunk = engine.chunkOf(hit);
    const body = articles.find((a) => a.doc.ref === `/${"ab"[hit.id]}/`)!.doc.body;
    const chunks = splitChunks(body);
    assert.ok(chunks.length >= 2, "the test bodies span several chunks");
    const expected = chunks.findIndex((c) => c.includes("quarry") && c.includes("zeppelin"));
    assert.equal(chunk, expected, `doc ${hit.id}`);
    const data = (await load(docPath(hit.id, chunk, engine.meta.docFolder))) as DocChunk;
    assert.match(data.text, /zeppelin/);
    assert.equal(data.chunks, chunks.length);
  }
  assert.equal(loaded.filter((p) => p.startsWith("/search/docs/")).length, 2, "one chunk file per result");
  const title = await engine.search("title:report");
  assert.equal(engine.chunkOf(title[0]!), 0, "a title-only match shows the start of the body");
});

test("stats cached before chunk masks existed still build (chunk 0 for every body term)", () => {
  const a = article("/old/", "Old cached statistics without masks.");
  const stats = prepareSearchDoc(a.doc);
  delete stats.fields[3].masks;
  const files = buildSearchFiles([stats], [a.entry]);
  assert.ok(files.some((f) => f.path === docPath(0, 0, 1000)));
});
