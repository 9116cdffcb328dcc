/**
 * Search document files are named by a key derived from their ref: an article added or deleted anywhere
 * in ref order leaves every other document's file, name and bytes, as it was.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildSearchFiles, prepareSearchDoc } from "../../src/search/index.ts";
import { documentKeys } from "../../src/search/doc-keys.ts";
import { KEY_WIDTH, type DocRecord } from "../../src/search/format.ts";
import { SearchEngine } from "../../src/client/engine.ts";
import { syntheticArchive, type SyntheticArticle } from "./synthetic.ts";
import { vmLoader } from "./load.ts";

const files = (articles: SyntheticArticle[], keyChunk = 4) =>
  buildSearchFiles(
    articles.map((a) => prepareSearchDoc(a.doc)),
    articles.map((a) => a.entry),
    { keyChunk },
  );
const docFiles = (built: ReturnType<typeof files>) => new Map(built.filter((f) => f.path.startsWith("/search/docs/")).map((f) => [f.path, f.content]));

test("adding or deleting an article early in ref order rewrites no other document's file", () => {
  const archive = syntheticArchive(40, 120, 3).sort((x, y) => (x.doc.ref < y.doc.ref ? -1 : 1));
  // archive[0] sorts before every other ref: without it, every document's id is one less.
  const before = docFiles(files(archive.slice(1)));
  const added = docFiles(files(archive));
  assert.equal(added.size, before.size + 1);
  for (const [path, content] of before) assert.equal(added.get(path), content, `${path} kept its name and bytes`);
  const deleted = docFiles(files(archive.filter((_, i) => i !== 5)));
  assert.equal(deleted.size, archive.length - 1);
  for (const [path, content] of deleted) assert.equal(added.get(path), content, `${path} kept its name and bytes`);
});

test("the browser finds each document's file through the key files, across several of them", async () => {
  const archive = syntheticArchive(23, 80, 4);
  const { load } = vmLoader(files(archive, 4));
  const engine = await SearchEngine.open(load);
  const refs = archive.map((a) => a.doc.ref).sort();
  assert.equal(engine.meta.keyChunk, 4);
  for (let id = 0; id < refs.length; id++) {
    const doc = structuredClone((await load(await engine.docPath(id))) as DocRecord);
    assert.equal(doc.ref, refs[id], `document ${id}`);
  }
});

test("keys are fixed-width base 36, unique, and depend only on the set of refs when two hashes collide", () => {
  // Find two refs whose keys collide (36^5 slots: a few thousand refs make a collision likely).
  const seen = new Map<string, string>();
  let pair: [string, string] | null = null;
  for (let i = 0; pair === null && i < 200_000; i++) {
    const ref = `article-${i}.txt`;
    const key = documentKeys([ref])[0]!;
    const other = seen.get(key);
    if (other !== undefined) pair = [other, ref].sort() as [string, string];
    else seen.set(key, ref);
  }
  assert.ok(pair, "a colliding pair of refs");
  const [a, b] = pair;
  const [ka, kb] = documentKeys([a, b]);
  assert.equal(ka, documentKeys([a])[0], "the first in ref order keeps its key");
  assert.notEqual(kb, ka, "the second gets another");
  assert.deepEqual(documentKeys(["0-first.txt", a, b, "zzz-last.txt"]).slice(1, 3), [ka, kb], "other refs do not move them");
  const many = documentKeys([...seen.values()].sort().slice(0, 5000));
  assert.equal(new Set(many).size, many.length);
  for (const k of many) assert.match(k, new RegExp(`^[0-9a-z]{${KEY_WIDTH}}$`));
});
