/**
 * Benchmark of relatedArticles on a synthetic archive (not part of `npm test`):
 *   node --import tsx test/similarity/bench.ts 100000
 * Prints wall and CPU time (CPU time is steadier on a busy machine), peak RSS and how many listed related articles share a topic with their article.
 */

import { relatedArticles } from "../../src/similarity/index.ts";
import { syntheticArchive } from "./synthetic.ts";

const n = Number(process.argv[2] ?? 10_000);
const docs = syntheticArchive(n);
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const related = relatedArticles(docs, 5);
const ms = performance.now() - t0;
const cpuMs = process.cpuUsage(cpu0).user / 1000;
const peak = process.resourceUsage().maxRSS * 1024;

const topicsOf = new Map(docs.map((d) => [d.id, new Set(d.topics)]));
let listed = 0;
let sharing = 0;
let sharingRare = 0;
for (const d of docs) {
  for (const r of related.get(d.id) ?? []) {
    listed++;
    const other = topicsOf.get(r)!;
    if (d.topics.some((t) => other.has(t))) sharing++;
    if (d.topics.some((t) => t !== "topic-0" && other.has(t))) sharingRare++;
  }
}
const mb = (b: number): string => (b / 1048576).toFixed(0) + " MB";
console.log(
  `relatedArticles n=${n}: ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU (${((cpuMs * 1000) / n).toFixed(1)} µs/article), ` +
    `RSS before ${mb(rssBefore)}, peak ${mb(peak)}; ${(listed / n).toFixed(2)} related/article, ` +
    `${((100 * sharing) / listed).toFixed(1)}% share a topic, ${((100 * sharingRare) / listed).toFixed(1)}% share one other than topic-0`,
);
