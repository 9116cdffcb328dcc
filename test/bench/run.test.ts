import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ArchiveChanges, bestOf } from "../../src/bench/run.ts";
import type { BuilderResult } from "../../src/bench/report.ts";
import { syntheticArticle, writeArchive } from "../../src/bench/synth.ts";

test("the rebuild steps add, edit and delete one article, and restore puts the archive back", () => {
  const dir = mkdtempSync(join(tmpdir(), "changes-test-"));
  try {
    writeArchive(dir, { count: 30, seed: 4 });
    const before = new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
    const changes = new ArchiveChanges(dir, 30, 4);
    assert.equal(readFileSync(join(dir, changes.add()), "utf8"), syntheticArticle(4, 30).text);
    const edited = readFileSync(join(dir, changes.edit()), "utf8");
    assert.notEqual(edited, before.get(changes.edited));
    assert.match(edited, /Officials said further talks were planned for next week\./);
    assert.ok(!existsSync(join(dir, changes.delete())));
    changes.restore();
    assert.deepEqual(new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")])), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("bestOf keeps each step's fastest run and the largest peak RSS", () => {
  const run = (cold: number, rss: number): BuilderResult => ({
    skipped: null, error: null, output: { bytes: 1, files: 1 },
    steps: { cold: { ms: cold, peakRss: rss, cpuMs: cold, exitCode: 0, tail: "" } },
  });
  const best = bestOf([run(300, 10), run(100, 5), run(200, 30)]);
  assert.equal(best.steps.cold?.ms, 100);
  assert.equal(best.steps.cold?.peakRss, 30);
});
