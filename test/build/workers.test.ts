/**
 * Worker threads change how fast a build is, never what it makes: a build whose analysis
 * and rendering run in worker threads (forced here, as a large archive would), from their
 * bundle or from the sources, gives the same site and records, byte for byte, as one that
 * runs everything in the main thread.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { promises as fs, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { articlesFolder, buildInto, readTree } from "../helpers/site-tree.ts";
import { withEnv } from "../helpers/env.ts";

const CORPUS = path.resolve("../shared/corpus/articles");
const files = Object.fromEntries(readdirSync(CORPUS).map((n) => [n, readFileSync(path.join(CORPUS, n))]));

const buildWith = async (env: Record<string, string>) => withEnv(env, async () => buildInto(await articlesFolder(files)));

test("analysis and rendering in worker threads give the same site and records as the main thread alone", async () => {
  const threaded = await buildWith({ NEWS_ARCHIVE_THREADS: "2", NEWS_ARCHIVE_POOL_MIN: "0" });
  // The order of a cold build above 30,000 articles: the pages first, then the search index (publish.ts).
  const apart = await buildWith({ NEWS_ARCHIVE_THREADS: "2", NEWS_ARCHIVE_POOL_MIN: "0", NEWS_ARCHIVE_NO_OVERLAP: "1" });
  // Workers that load the sources through tsx instead of their bundle (src/build/worker-code.ts).
  const sources = await buildWith({ NEWS_ARCHIVE_THREADS: "2", NEWS_ARCHIVE_POOL_MIN: "0", NEWS_ARCHIVE_BUNDLE: "0" });
  const inline = await buildWith({ NEWS_ARCHIVE_THREADS: "1" });
  assert.equal(threaded.result.warnings.length, inline.result.warnings.length);
  assert.equal(threaded.result.pagesTotal, inline.result.pagesTotal);
  assert.ok(threaded.result.pagesTotal > 20, "enough pages to be split among the workers");
  for (const [a, b] of [
    [threaded.out, inline.out],
    [apart.out, inline.out],
    [sources.out, inline.out],
    [path.join(threaded.work, "records"), path.join(inline.work, "records")],
  ] as const) {
    const x = await readTree(a);
    const y = await readTree(b);
    assert.deepEqual([...x.keys()].sort(), [...y.keys()].sort());
    assert.deepEqual([...x.keys()].filter((k) => !x.get(k)!.equals(y.get(k)!)), []);
  }
});

test("a rebuild rendering its changed pages in a worker, while the search index is written, equals a cold build", async () => {
  const names = Object.keys(files).sort();
  // The first article in ref order comes last: every later search document id moves.
  const dir = await articlesFolder(Object.fromEntries(names.slice(1).map((n) => [n, files[n]!])));
  const threaded = { NEWS_ARCHIVE_THREADS: "2", NEWS_ARCHIVE_POOL_MIN: "0" };
  const first = await withEnv(threaded, () => buildInto(dir));
  await fs.writeFile(path.join(dir, names[0]!), files[names[0]!]!);
  const again = await withEnv(threaded, () => buildInto(dir, first.work));
  assert.ok(again.result.filesWritten > 0 && again.result.filesWritten < again.result.pagesTotal, "an incremental rebuild");
  const cold = await withEnv({ NEWS_ARCHIVE_THREADS: "1" }, async () => buildInto(await articlesFolder(files)));
  const x = await readTree(again.out);
  const y = await readTree(cold.out);
  assert.deepEqual([...x.keys()].sort(), [...y.keys()].sort());
  assert.deepEqual([...x.keys()].filter((k) => !x.get(k)!.equals(y.get(k)!)), []);
});
