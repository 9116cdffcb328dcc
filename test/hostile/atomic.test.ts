/**
 * Atomic output: a build killed with SIGINT at random moments (seeded) leaves
 * the previous site whole, and the next build succeeds and clears what the
 * killed one left; a failure in the middle of writing, or an interrupt between
 * the two renames of the swap, leaves the previous site whole too.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { promises as fs, existsSync } from "node:fs";
import path from "node:path";
import { buildInto, readTree, tempDir } from "../helpers/site-tree.ts";
import { folderArgs, projectCopy, runCli, type CliRun } from "./project-copy.ts";
import { generateArchive } from "../../src/bench/synth.ts";
import { mulberry32 } from "../../src/bench/prng.ts";
import { MANIFEST_FILE, OutputTransaction, emptyManifest, settled } from "../../src/store/output.ts";

/** Seeded, so the kill moments are the same on every run. */
const prng = mulberry32;

/** Two versions of an archive of a few hundred articles: v2 adds 30 and edits 30 of v1's. */
function versions(): Array<Record<string, string>> {
  const all = [...generateArchive({ count: 150, seed: 7 })];
  const v1 = Object.fromEntries(all.slice(0, 120).map((a) => [a.file, a.text]));
  const v2 = Object.fromEntries(all.map((a, i) => [a.file, i < 30 ? a.text.replace(/\n/, "\nA line added in the second version of this article.\n") : a.text]));
  return [v1, v2];
}

async function setArticles(dir: string, files: Record<string, string>): Promise<void> {
  for (const name of await fs.readdir(dir)) if (!(name in files)) await fs.rm(path.join(dir, name));
  for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(dir, name), text);
}

/** Runs the build CLI of the frozen project copy; kills it with SIGINT after `killAfterMs` (if given). */
async function runBuild(articles: string, work: string, killAfterMs?: number): Promise<CliRun> {
  project ??= await projectCopy();
  return runCli(project, [...folderArgs(articles, work), "--quiet"], { killAfterMs });
}
let project: string | undefined;

function sameTree(a: Map<string, Buffer>, b: Map<string, Buffer>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (!b.get(k)?.equals(v)) return false;
  return true;
}

function differing(a: Map<string, Buffer>, b: Map<string, Buffer>): string {
  const keys = [...new Set([...a.keys(), ...b.keys()])].filter((k) => !a.get(k) || !b.get(k)?.equals(a.get(k)!));
  return `${keys.length} files: ${keys.slice(0, 4).join(", ")}`;
}

/** The same site as a reference build made elsewhere: every file but the manifest, whose input key covers the process's own source snapshot. */
function sameSite(a: Map<string, Buffer>, reference: Map<string, Buffer>): boolean {
  const strip = (t: Map<string, Buffer>) => new Map([...t].filter(([k]) => k !== MANIFEST_FILE));
  return sameTree(strip(a), strip(reference));
}

/** Names next to the output folder that a build leaves behind (staging, old, temp files). */
async function leftovers(work: string): Promise<string[]> {
  await settled(); // the folder of files a sparse commit replaced is removed after it
  return (await fs.readdir(work)).filter((n) => /^_site\.(staging|old|replaced)-/.test(n));
}

test("a build killed with SIGINT at random moments leaves the previous site whole; the next build succeeds and cleans up", async (t) => {
  const [v1, v2] = versions();
  const articles = tempDir("na-atomic-articles-");
  const work = tempDir("na-atomic-");
  await setArticles(articles, v1!);

  // A first, complete build (also how long a child build takes here).
  const first = await runBuild(articles, work);
  assert.equal(first.code, 0, first.stderr);
  const complete: Array<Map<string, Buffer> | null> = [await readTree(path.join(work, "_site")), null]; // v2's is known at the end

  const random = prng(20240611);
  const rounds: Array<{ note: string; version: number; before: Map<string, Buffer>; after: Map<string, Buffer> }> = [];
  for (let round = 1; round <= 2; round++) {
    const version = round % 2; // v2, then v1: every round has work to do
    await setArticles(articles, version === 1 ? v2! : v1!);
    const before = await readTree(path.join(work, "_site"));
    // Startup (tsx) takes a good part of a build; aim the kills across the whole run.
    const delay = Math.round(first.ms * (0.35 + 0.7 * random()));
    const killed = await runBuild(articles, work, delay);
    const after = await readTree(path.join(work, "_site"));
    rounds.push({ note: `round ${round}: killed after ${delay} ms of ~${first.ms} → exit ${killed.code ?? killed.signal}`, version, before, after });
    assert.ok(killed.code === 0 || killed.code === 130 || killed.signal === "SIGINT", `killed: ${killed.code ?? killed.signal}; ${killed.stderr}`);
  }
  // The next build succeeds, gives the complete site and clears every leftover.
  await setArticles(articles, v2!);
  const next = await runBuild(articles, work);
  assert.equal(next.code, 0, next.stderr);
  complete[1] = await readTree(path.join(work, "_site"));
  assert.deepEqual(await leftovers(work), []);
  assert.deepEqual([...complete[1].keys()].filter((k) => /\.tmp-\d+$/.test(k)), [], "no temp files inside the site");

  const verdicts = rounds.map((r) => {
    const whole = sameTree(r.after, r.before) ? "the previous site" : sameSite(r.after, complete[r.version]!) ? "the new site (finished before the kill)" : `A MIXED OR BROKEN SITE (differs from the previous in ${differing(r.after, r.before)}; from the new in ${differing(r.after, complete[r.version]!)})`;
    return `${r.note}: ${whole}`;
  });
  t.diagnostic(verdicts.join("; "));
  assert.ok(verdicts.every((v) => !v.includes("BROKEN")), verdicts.join("\n"));
});

test("a failure in the middle of writing leaves the previous site whole, and the next build clears up", async () => {
  const out = path.join(tempDir("na-fail-"), "_site");
  await committedSite(out, 50, { "index.html": "v1 home" });
  const before = await readTree(out);

  const failing = await OutputTransaction.begin(out, true);
  await assert.rejects(async () => {
    try {
      for (let i = 0; i < 50; i++) {
        await failing.write(`p/${i}/index.html`, `v2 page ${i}`);
        if (i === 25) throw new Error("simulated failure half-way through writing");
      }
      await failing.remove("index.html");
    } catch (error) {
      await failing.abort();
      throw error;
    }
  }, /simulated failure/);
  assert.ok(sameTree(await readTree(out), before), "the previous site is unchanged");
  assert.deepEqual(await leftovers(path.dirname(out)), []);
});

test("an interrupt between the two renames of the swap leaves a site in place", async () => {
  const out = path.join(tempDir("na-swap-"), "_site");
  await committedSite(out, 0, { "index.html": "v1" });
  const tx = await OutputTransaction.begin(out, false); // a full build: the swap path
  await tx.write("index.html", "v2");
  // Simulate SIGINT arriving right after the first rename (_site → _site.old-PID): the signal handler
  // (build.ts) calls abortSync() and exits, so the second rename never happens.
  const realRename = fs.rename;
  let interrupted = false;
  fs.rename = (async (from: Parameters<typeof fs.rename>[0], to: Parameters<typeof fs.rename>[1]) => {
    await realRename(from, to);
    if (!interrupted && String(to).includes("_site.old-")) {
      interrupted = true;
      tx.abortSync();
      throw new Error("process exited by SIGINT");
    }
  }) as typeof fs.rename;
  try {
    await assert.rejects(() => tx.commit(emptyManifest("k")), /SIGINT/);
  } finally {
    fs.rename = realRename;
  }
  assert.ok(interrupted);
  assert.ok(existsSync(out), "a site is in place right after the interrupted build (not only after the next build)");
  assert.equal(await fs.readFile(path.join(out, "index.html"), "utf8"), "v1");
});

test("a title in a four-byte script builds (the slug stays under the 255-byte file-name limit) and the previous site survives if it did not", async () => {
  const title = Array.from({ length: 100 }, (_, i) => String.fromCodePoint(0x20000 + i)).join("");
  const dir = tempDir("na-long-");
  await fs.writeFile(path.join(dir, "a.txt"), `---\ndate: 2023-03-01\n---\nOrdinary headline\n\nOrdinary body text for the first build of this archive.\n`);
  const { work, out } = await buildInto(dir);
  const before = await readTree(out);
  await fs.writeFile(path.join(dir, "b.txt"), `---\ndate: 2023-03-01\n---\n${title}\n\nA headline in CJK Extension B characters, four bytes each in UTF-8.\n`);
  try {
    const { result } = await buildInto(dir, work);
    assert.equal(result.published, 2);
  } catch (error) {
    assert.ok(sameTree(await readTree(out), before), "a failed build left the previous site whole");
    assert.deepEqual(await leftovers(work), []);
    throw error;
  }
});

test("an interrupt during a sparse commit is held until the commit is done: the new site is whole", async () => {
  const out = path.join(tempDir("na-sparse-"), "_site");
  await committedSite(out, 20, { "gone/index.html": "v1 only" });
  const tx = await OutputTransaction.begin(out, true);
  for (let i = 0; i < 20; i += 2) await tx.write(`p/${i}/index.html`, `v2 page ${i}`);
  await tx.remove("gone/index.html");
  const realRename = fs.rename;
  let asked: boolean | null = null;
  fs.rename = (async (from: Parameters<typeof fs.rename>[0], to: Parameters<typeof fs.rename>[1]) => {
    if (asked === null && String(from).includes("_site.staging-") && String(to).includes("/p/")) asked = tx.interrupt();
    await realRename(from, to);
  }) as typeof fs.rename;
  try {
    await tx.commit(emptyManifest("k2"));
  } finally {
    fs.rename = realRename;
  }
  assert.equal(asked, false, "the interrupt is held, not acted on, during the commit");
  assert.equal(tx.interruptedInCommit, true);
  for (let i = 0; i < 20; i++) assert.equal(await fs.readFile(path.join(out, `p/${i}/index.html`), "utf8"), i % 2 === 0 ? `v2 page ${i}` : `v1 page ${i}`);
  assert.equal(existsSync(path.join(out, "gone")), false);
  assert.deepEqual(await leftovers(path.dirname(out)), []);
});

test("a sparse commit cut short by a dead process is completed by the next build from its journal", async () => {
  const out = path.join(tempDir("na-journal-"), "_site");
  await committedSite(out, 10);
  const tx = await OutputTransaction.begin(out, true);
  for (let i = 0; i < 10; i++) await tx.write(`p/${i}/index.html`, `v2 page ${i}`);
  // The process "dies" after three files were moved in.
  const realRename = fs.rename;
  let moved = 0;
  fs.rename = (async (from: Parameters<typeof fs.rename>[0], to: Parameters<typeof fs.rename>[1]) => {
    if (String(from).includes("_site.staging-") && ++moved > 3) throw new Error("process died");
    await realRename(from, to);
  }) as typeof fs.rename;
  try {
    await assert.rejects(() => tx.commit(emptyManifest("k2")), /process died/);
  } finally {
    fs.rename = realRename;
  }
  assert.ok(existsSync(`${out}.journal.json`), "the journal is left for the next build");
  const next = await OutputTransaction.begin(out, true);
  await next.abort();
  for (let i = 0; i < 10; i++) assert.equal(await fs.readFile(path.join(out, `p/${i}/index.html`), "utf8"), `v2 page ${i}`);
  assert.equal(JSON.parse(await fs.readFile(path.join(out, MANIFEST_FILE), "utf8")).renderKey, "k2");
  assert.equal(existsSync(`${out}.journal.json`), false);
  assert.deepEqual(await leftovers(path.dirname(out)), []);
});

/** A first, committed site in `out`: pages p/0 … p/<pages-1> ("v1 page i"), then `extra` (path → content). */
async function committedSite(out: string, pages: number, extra: Record<string, string> = {}): Promise<void> {
  const first = await OutputTransaction.begin(out, false);
  for (let i = 0; i < pages; i++) await first.write(`p/${i}/index.html`, `v1 page ${i}`);
  for (const [rel, content] of Object.entries(extra)) await first.write(rel, content);
  await first.commit(emptyManifest("k"));
}
