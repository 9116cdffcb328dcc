import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ArchiveChanges, bestOf } from "../../src/bench/run.ts";
import { recordPath } from "../../src/store/record-path.ts";
import { SESSION_SCRIPT, SESSION_STEPS, runSessionSteps } from "../../src/bench/session-run.ts";
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

test("the npm start steps rebuild add, edit and delete in one process, and put the archive back", async () => {
  const work = mkdtempSync(join(tmpdir(), "session-steps-test-"));
  try {
    const dir = join(work, "articles");
    writeArchive(dir, { count: 30, seed: 4 });
    const before = readdirSync(dir).sort();
    const out = join(work, "site");
    const args = ["--import", import.meta.resolve("tsx"), SESSION_SCRIPT, "--articles", dir, "--out", out, "--quiet"];
    const changes = new ArchiveChanges(dir, 30, 4);
    const result = await runSessionSteps(args, work, changes);
    assert.equal(result.error, null);
    for (const step of SESSION_STEPS) assert.ok((result.steps[step]?.ms ?? 0) > 0, `${step} measured`);
    assert.deepEqual(readdirSync(dir).sort(), before);
    // Each step was built (records live in the session's working folder): the added article has a record, the deleted one none.
    assert.ok(existsSync(recordPath(join(work, "records"), changes.added)));
    assert.ok(!existsSync(recordPath(join(work, "records"), changes.deleted)));
    const failed = await runSessionSteps([...args.slice(0, 3), "--no-such-option"], work, new ArchiveChanges(dir, 30, 4));
    assert.match(failed.error ?? "", /session process ended/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
