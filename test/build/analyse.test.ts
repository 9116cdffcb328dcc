import { test } from "node:test";
import assert from "node:assert/strict";
import { countWords } from "../../src/build/analyse.ts";

test("countWords counts what splitting on \\s+ counts, for every kind of space", () => {
  const pieces = ["a", "word", "Kyiv-based", "élan", "1,200", "\u200b", " ", "  ", "\n\n", "\t", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u2028", "\u202f", "\u0085"];
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % pieces.length;
  for (let n = 0; n < 500; n++) {
    let text = "";
    for (let k = n % 23; k > 0; k--) text += pieces[next()];
    assert.equal(countWords(text), text.split(/\s+/).filter(Boolean).length, JSON.stringify(text));
  }
});
