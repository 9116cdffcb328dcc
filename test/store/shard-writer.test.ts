/** The cache's writer thread: what it writes reads back with v8, and a failure reaches the caller. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { deserialize } from "node:v8";
import { ShardWriter } from "../../src/store/shard-writer.ts";
import { tempDir } from "../helpers/site-tree.ts";

test("the shard writer writes each value v8-serialized, leaving no temp file", async () => {
  const dir = tempDir();
  const writer = new ShardWriter();
  const values = [0, 1, 2].map((n) => ({ version: "v", articles: new Map([[`a${n}.txt`, { counts: new Uint32Array([n, 7]), terms: "grid storm" }]]) }));
  try {
    await Promise.all(values.map((v, n) => writer.write(path.join(dir, `analysis-${n}.bin`), v)));
  } finally {
    await writer.close();
  }
  values.forEach((v, n) => assert.deepEqual(deserialize(readFileSync(path.join(dir, `analysis-${n}.bin`))), v));
  assert.deepEqual(readdirSync(dir).sort(), ["analysis-0.bin", "analysis-1.bin", "analysis-2.bin"]);
});

test("a write the shard writer cannot make rejects with the reason", async () => {
  const dir = tempDir();
  const writer = new ShardWriter();
  try {
    await assert.rejects(writer.write(path.join(dir, "missing-folder", "analysis-0.bin"), { x: 1 }), /could not write the analysis cache: ENOENT/);
    // The writer keeps working after a failed write.
    await writer.write(path.join(dir, "analysis-1.bin"), { x: 2 });
  } finally {
    await writer.close();
  }
  assert.ok(existsSync(path.join(dir, "analysis-1.bin")));
});
