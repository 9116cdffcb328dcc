/** Filter counts: exact over all hits on small archives, a bounded sample of facet chunks on large ones. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { FacetStore } from "../../src/client/facets.ts";
import type { SearchMeta } from "../../src/search/format.ts";

const meta = (facetChunk: number): SearchMeta => ({ docCount: 100_000, fields: ["title", "topics", "outlet", "body"], parts: [""], lexicon: [], facetChunk, facetChunks: Math.ceil(100_000 / facetChunk), keyChunk: 256 });
const never = () => Promise.reject(new Error("sampleOf loads nothing"));

test("facets: hits within 8 chunks are all counted", () => {
  const store = new FacetStore(meta(2048), never);
  const ids = Array.from({ length: 5000 }, (_, i) => i * 3); // 15,000 docs = 8 chunks
  assert.deepEqual(store.sampleOf(ids), { ids, sampled: false });
});

test("facets: hits spread over many chunks are counted in the fullest chunks until 2,000 are covered", () => {
  const store = new FacetStore(meta(2048), never);
  // Every 7th document of 100,000 (~290 hits per chunk), plus a dense run in chunk 30.
  const ids = [...Array.from({ length: 14_286 }, (_, i) => i * 7)];
  for (let id = 30 * 2048; id < 31 * 2048; id++) if (id % 7 !== 0) ids.push(id);
  ids.sort((a, b) => a - b);
  const { ids: counted, sampled } = store.sampleOf(ids);
  assert.equal(sampled, true);
  const chunks = [...new Set(counted.map((id) => Math.floor(id / 2048)))];
  assert.ok(chunks.includes(30), "the densest chunk is counted");
  assert.ok(counted.length >= 2000 && chunks.length <= 2, `${counted.length} hits in ${chunks.length} chunks`);
  assert.deepEqual(counted, ids.filter((id) => chunks.includes(Math.floor(id / 2048))), "every hit of a chosen chunk, in hit order");
});

test("facets: a thin spread of hits is sampled from at most 8 chunks", () => {
  const store = new FacetStore(meta(2048), never);
  const ids = Array.from({ length: 1000 }, (_, i) => i * 100); // 1,000 hits over 49 chunks
  const { ids: counted, sampled } = store.sampleOf(ids);
  assert.equal(sampled, true);
  assert.equal(new Set(counted.map((id) => Math.floor(id / 2048))).size, 8);
});

test("facets: the build encodes each document's values once, repeated topic names and missing values included", async () => {
  const { encodeFacets } = await import("../../src/search/store.ts");
  const { decodeVarints } = await import("../../src/search/codec.ts");
  const entries = [
    { date: "2024-05-01T10:00", outlet: "A", year: "2024", topics: ["Grid", "Port", "Grid"] },
    { date: null, outlet: null, year: null, topics: ["Grid", "Solo"] },
    { date: "2023-01-02", outlet: "A", year: "2023", topics: ["Port", "Grid"] },
    { date: "2024-05-01T10:00", outlet: "B", year: "2024", topics: [] },
  ];
  const { dict, docs } = encodeFacets(entries);
  // Counted once per document: Grid 3, Port 2; Solo (one document) is no filter.
  assert.deepEqual(dict.topics, [["Grid", 3], ["Port", 2]]);
  assert.deepEqual(dict.outlets, [["A", 2], ["B", 1]]);
  assert.deepEqual(dict.years, [["2024", 2], ["2023", 1]]);
  // [date rank (newest first, ties by id; undated last = count), outlet id + 1, year id + 1, topic count, topic ids…]
  assert.deepEqual(docs.map((d) => decodeVarints(d)), [
    [0, 1, 1, 2, 0, 1],
    [4, 0, 0, 1, 0],
    [2, 1, 2, 2, 1, 0],
    [1, 2, 1, 0],
  ]);
});
