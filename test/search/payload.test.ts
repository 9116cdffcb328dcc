/**
 * Bytes the search page loads per query on a 2,000-article synthetic archive stay within a budget scaled
 * from the 10,000-article target (300 kB per two-word query there; parts have a fixed size, so the index
 * share hardly shrinks with the archive, the facet share does). Each shown result loads its document's one
 * file (metadata + every body chunk, ~4.8 kB for these 600-word articles): accepted to write one file per
 * document instead of one per chunk.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { benchSearchIndex } from "../../src/search/bench.ts";
import { syntheticArchive } from "./synthetic.ts";

test("payload: every benchmark query loads ≤ 175 kB on the first screen at 2,000 articles, no facets unless asked", async () => {
  const r = await benchSearchIndex(syntheticArchive(2000), { lunrDefault: false });
  for (const q of r.bytesPerQuery) {
    assert.ok(q.hits > 0, `${q.query} finds something`);
    // Index parts (~24 kB each, one or two per word) plus 20 document files.
    assert.ok(q.withResults <= 175_000, `${q.query}: ${q.withResults} bytes`);
    assert.ok(q.bytes <= 65_000, `${q.query}: ${q.bytes} bytes of index`);
    // 20 results: one file each of about one article (~5 kB), never several documents per file.
    assert.ok(q.withResults - q.bytes <= 110_000, `${q.query}: ${q.withResults - q.bytes} bytes of result text`);
    assert.ok(q.withFacets - q.withResults <= 40_000, `${q.query}: ${q.withFacets - q.withResults} bytes of facets with the filters opened`);
  }
});
