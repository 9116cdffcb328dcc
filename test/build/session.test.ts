/**
 * Build sessions (`npm start`'s rebuilds): what a session keeps in memory between builds is used, never
 * changes the output (every rebuild equals a cold build, byte for byte), and is not used once the disk says
 * it is out of date.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { promises as fs, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { build, type BuildOptions } from "../../src/build/build.ts";
import { BuildSession } from "../../src/build/session.ts";
import { articlesFolder, assertSameTree, buildInto, tempDir, workOptions } from "../helpers/site-tree.ts";

const CORPUS = path.resolve("../shared/corpus/articles");
const names = readdirSync(CORPUS).sort();
const all = Object.fromEntries(names.map((n) => [n, readFileSync(path.join(CORPUS, n))]));
const some = (from: number, to: number) => Object.fromEntries(names.slice(from, to).map((n) => [n, all[n]!]));

/** Every file under `dir` with its modification time. */
async function mtimes(dir: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath ?? entry.path, entry.name);
      out[path.relative(dir, file)] = (await fs.stat(file)).mtimeMs;
    }
  }
  return out;
}

/** Fails unless the site equals a cold build (folders of its own) of what the articles folder holds now. */
async function assertSameAsCold(options: BuildOptions): Promise<void> {
  const dir = options.articlesDir;
  const copy = await articlesFolder(Object.fromEntries((await fs.readdir(dir)).map((n) => [n, readFileSync(path.join(dir, n))])));
  await assertSameTree(options.outDir, (await buildInto(copy)).out);
}

interface SessionTest {
  session: BuildSession;
  options: BuildOptions;
  /** The articles folder (options.articlesDir) and the folder of the site, records and cache. */
  dir: string;
  work: string;
}

/** Runs `steps` with a session over a folder of the corpus's first `count` articles, and closes it. */
async function inSession(count: number, steps: (t: SessionTest) => Promise<void>): Promise<void> {
  const dir = await articlesFolder(some(0, count));
  const work = tempDir();
  const session = new BuildSession();
  try {
    await steps({ session, options: workOptions(dir, work), dir, work });
  } finally {
    await session.close();
  }
}

test("a session's rebuilds reuse the analyses in memory and equal cold builds, byte for byte", () =>
  inSession(20, async ({ session, options, dir }) => {
    await session.build(options);
    // Analyses gone from disk: a build that read the cache would parse all 30 articles again.
    for (const f of await fs.readdir(options.cacheDir)) if (f.startsWith("analysis-")) await fs.rm(path.join(options.cacheDir, f));
    for (const n of names.slice(20, 30)) await fs.writeFile(path.join(dir, n), all[n]!);
    const added = await session.build(options);
    assert.equal(added.parsed, 10, "only the new articles are parsed");
    await assertSameAsCold(options);

    await fs.writeFile(path.join(dir, names[3]!), all[names[3]!]!.toString().replace(/\n/, "\nA standfirst added while the session ran.\n"));
    await fs.rm(path.join(dir, names[7]!));
    const changed = await session.build(options);
    assert.equal(changed.parsed, 1);
    assert.ok(changed.filesWritten < changed.pagesTotal, "an incremental rebuild");
    await assertSameAsCold(options);

    assert.equal((await session.build(options)).upToDate, true);
  }));

test("a preloaded session (npm start on a built site) starts its first rebuild warm", () =>
  inSession(10, async ({ session, options, dir }) => {
    await build(options);
    assert.equal((await session.build(options)).upToDate, true);
    const before = await mtimes(options.outDir);
    await session.preload(options);
    // The preload's warm-up build made the model (related lists among it) and changed nothing on disk.
    assert.equal(session.modelMemo().related.scored, 10);
    assert.deepEqual(await mtimes(options.outDir), before, "the site, its manifest included, is left as it was");
    for (const f of await fs.readdir(options.cacheDir)) if (f.startsWith("analysis-")) await fs.rm(path.join(options.cacheDir, f));
    for (const n of names.slice(10, 12)) await fs.writeFile(path.join(dir, n), all[n]!);
    assert.equal((await session.build(options)).parsed, 2, "the analyses came from memory");
    await assertSameAsCold(options);
  }));

test("a session notices a build by another process and does not trust what it kept", () =>
  inSession(12, async ({ session, options, dir }) => {
    await session.build(options);
    // Another process removes an article's pages; the session's manifest still lists them.
    const gone = names[4]!;
    await fs.rm(path.join(dir, gone));
    await build(options);
    await fs.writeFile(path.join(dir, gone), all[gone]!);
    await session.build(options);
    await assertSameAsCold(options);
  }));

test("a session rebuilds a site folder deleted while it ran, in full", () =>
  inSession(12, async ({ session, options, dir }) => {
    await session.build(options);
    await fs.rm(options.outDir, { recursive: true });
    await fs.writeFile(path.join(dir, names[12]!), all[names[12]!]!);
    // A second full build into a staging folder of the same name, rendered by the same worker.
    await session.build(options);
    await assertSameAsCold(options);
  }));

test("after a failed build, the session builds correctly again", () =>
  inSession(8, async ({ session, options, dir, work }) => {
    await session.build(options);
    // The output folder's parent turned into a file: the build cannot stage its output there.
    const blocked = { ...options, outDir: path.join(work, "blocked", "_site") };
    await fs.writeFile(path.join(work, "blocked"), "not a folder");
    await assert.rejects(session.build(blocked));
    await fs.writeFile(path.join(dir, names[8]!), all[names[8]!]!);
    await session.build(options);
    await assertSameAsCold(options);
  }));
