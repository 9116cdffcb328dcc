import { test } from "node:test";
import assert from "node:assert/strict";
import { promises as fs, existsSync } from "node:fs";
import path from "node:path";
import { OutputTransaction, emptyManifest, readManifest, settled, MANIFEST_FILE } from "../../src/store/output.ts";
import { tempDir } from "../helpers/site-tree.ts";

const tmp = () => tempDir("na-out-");

test("a committed transaction swaps the new site in, with its manifest", async () => {
  const out = path.join(tmp(), "_site");
  const tx = await OutputTransaction.begin(out, false);
  await tx.write("index.html", "home");
  await tx.write("a/b/index.html", "page");
  assert.equal(existsSync(out), false, "nothing appears before commit");
  const manifest = emptyManifest("k");
  manifest.files["index.html"] = "h1";
  await tx.commit(manifest);
  assert.equal(await fs.readFile(path.join(out, "a/b/index.html"), "utf8"), "page");
  assert.deepEqual((await readManifest(out))?.files, { "index.html": "h1" });
  assert.deepEqual((await fs.readdir(path.dirname(out))).sort(), ["_site"], "no staging or old folders left");
});

test("unchanged files keep their inode and mtime; the old site is untouched until commit", async () => {
  const out = path.join(tmp(), "_site");
  const first = await OutputTransaction.begin(out, false);
  await first.write("keep.html", "same");
  await first.write("change.html", "old");
  await first.write("gone/index.html", "bye");
  await first.commit(emptyManifest("k"));
  const before = await fs.stat(path.join(out, "keep.html"));

  const second = await OutputTransaction.begin(out, true);
  await second.write("change.html", "new");
  await second.remove("gone/index.html");
  assert.equal(await fs.readFile(path.join(out, "change.html"), "utf8"), "old", "old site unchanged mid-build");
  assert.ok(existsSync(path.join(out, "gone/index.html")));
  await second.commit(emptyManifest("k"));

  const after = await fs.stat(path.join(out, "keep.html"));
  assert.equal(after.ino, before.ino);
  assert.equal(after.mtimeMs, before.mtimeMs);
  assert.equal(await fs.readFile(path.join(out, "change.html"), "utf8"), "new");
  assert.equal(existsSync(path.join(out, "gone")), false, "emptied folders are removed");
  assert.ok(existsSync(path.join(out, MANIFEST_FILE)));
});

test("an aborted transaction leaves the previous site whole, and a later build clears leftovers", async () => {
  const out = path.join(tmp(), "_site");
  const first = await OutputTransaction.begin(out, false);
  await first.write("index.html", "v1");
  await first.commit(emptyManifest("k"));
  const failed = await OutputTransaction.begin(out, true);
  await failed.write("index.html", "v2");
  await failed.abort();
  assert.equal(await fs.readFile(path.join(out, "index.html"), "utf8"), "v1");
  // Staging and replaced-files folders left by a killed process (pid that is not running) are cleared by the next build.
  await fs.mkdir(`${out}.staging-999999999`, { recursive: true });
  await fs.mkdir(`${out}.replaced-3-999999999`, { recursive: true });
  await fs.writeFile(`${out}.replaced-3-999999999/0`, "an old page");
  const next = await OutputTransaction.begin(out, true);
  await next.commit(emptyManifest("k"));
  await settled();
  assert.deepEqual((await fs.readdir(path.dirname(out))).sort(), ["_site"]);
});

test("a sparse commit replaces files whether or not the file system has hard links, and removes what it replaced", async () => {
  for (const links of [true, false]) {
    const out = path.join(tmp(), "_site");
    const first = await OutputTransaction.begin(out, false);
    for (let i = 0; i < 40; i++) await first.write(`p/${i}/index.html`, `v1 ${i}`);
    await first.commit(emptyManifest("k"));
    // Another name for an old file (an older copy of the site sharing it, as `cp -al` makes): left as it was.
    await fs.link(path.join(out, "p/3/index.html"), path.join(path.dirname(out), "shared.html"));
    const second = await OutputTransaction.begin(out, true);
    for (let i = 0; i < 40; i += 3) await second.write(`p/${i}/index.html`, `v2 ${i}`);
    await second.write("new/index.html", "new");
    const realLink = fs.link;
    const linked: string[] = [];
    fs.link = (async (from: Parameters<typeof fs.link>[0], to: Parameters<typeof fs.link>[1]) => {
      if (!links) throw Object.assign(new Error("EPERM: operation not permitted"), { code: "EPERM" });
      await realLink(from, to);
      linked.push(path.relative(out, String(from)));
    }) as typeof fs.link;
    try {
      await second.commit(emptyManifest("k"));
    } finally {
      fs.link = realLink;
    }
    for (let i = 0; i < 40; i++) assert.equal(await fs.readFile(path.join(out, `p/${i}/index.html`), "utf8"), `${i % 3 === 0 ? "v2" : "v1"} ${i}`);
    assert.equal(await fs.readFile(path.join(out, "new/index.html"), "utf8"), "new");
    assert.equal(await fs.readFile(path.join(path.dirname(out), "shared.html"), "utf8"), "v1 3");
    // With hard links, every replaced page was linked before its rename (a new file has nothing to keep; the
    // manifest, moved on its own once every other file is in place, is renamed over as it is).
    const replaced = Array.from({ length: 14 }, (_, k) => `p/${k * 3}/index.html`).sort();
    assert.deepEqual(linked.sort(), links ? replaced : []);
    await settled();
    assert.deepEqual((await fs.readdir(path.dirname(out))).sort(), ["_site", "shared.html"], `links: ${links}`);
  }
});

test("writes outside the output folder are refused", async () => {
  const tx = await OutputTransaction.begin(path.join(tmp(), "_site"), false);
  await assert.rejects(() => tx.write("../escape.html", "x"), /outside the output folder/);
  await tx.abort();
});
