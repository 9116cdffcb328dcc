import { test } from "node:test";
import assert from "node:assert/strict";
import { mergeSections, sizeSection, type SizeReport } from "../../src/bench/report.ts";

const section = (n: number, body: string): string => `<!-- bench:${n} -->\n${body}\n<!-- /bench:${n} -->`;

test("mergeSections replaces measured sizes, keeps the others and the intro, in size order", () => {
  const existing = `# Benchmarks\n\nHand-written intro.\n\n${section(10000, "old 10k")}\n\n${section(100000, "old 100k")}\n`;
  const merged = mergeSections(existing, "unused", new Map([[10000, section(10000, "new 10k")], [1000, section(1000, "new 1k")]]));
  assert.equal(merged, `# Benchmarks\n\nHand-written intro.\n\n${section(1000, "new 1k")}\n\n${section(10000, "new 10k")}\n\n${section(100000, "old 100k")}\n`);
  assert.equal(mergeSections(null, "# B", new Map([[5, section(5, "x")]])), `# B\n\n${section(5, "x")}\n`);
});

test("sizeSection shows ratios, targets and why a builder was not measured", () => {
  const m = (ms: number) => ({ ms, peakRss: 200e6, cpuMs: null, exitCode: 0, tail: "" });
  const report: SizeReport = {
    articles: 10000, seed: 1, archive: { bytes: 50e6, generateMs: 1200 },
    ours: { skipped: null, error: null, steps: { cold: m(8000), nochange: m(1500), add: m(1800) }, output: { bytes: 3e8, files: 12000 } },
    reference: { skipped: null, error: null, steps: { cold: m(16000) }, output: { bytes: 1e8, files: 10000 } },
    session: { error: null, steps: { add: m(1900), edit: m(1700), delete: { ...m(2100), peakRss: 900e6 } } },
    notes: ["parser: fast"],
  };
  const text = sizeSection(report, new Date("2026-01-02T03:04:00Z"));
  assert.match(text, /\| cold full build \| 8.00 s \| 16.0 s \| 0.50 \| ≤ 20 s, < reference ✓ \|/);
  assert.match(text, /\| rebuild, nothing changed \| 1.50 s \| – \| – \| ≤ 1 s ✗ \|/);
  assert.match(text, /\| rebuild, 1 new article \| 1.80 s \| – \| – \| ≤ 2 s ✓ \|/);
  assert.match(text, /\| output after cold build \| 300.0 MB, 12,000 files \| 100.0 MB, 10,000 files \|/);
  assert.match(text, /\| rebuild, 1 new article, in `npm start` \| 1.90 s \| – \| – \| ≤ 2 s ✓ \|/);
  assert.match(text, /\| rebuild, 1 article deleted, in `npm start` \| 2.10 s \| – \| – \|  \|/);
  assert.match(text, /that process peaked at 900.0 MB/);
  assert.match(text, /- parser: fast/);
  const failed = sizeSection({ ...report, session: { error: "add: boom", steps: {} } });
  assert.match(failed, /Rebuilds in `npm start` failed: add: boom/);
  const skipped = sizeSection({ ...report, ours: { skipped: "scripts/build.ts does not exist yet.", error: null, steps: {}, output: null } });
  assert.match(skipped, /Ours not measured: scripts\/build.ts does not exist yet./);
});
