import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dirSize, measureNode } from "../../src/bench/measure.ts";
import { prepareReference, referenceArgs, referenceName, referencePage, roughDate } from "../../src/bench/reference.ts";
import { writeArchive } from "../../src/bench/synth.ts";

test("roughDate reads the date formats of the synthetic layouts and leaves others undated", () => {
  assert.equal(roughDate("- Published Date: 03:40 | 10 November 2022"), "2022-11-10");
  assert.equal(roughDate("14.06.2023 11:20"), "2023-06-14");
  assert.equal(roughDate("Updated: 2022-11-10T14:32:00Z"), "2022-11-10");
  assert.equal(roughDate("Feb 26, 2023 | 9:05 AM"), "2023-02-26");
  assert.equal(roughDate("Published: Updated:\nRead Mode"), null);
});

test("referencePage puts the first line in front matter as a quoted title", () => {
  const page = referencePage('\uFEFFA "quoted": title\r\nBody line one.\r\n- 10 November 2022');
  assert.equal(page, '---\ntitle: "A \\"quoted\\": title"\ndate: 2022-11-10\nlayout: base.njk\n---\nBody line one.\n- 10 November 2022\n');
  assert.equal(referenceName("000042_0123456789abcdef.txt"), "000042.md");
});

test("the reference builds 20 synthetic articles with plain Eleventy", async () => {
  const dir = mkdtempSync(join(tmpdir(), "reference-test-"));
  try {
    writeArchive(join(dir, "articles"), { count: 20, seed: 5 });
    const project = prepareReference(join(dir, "articles"), join(dir, "ref"));
    const out = join(dir, "site");
    const m = await measureNode(referenceArgs(project, out), project.root);
    assert.equal(m.exitCode, 0, m.tail);
    assert.ok(m.ms > 0);
    assert.ok(m.peakRss !== null && m.peakRss > 10e6, `peak RSS ${m.peakRss}`);
    assert.deepEqual(dirSize(out).files, 20);
    const html = readFileSync(join(out, "000000", "index.html"), "utf8");
    assert.match(html, /^<!doctype html><html lang="en"><meta charset="utf-8"><title>[^<]+<\/title><main><p>/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
