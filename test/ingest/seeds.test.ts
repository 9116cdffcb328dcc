/**
 * Acceptance of the foundation issue: the two seed pages parse exactly as
 * specified, and their CRLF / BOM variants parse the same.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeArticle, parseArticle } from "../../src/ingest/parse.ts";
import { bodyBlocks } from "../../src/record/body.ts";

const DIR = join(import.meta.dirname, "..", "fixtures", "ingest");
const parse = (name: string) => parseArticle(decodeArticle(readFileSync(join(DIR, name))).text, "seed.txt");

test("seed 000 (agency page with bullet metadata)", () => {
  const r = parse("seed-agency-bullets.txt");
  assert.equal(r.title, "Russian Kherson retreat would be Ukraine's victory: NATO chief");
  assert.equal(r.date, "2022-11-10T03:40");
  assert.equal(r.updated, "2022-11-10T03:58");
  assert.equal(r.dateSource, "published-line");
  assert.equal(r.outlet, "Anadolu Agency");
  assert.equal(r.section, "World");
  assert.match(r.summary, /^"We have to see how the situation on the ground develops/);
  const blocks = bodyBlocks(r.body);
  const paras = blocks.filter((b) => b.type === "paragraph");
  assert.equal(paras.filter((b) => b.text === r.summary.replace(/ NATO Secretary General Jens Stoltenberg said on Thursday\.$/, " he said in Rome.")).length, 1);
  assert.equal(blocks.filter((b) => b.text === r.summary).length, 0, "the standfirst is not repeated in the body");
  assert.ok(paras[0]!.text.startsWith("NATO chief Jens Stoltenberg said Thursday"));
  assert.ok(paras[paras.length - 1]!.text.endsWith("he added."));
  assert.deepEqual(blocks.filter((b) => b.type === "heading").map((b) => b.text), ["ON CYBER DEFENSE"]);
  assert.equal(r.related.length, 5);
  assert.equal(r.related[0], "Ukrainian troops have liberated dozens of settlements in south of country: Zelensky");
  for (const rel of r.related) assert.ok(!r.body.includes(rel));
});

test("seed 004 (empty Published/Updated line)", () => {
  const r = parse("seed-empty-published-line.txt");
  assert.equal(r.title, "Russia’s Ukraine strikes ‘sign of weakness,’ says NATO chief");
  assert.equal(r.date, null);
  assert.equal(r.dateSource, "none");
  assert.equal(r.outlet, null);
  for (const junk of ["Read Mode", "100% Font Size", "3 min read", "For all the latest headlines follow our Google News channel online or via the app.", "Read more:", "Top Content Trending"]) {
    assert.ok(!bodyBlocks(r.body).some((b) => b.text === junk), junk);
  }
  assert.deepEqual(r.related, [
    "Russian PM asks for role in Nord Stream explosions probe: Sweden",
    "Italy’s Eni working with Gazprom to resolve Russian gas flow halt",
    "Scholz, Biden agree Kremlin’s nuclear threats ‘irresponsible’",
  ]);
});

test("CRLF and BOM variants parse like the originals", () => {
  assert.deepEqual(parse("seed-agency-bullets-crlf.txt"), parse("seed-agency-bullets.txt"));
  assert.deepEqual(parse("seed-empty-published-line-bom.txt"), parse("seed-empty-published-line.txt"));
});
