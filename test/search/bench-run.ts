/**
 * Manual benchmark: `node --import tsx test/search/bench-run.ts 10000 [--no-lunr] [--browser] [--runs N]`.
 * Generates a synthetic archive, measures the build against lunr's default builder and the bytes per query,
 * and with --browser writes a site to a temp folder and measures keystroke → results in Chromium from file://.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchSearchBrowser, benchSearchIndex, BENCH_QUERIES } from "../../src/search/bench.ts";
import { syntheticArchive } from "./synthetic.ts";
import { writeTestSite } from "./site.ts";

const count = Number(process.argv[2] ?? 10000);
const runsArg = process.argv.indexOf("--runs");
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const t = performance.now();
const docs = syntheticArchive(count);
console.log(`generated ${count} articles in ${(performance.now() - t).toFixed(0)} ms`);
const kB = (n: number): string => `${(n / 1000).toFixed(1)} kB`;
const s = (ms: number | null): string => (ms === null ? "-" : `${(ms / 1000).toFixed(2)} s`);
if (!process.argv.includes("--browser-only")) {
  const r = await benchSearchIndex(docs, { lunrDefault: !process.argv.includes("--no-lunr") });
  console.log(`build ${s(r.buildMs)} wall (prepare ${s(r.prepareMs)} + assemble ${s(r.assembleMs)}); CPU ${s(r.buildCpuMs)} (prepare ${s(r.prepareCpuMs)} + assemble ${s(r.assembleCpuMs)})`);
  console.log(`lunr default ${s(r.lunrDefaultMs)} wall, CPU ${s(r.lunrDefaultCpuMs)}; ratio ${r.ratio?.toFixed(1) ?? "-"}× wall, ${r.cpuRatio?.toFixed(1) ?? "-"}× CPU`);
  console.log(`output ${(r.totalBytes / 1e6).toFixed(1)} MB in ${r.fileCount} files`);
  for (const q of r.bytesPerQuery) console.log(`${q.query.padEnd(24)} index ${kB(q.bytes)}, page loads ${kB(q.withResults)}, with filters opened ${kB(q.withFacets)}, ${q.hits} hits`);
}
if (process.argv.includes("--browser") || process.argv.includes("--browser-only")) {
  const dir = mkdtempSync(join(tmpdir(), "search-bench-"));
  await writeTestSite(dir, docs, { articlePages: false });
  for (const r of await benchSearchBrowser(dir, BENCH_QUERIES, undefined, runs)) {
    console.log(`${r.query.padEnd(24)} cold ${r.coldMs.toFixed(0)} ms [${r.coldRuns.map((x) => x.toFixed(0)).join(" ")}], warm ${r.warmMs.toFixed(0)} ms [${r.warmRuns.map((x) => x.toFixed(0)).join(" ")}], cold page loaded ${kB(r.coldBytes)} in ${r.coldFiles} files`);
  }
  rmSync(dir, { recursive: true, force: true });
}
