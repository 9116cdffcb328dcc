/**
 * Manual benchmark: `node --import tsx test/search/bench-run.ts 10000 [--no-lunr] [--browser]`.
 * Generates a synthetic archive, measures the build against lunr's default builder and the bytes per query,
 * and with --browser writes a site to a temp folder and measures keystroke → results in Chromium from file://.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchSearchBrowser, benchSearchIndex } from "../../src/search/bench.ts";
import { syntheticArchive } from "./synthetic.ts";
import { writeTestSite } from "./site.ts";

const count = Number(process.argv[2] ?? 10000);
const t = performance.now();
const docs = syntheticArchive(count);
console.log(`generated ${count} articles in ${(performance.now() - t).toFixed(0)} ms`);
const result = await benchSearchIndex(docs, { lunrDefault: !process.argv.includes("--no-lunr") });
console.log(JSON.stringify({ ...result, bytesPerQuery: undefined }));
for (const q of result.bytesPerQuery) console.log(`${q.query.padEnd(24)} index ${(q.bytes / 1000).toFixed(1)} kB, with first 20 docs + facets ${(q.withResults / 1000).toFixed(1)} kB, ${q.hits} hits`);
if (process.argv.includes("--browser")) {
  const dir = mkdtempSync(join(tmpdir(), "search-bench-"));
  await writeTestSite(dir, docs, { articlePages: false });
  for (const r of await benchSearchBrowser(dir)) console.log(`${r.query.padEnd(24)} cold ${r.coldMs.toFixed(0)} ms, warm ${r.warmMs.toFixed(0)} ms`);
  rmSync(dir, { recursive: true, force: true });
}
