/**
 * Bytes the search page loads per query on a 2,000-article synthetic archive stay within a budget scaled
 * from the 10,000-article target (300 kB per two-word query there; parts have a fixed size, so the index
 * share hardly shrinks with the archive, the facet share does).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { benchSearchIndex } from "../../src/search/bench.ts";
import { syntheticArchive } from "./synthetic.ts";

test("payload: every benchmark query loads ≤ 110 kB on the first screen at 2,000 articles, no facets unless asked", async () => {
  const r = await benchSearchIndex(syntheticArchive(2000), { lunrDefault: false });
  for (const q of r.bytesPerQuery) {
    assert.ok(q.hits > 0, `${q.query} finds something`);
    // Index parts (~24 kB each, one or two per word) plus 20 body chunks of ~1.5 kB with their result's metadata.
    assert.ok(q.withResults <= 110_000, `${q.query}: ${q.withResults} bytes`);
    // 20 results: about 2 kB each, not whole bodies.
    assert.ok(q.withResults - q.bytes <= 45_000, `${q.query}: ${q.withResults - q.bytes} bytes of result text`);
    assert.ok(q.withFacets <= 150_000, `${q.query}: ${q.withFacets} bytes with the filters opened`);
  }
});
