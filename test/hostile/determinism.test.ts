/**
 * Deterministic builds: the same articles, written into the folder in two
 * different orders, built by the CLI in two time zones (TZ=UTC and
 * TZ=Asia/Tokyo), give byte-identical sites. The input mixes synthetic articles
 * with the bad-input catalogue (odd dates and warnings are where a machine's
 * time zone or locale most easily leaks into a page).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import path from "node:path";
import { readTree, tempDir } from "../helpers/site-tree.ts";
import { generateArchive } from "../../src/bench/synth.ts";
import { STATIC_FIXTURES, readOutcomes } from "./make-fixtures.ts";
import { folderArgs, projectCopy, runCli } from "./project-copy.ts";

async function staticFixtures(dir: string, rel = ""): Promise<Array<[string, Buffer]>> {
  const out: Array<[string, Buffer]> = [];
  for (const e of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await staticFixtures(dir, r)));
    else out.push([`bad/${r}`, await fs.readFile(path.join(dir, r))]);
  }
  return out;
}

/** Writes the files in the given order (each file's creation order decides its inode and often its readdir position). */
async function writeInOrder(files: Array<[string, string | Buffer]>): Promise<string> {
  const dir = tempDir("na-det-articles-");
  for (const [name, content] of files) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), content);
  }
  return dir;
}

async function buildWithTz(project: string, articles: string, tz: string): Promise<{ out: string; code: number | null; stderr: string }> {
  const work = tempDir("na-det-");
  const env = { ...process.env, TZ: tz, LANG: tz === "UTC" ? "C" : "ja_JP.UTF-8", LC_ALL: "" };
  const r = await runCli(project, [...folderArgs(articles, work), "--quiet"], { env });
  return { out: path.join(work, "_site"), code: r.code, stderr: r.stderr };
}

test("two builds of the same input in different time zones and file orders are byte-identical", async () => {
  // The isolated fixtures fail whole builds (see bad-inputs.test.ts); they are not what this test is about.
  const outcomes = await readOutcomes();
  const fixtures = (await staticFixtures(STATIC_FIXTURES)).filter(([name]) => !outcomes[name.replace(/^bad\//, "")]?.isolated);
  const files: Array<[string, string | Buffer]> = [...[...generateArchive({ count: 120, seed: 11 })].map((a): [string, string] => [a.file, a.text]), ...fixtures];
  // Shuffled (a fixed permutation: reversed, then every other one first) for the second folder.
  const shuffled = [...files].reverse();
  const reordered = [...shuffled.filter((_, i) => i % 2 === 0), ...shuffled.filter((_, i) => i % 2 === 1)];
  const project = await projectCopy();
  const [a, b] = await Promise.all([buildWithTz(project, await writeInOrder(files), "UTC"), buildWithTz(project, await writeInOrder(reordered), "Asia/Tokyo")]);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  const ta = await readTree(a.out);
  const tb = await readTree(b.out);
  assert.deepEqual([...ta.keys()].sort(), [...tb.keys()].sort());
  const differing = [...ta.keys()].filter((k) => !ta.get(k)!.equals(tb.get(k)!));
  const firstDiff = differing[0] === undefined ? "" : diffAt(ta.get(differing[0])!.toString(), tb.get(differing[0])!.toString());
  assert.deepEqual(differing, [], `files differ; first difference in ${differing[0]}: ${firstDiff}`);
});

function diffAt(x: string, y: string): string {
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return `UTC «${x.slice(Math.max(0, i - 60), i + 80)}» vs Tokyo «${y.slice(Math.max(0, i - 60), i + 80)}»`;
}
