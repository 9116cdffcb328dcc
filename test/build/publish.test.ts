/**
 * The publish stage keeps a search document's file without making it again when its input key is the one
 * in the site's manifest: a rebuild does not derive every article's plain text.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { publishSite } from "../../src/build/publish.ts";
import { Progress } from "../../src/build/progress.ts";
import { emptyManifest, readManifest } from "../../src/store/output.ts";
import { prepareSearchDoc } from "../../src/search/index.ts";
import type { SearchStoreEntry } from "../../src/search/store.ts";
import type { SiteModel } from "../../src/model/build-model.ts";
import { syntheticArchive } from "../search/synthetic.ts";
import { tempDir } from "../helpers/site-tree.ts";

const site = { title: "Test archive", baseUrl: null, language: "en" };

/** A model of search documents only; `body(i)` gives document i's body text. */
function model(bodies: (i: number) => string): SiteModel {
  const archive = syntheticArchive(12, 80, 7);
  const searchStore = archive.map((a, i) => Object.defineProperty({ ...a.entry, bodySource: a.entry.body }, "body", { enumerable: true, get: () => bodies(i) }) as SearchStoreEntry);
  return { pages: [], searchDocs: archive.map((a) => prepareSearchDoc(a.doc)), searchStore, warnings: [], published: archive.length };
}

async function publish(outDir: string, m: SiteModel) {
  const old = (await readManifest(outDir)) ?? emptyManifest("k");
  const manifest = emptyManifest("k");
  return publishSite({ outDir, site, model: m, searchIndex: null, dirty: [], old, manifest, incremental: old.inputKey !== "" || Object.keys(old.files).length > 0, pool: null, release: async () => undefined, progress: new Progress(false), lap: () => undefined });
}

test("a rebuild keeps unchanged search documents without making them, and makes a changed one", async () => {
  const outDir = path.join(tempDir(), "_site");
  const archive = syntheticArchive(12, 80, 7);
  await publish(outDir, model((i) => archive[i]!.entry.body));
  const manifest = (await readManifest(outDir))!;
  const docs = Object.keys(manifest.inputs).filter((rel) => rel.startsWith("search/docs/"));
  assert.equal(docs.length, 12, "every document file has an input key");
  const before = new Map(docs.map((rel) => [rel, readFileSync(path.join(outDir, rel), "utf8")]));

  // The same documents: reading any body text now fails the build.
  const again = await publish(outDir, model(() => assert.fail("an unchanged document was made again")));
  assert.equal(again.written, 0);
  for (const [rel, content] of before) assert.equal(readFileSync(path.join(outDir, rel), "utf8"), content);

  // One body changed (its source too): that document alone is made.
  const changed = model((i) => (i === 3 ? "A new body." : assert.fail(`document ${i} made again`)));
  changed.searchStore[3]!.bodySource = "A new body.";
  const third = await publish(outDir, changed);
  assert.ok(third.written >= 1);
  const rewritten = docs.filter((rel) => readFileSync(path.join(outDir, rel), "utf8") !== before.get(rel));
  assert.equal(rewritten.length, 1);
  assert.match(readFileSync(path.join(outDir, rewritten[0]!), "utf8"), /A new body\./);
  assert.ok(existsSync(path.join(outDir, "search/meta.js")));
});
