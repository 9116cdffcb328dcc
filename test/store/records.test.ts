import { test } from "node:test";
import assert from "node:assert/strict";
import { parseRecordFile, serializeRecord } from "../../src/store/records.ts";
import type { ArticleRecord } from "../../src/record/schema.ts";

const record: ArticleRecord = {
  file: "000_x.txt",
  title: "NATO chief: “Russia is losing”",
  date: "2022-11-10T03:40",
  dateSource: "published-line",
  updated: null,
  outlet: "Anadolu Agency",
  author: null,
  section: "World",
  language: "en",
  topics: ["NATO"],
  topicKinds: { NATO: "organisation" },
  related: ["Other headline: yes"],
  summary: "A summary: with a colon.",
  body: "First paragraph.\n\n## A heading\n\nLast paragraph.",
  captions: [],
  url: "/2022/11/10/nato-chief-russia-is-losing/",
  kind: "article",
  warnings: [],
};

test("a record survives writing and reading back", () => {
  assert.deepEqual(parseRecordFile(serializeRecord(record), "records/000_x.txt.md"), record);
});

test("a hand-edited record with a bad date fails naming the file and the field", () => {
  const text = serializeRecord(record).replace("date: 2022-11-10T03:40", "date: 2022-02-31");
  assert.throws(() => parseRecordFile(text, "records/000_x.txt.md"), (error: Error) => {
    assert.match(error.message, /^records\/000_x\.txt\.md: invalid article record:/);
    assert.match(error.message, /- date: is not a real calendar date/);
    return true;
  });
});

test("a JavaScript front-matter block is never run", () => {
  const text = "---js\n{ title: (globalThis.pwned = 'yes') }\n---\nbody";
  assert.throws(() => parseRecordFile(text, "r.md"));
  assert.equal((globalThis as { pwned?: string }).pwned, undefined);
});

test("a record written by the build is told apart from one a person edited", async () => {
  const { writtenByBuild } = await import("../../src/store/records.ts");
  const text = serializeRecord(record);
  assert.match(text, /^---\n# Written by news-archive; edit the article's front matter to correct it\. [0-9a-f]{40}\n/);
  assert.equal(writtenByBuild(text), true);
  assert.equal(writtenByBuild(text.replace("Anadolu Agency", "Anadolu")), false);
  assert.equal(writtenByBuild(text.replace(/^# Written.*\n/m, "")), false);
});

test("a body that opens with a front-matter-like block keeps it, and adds nothing to the record", () => {
  // gray-matter's stringify read such a block out of the body as front matter of its own.
  for (const body of ["---\nfoo: bar\n---\nThe rest of the body.", "---js\n{ x: 1 }\n---\nText.", "---\n: [ not yaml\n---\nText."]) {
    const text = serializeRecord({ ...record, body });
    assert.deepEqual(parseRecordFile(text, "records/000_x.txt.md"), { ...record, body });
  }
});
