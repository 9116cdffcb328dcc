/**
 * Search document files are named by a key derived from their ref: an article added or deleted anywhere
 * in ref order leaves every other document's file, name and bytes, as it was.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildSearchFiles, prepareSearchDoc, searchFiles } from "../../src/search/index.ts";
import { docInputKey, type SearchStoreEntry } from "../../src/search/store.ts";
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

test("a document's input key changes with each of its fields, its body's source and the code, and needs no body text", () => {
  const fields = { ref: "a.txt", url: "/2024/01/02/a/", title: "A title", date: "2024-01-02" as string | null, outlet: "The Outlet" as string | null, topics: ["Grid", "Power"], year: "2024", summary: "A summary.", bodySource: "A body\\." as string | undefined };
  // The body text is derived only when the file is made: reading it here fails the test.
  const entry = (over: Partial<typeof fields> = {}): SearchStoreEntry =>
    Object.defineProperty({ ...fields, ...over }, "body", { enumerable: true, get: () => assert.fail("body text read for an input key") }) as SearchStoreEntry;
  const key = (e: SearchStoreEntry, salt = "code-1", path = "/search/docs/ab/abcde.js") => docInputKey(salt, path, e);
  const base = entry();
  const k = key(base);
  assert.equal(key(entry()), k, "equal inputs, equal keys");
  const changed: Array<[string, string]> = [
    ["salt", key(base, "code-2")],
    ["path", key(base, "code-1", "/search/docs/ab/abcdf.js")],
    ["ref", key(entry({ ref: "b.txt" }))],
    ["url", key(entry({ url: "/2024/01/02/a-2/" }))],
    ["title", key(entry({ title: "Another title" }))],
    ["date", key(entry({ date: null }))],
    ["outlet", key(entry({ outlet: null }))],
    ["topics", key(entry({ topics: ["Grid"] }))],
    ["topic boundaries", key(entry({ topics: ["Grid Power"] }))],
    ["summary", key(entry({ summary: "Other." }))],
    ["body source", key(entry({ bodySource: "A body." }))],
    ["body given as text", key({ ...fields, bodySource: undefined, body: "A body\\." })],
  ];
  for (const [what, other] of changed) assert.notEqual(other, k, `${what} changes the key`);
  assert.equal(new Set(changed.map(([, v]) => v)).size, changed.length);

  // A memo object (a session's record) keeps the last key: every field still counts, in any order of builds.
  const memo = {};
  const kept = (over: Partial<typeof fields>, salt?: string, path?: string) => key(Object.assign(entry(over), { memo }), salt, path);
  const builds: Array<[Partial<typeof fields>, string?, string?]> = [
    [{}], [{}], [{}, "code-2"], [{}], [{}, "code-1", "/search/docs/ab/abcdf.js"], [{ ref: "b.txt" }], [{ url: "/2024/01/02/a-2/" }], [{}],
    [{ title: "Another title" }], [{ date: null }], [{ outlet: null }], [{ topics: ["Grid"] }], [{ topics: ["Grid", "Power"] }],
    [{ topics: ["Grid Power"] }], [{ summary: "Other." }], [{ bodySource: "A body." }], [{}],
  ];
  for (const [over, salt, path] of builds) assert.equal(kept(over, salt, path), key(entry(over), salt, path), `kept key for ${JSON.stringify([over, salt, path])}`);
});

test("searchFiles gives each document file an input key, and makes none until asked", () => {
  const archive = syntheticArchive(6, 60, 5);
  const entries = archive.map((a) =>
    Object.defineProperty({ ...a.entry, bodySource: a.entry.body }, "body", { enumerable: true, get: () => { throw new Error("made too early"); } }) as SearchStoreEntry,
  );
  const pending = [...searchFiles(archive.map((a) => prepareSearchDoc(a.doc)), entries, { docKeySalt: "x" })];
  const docs = pending.filter((f) => f.path.startsWith("/search/docs/"));
  assert.equal(docs.length, archive.length);
  assert.ok(docs.every((f) => typeof f.inputKey === "string"));
  assert.ok(pending.filter((f) => !f.path.startsWith("/search/docs/")).every((f) => f.inputKey === null));
  assert.throws(() => docs[0]!.make(), /made too early/);
});
