/**
 * The parser never throws, stays linear on huge inputs, and always returns a
 * valid record with a non-empty title. Plus decoding and front matter rules.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { decodeArticle, parseArticle } from "../../src/ingest/parse.ts";
import { ArticleRecordSchema } from "../../src/record/schema.ts";

function valid(text: string, file = "x.txt") {
  const r = parseArticle(text, file);
  ArticleRecordSchema.parse(r);
  assert.ok(r.title.length > 0);
  return r;
}

test("never throws on arbitrary text", () => {
  fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => void valid(s)), { numRuns: 300 });
  fc.assert(
    fc.property(fc.array(fc.constantFrom("By Ann Lee", "Published On 27 Feb 2023", "Read more:", "- item one two", "---", "", "© 2023 X", "Some sentence of text that is long enough to count as prose in the body.", "10/11/2022", "---js"), { maxLength: 40 }), (lines) =>
      void valid(lines.join("\n")),
    ),
    { numRuns: 300 },
  );
});

test("empty and whitespace-only input give an untitled not-article", () => {
  for (const text of ["", "   \n\t\n\n"]) {
    const r = valid(text, "blank.txt");
    assert.equal(r.title, "Untitled (blank)");
    assert.equal(r.kind, "not-article");
    assert.equal(r.date, null);
  }
});

test("a 200 KB single line is parsed quickly", () => {
  const line = "word ".repeat(40000);
  const t0 = performance.now();
  const r = valid(line);
  assert.ok(performance.now() - t0 < 1000, "took too long");
  assert.ok(r.title.length <= 201);
});

test("a 5,000-character first line is cut to a readable title", () => {
  const r = valid("Headline ".repeat(600) + "\nBody paragraph that says something about the matter at hand, at some length.");
  assert.ok(r.title.length <= 201);
});

test("emoji-only title falls back to the file name", () => {
  const r = valid("🔥🔥🔥", "2024/fire.txt");
  assert.equal(r.title, "Untitled (fire)");
  assert.match(r.warnings.join("\n"), /no headline found/);
});

test("pathological repetition stays linear", () => {
  const evil = ("1/1/1/1 " + "By ".repeat(50) + "-".repeat(200) + " ").repeat(500);
  const t0 = performance.now();
  valid(evil);
  valid(("a".repeat(3000) + "\n").repeat(50));
  assert.ok(performance.now() - t0 < 2000);
});

test("decode: UTF-8 BOM, UTF-16 LE/BE, Windows-1252, binary", () => {
  const enc = new TextEncoder();
  assert.equal(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode("Héllo\r\nworld\r")])).text, "Héllo\nworld\n");
  const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0xe9, 0x00]);
  assert.equal(decodeArticle(le).text, "Hé");
  const be = new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0xe9]);
  assert.equal(decodeArticle(be).text, "Hé");
  const cp = decodeArticle(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]));
  assert.equal(cp.text, "Café “q”");
  assert.deepEqual(cp.warnings, ["not valid UTF-8; decoded as Windows-1252"]);
  const png = decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
  assert.equal(png.text, "");
  assert.match(png.warnings[0]!, /binary file \(PNG image\)/);
  const nul = decodeArticle(new Uint8Array(1000));
  assert.match(nul.warnings[0]!, /binary/);
  assert.equal(decodeArticle(enc.encode("a\u0000" + "b".repeat(40))).text, "a" + "b".repeat(40));
  assert.equal(decodeArticle(enc.encode("e\u0301")).text, "\u00e9", "NFC");
});

test("front matter overrides and is validated", () => {
  const r = valid("---\ntitle: Fixed title\ndate: 2022-10-11\nsection: Local\nslug: x\n---\nOld headline\nBody text of the article goes here, long enough to be prose in a body.\n");
  assert.equal(r.title, "Fixed title");
  assert.equal(r.date, "2022-10-11");
  assert.equal(r.dateSource, "front-matter");
  assert.equal(r.section, "Local");
  assert.ok(r.warnings.some((w) => w.startsWith("front matter key 'slug' ignored")));
  const bad = valid("---\ndate: 2022-02-31\n---\nHeadline here\n");
  assert.ok(bad.warnings.some((w) => w.startsWith("front matter date '2022-02-31' ignored")));
  const old = valid("---\ndate: 1850-01-01\n---\nHeadline here\n");
  assert.equal(old.date, null);
});

test("a permalink in front matter never affects the URL", () => {
  const r = valid("---\npermalink: ../../etc/passwd\n---\nHeadline about the harbour\n");
  assert.equal(r.url, "/undated/headline-about-the-harbour/");
});

test("---js front matter is never executed", () => {
  const g = globalThis as { __pwned?: boolean };
  delete g.__pwned;
  const r = valid("---js\n{ title: (function () { globalThis.__pwned = true; return 'x'; })() }\n---\nHeadline here\n");
  assert.equal(g.__pwned, undefined);
  assert.ok(r.warnings.includes("front matter in language 'js' ignored; only YAML is read"));
  const r2 = valid("---javascript\nglobalThis.__pwned = true\n---\nHeadline here\n");
  assert.equal(g.__pwned, undefined);
  assert.ok(r2.warnings.includes("front matter in language 'javascript' ignored; only YAML is read"));
});

test("invalid YAML front matter: warning with the line, body still parsed", () => {
  const r = valid("---\ntitle: \"unclosed\ndate: x\n---\nHeadline here\n");
  assert.match(r.warnings[0]!, /^line \d+: front matter is not valid YAML/);
  assert.equal(r.title, "Headline here");
});
