/** Body chunks: the cuts, the chunk masks in the index, the one file per document, and the chunk a snippet comes from. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { CHUNK_CHARS, MAX_CHUNKS, chunkStarts, splitChunks } from "../../src/search/chunks.ts";
import { buildSearchFiles, fieldTerms, prepareSearchDoc } from "../../src/search/index.ts";
import { docPath, type DocRecord } from "../../src/search/format.ts";
import { SearchEngine } from "../../src/client/engine.ts";
import type { Loader } from "../../src/client/registry.ts";
import { chunkSnippet } from "../../src/client/snippet.ts";
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
  assert.equal(masks?.length, fieldTerms(chunked).length);
  assert.ok(masks!.every((m) => m > 0 && m < 1 << n));
  assert.ok(masks!.includes((1 << n) - 1), "a frequent word occurs in every chunk");
});

function article(ref: string, body: string): SyntheticArticle {
  return { doc: { ref, title: "Report " + ref, topics: [], outlet: null, body }, entry: { ref, url: ref, title: "Report " + ref, date: null, outlet: null, topics: [], year: null, summary: "", body } };
}

const text = (segments: ReadonlyArray<{ text: string }>): string => segments.map((s) => s.text).join("");
/** A document's file as the browser gets it, copied out of the vm's realm (its arrays have another Array.prototype). */
const loadDoc = async (load: Loader, path: string): Promise<DocRecord> => structuredClone((await load(path)) as DocRecord);

test("one file per document holds its metadata and every chunk of its body (the summary alone when there is no body)", async () => {
  const long = syntheticArchive(1, 1200, 9)[0]!.entry;
  const empty = { ...article("/empty/", "").entry, summary: "Only a summary here." };
  const entries = [long, empty, article("/short/", "A short body.").entry];
  const stats = entries.map((e) => prepareSearchDoc({ ref: e.ref, title: e.title, topics: e.topics, outlet: e.outlet, body: e.body }));
  const files = buildSearchFiles(stats, entries);
  const docFiles = files.filter((f) => f.path.startsWith("/search/docs/"));
  const { load } = vmLoader(files);
  const engine = await SearchEngine.open(load);
  const paths = await Promise.all([0, 1, 2].map((id) => engine.docPath(id)));
  assert.deepEqual(docFiles.map((f) => f.path).sort(), [...paths].sort(), "one file per document, none per chunk");
  assert.equal(docPath("k3x9a"), "/search/docs/k3/k3x9a.js");

  const byRef = new Map<string, DocRecord>();
  for (let id = 0; id < engine.meta.docCount; id++) {
    const doc = await loadDoc(load, await engine.docPath(id));
    byRef.set(doc.ref, doc);
  }
  const stored = byRef.get(long.ref)!;
  assert.ok(splitChunks(long.body).length >= 4, "the long body spans several chunks");
  assert.deepEqual(stored.chunks, splitChunks(long.body), "every chunk, in order, cut as the index cut them");
  assert.equal(stored.chunks.join(""), long.body);
  assert.deepEqual(
    { ref: stored.ref, url: stored.url, title: stored.title, date: stored.date, outlet: stored.outlet, topics: stored.topics },
    { ref: long.ref, url: long.url, title: long.title, date: long.date, outlet: long.outlet, topics: long.topics },
  );
  assert.deepEqual(byRef.get("/empty/")!.chunks, ["Only a summary here."]);
  assert.deepEqual(byRef.get("/short/")!.chunks, ["A short body."]);
});

test("a result loads its document's one file, and the snippet comes from the chunk that holds its matched words", async () => {
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
  const snippets = new Map<string, string>();
  for (const hit of hits) {
    const chunk = engine.chunkOf(hit);
    const ref = `/${"ab"[hit.id]}/`;
    const body = articles.find((a) => a.doc.ref === ref)!.doc.body;
    const chunks = splitChunks(body);
    assert.ok(chunks.length >= 2, "the test bodies span several chunks");
    const expected = chunks.findIndex((c) => c.includes("quarry") && c.includes("zeppelin"));
    assert.ok(expected > 0, "the best chunk is not the first, so taking chunk 0 would fail");
    assert.equal(chunk, expected, `doc ${hit.id}`);
    const data = await loadDoc(load, await engine.docPath(hit.id));
    assert.deepEqual(data.chunks, chunks);
    const snippet = chunkSnippet(data.chunks, chunk, new Set(hit.terms));
    const marked = snippet.segments.filter((s) => s.mark).map((s) => s.text.toLowerCase());
    assert.ok(marked.includes("zeppelin") && marked.includes("quarry"), `doc ${hit.id}: ${text(snippet.segments)}`);
    assert.equal(snippet.segments[0]!.text, "… ", "not the first chunk: a leading …");
    if (chunk < chunks.length - 1) assert.equal(snippet.segments.at(-1)!.text, " …", "not the last chunk: a trailing …");
    snippets.set(ref, text(snippet.segments));
  }
  assert.match(snippets.get("/a/")!, /The zeppelin landed near the quarry\./);
  assert.match(snippets.get("/b/")!, /A quarry appears late, and the zeppelin with it near the quarry\./);
  assert.equal(loaded.filter((p) => p.startsWith("/search/docs/")).length, 2, "one file per result");
  const title = await engine.search("title:report");
  assert.equal(engine.chunkOf(title[0]!), 0, "a title-only match shows the start of the body");
});

test("snippets: … marks text before and after the chunk, and a chunk number the document lacks falls back to the first", () => {
  const chunks = ["Intro about the grid. ", "The grid pact. ", "End of grid story."];
  const terms = new Set(["grid"]);
  assert.deepEqual(chunkSnippet(chunks, 1, terms).segments, [
    { text: "… ", mark: false },
    { text: "The ", mark: false },
    { text: "grid", mark: true },
    { text: " pact.", mark: false },
    { text: " …", mark: false },
  ]);
  assert.equal(text(chunkSnippet(chunks, 0, terms).segments), "Intro about the grid. …");
  assert.equal(text(chunkSnippet(chunks, 2, terms).segments), "… End of grid story.");
  assert.equal(text(chunkSnippet(["Only a summary."], 0, terms).segments), "Only a summary.");
  assert.equal(text(chunkSnippet(chunks, 7, terms).segments), "Intro about the grid. …");
});

test("stats cached before chunk masks existed still build (chunk 0 for every body term)", async () => {
  const a = article("/old/", "Old cached statistics without masks.");
  const stats = prepareSearchDoc(a.doc);
  delete stats.fields[3].masks;
  const files = buildSearchFiles([stats], [a.entry]);
  const { load } = vmLoader(files);
  const engine = await SearchEngine.open(load);
  const [hit] = await engine.search("statistics");
  assert.equal(engine.chunkOf(hit!), 0);
  assert.deepEqual((await loadDoc(load, await engine.docPath(0))).chunks, ["Old cached statistics without masks."]);
});
