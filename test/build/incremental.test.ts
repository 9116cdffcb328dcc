/**
 * Incremental builds give exactly what a cold build gives, and a rebuild with
 * nothing changed writes nothing.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { promises as fs, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { articlesFolder, assertSameTree, buildInto, tempDir } from "../helpers/site-tree.ts";

const CORPUS = path.resolve("../shared/corpus/articles");
const names = readdirSync(CORPUS).sort();
const all = Object.fromEntries(names.map((n) => [n, readFileSync(path.join(CORPUS, n))]));

test("adding, editing and deleting articles incrementally equals a cold build, byte for byte", async () => {
  const edited = names[5]!;
  const deleted = names[9]!;
  const editedText = all[edited]!.toString().replace(/\n/, "\nAn added standfirst line that changes the record.\n");

  // Incremental: start with two thirds of the corpus, then add the rest, edit one, delete one.
  const incremental = await articlesFolder(Object.fromEntries(names.slice(0, 24).map((n) => [n, all[n]!])));
  const work = tempDir();
  await buildInto(incremental, work);
  for (const n of names.slice(24)) await fs.writeFile(path.join(incremental, n), all[n]!);
  await buildInto(incremental, work);
  await fs.writeFile(path.join(incremental, edited), editedText);
  await buildInto(incremental, work);
  await fs.rm(path.join(incremental, deleted));
  const last = await buildInto(incremental, work);
  assert.ok(last.result.filesWritten < last.result.pagesTotal, "a delete rebuild rewrites only what changed");

  // Cold: the final set in one go.
  const finalSet = Object.fromEntries(names.filter((n) => n !== deleted).map((n) => [n, n === edited ? editedText : all[n]!]));
  const cold = await buildInto(await articlesFolder(finalSet));

  await assertSameTree(last.out, cold.out);
});

test("a rebuild with nothing changed writes no file and keeps modification times", async () => {
  const dir = await articlesFolder(Object.fromEntries(names.slice(0, 10).map((n) => [n, all[n]!])));
  const first = await buildInto(dir);
  const before = await fs.stat(path.join(first.out, "index.html"));
  const again = await buildInto(dir, first.work);
  assert.equal(again.result.filesWritten, 0);
  assert.equal(again.result.parsed, 0);
  const after = await fs.stat(path.join(first.out, "index.html"));
  assert.equal(after.mtimeMs, before.mtimeMs);
});
