/** A person can edit a record in records/: a valid edit is used, a bad one is reported and ignored. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import path from "node:path";
import { buildInto, readTree } from "../helpers/site-tree.ts";

test("a hand-edited record is used; a bad edit is reported with the file and the field", async () => {
  const first = await buildInto("articles");
  const recordFile = path.join(first.work, "records", "004_c35e00869fde3704.txt.md");
  const original = await fs.readFile(recordFile, "utf8");

  await fs.writeFile(recordFile, original.replace(/^date: null$/m, "date: 2022-10-11").replace(/^url: .*$/m, "url: /2022/10/11/edited/"));
  const edited = await buildInto("articles", first.work);
  const tree = await readTree(edited.out);
  assert.ok(tree.has("2022/10/11/edited/index.html"), "the edited date and URL are used");
  assert.ok(edited.result.warnings.some((w) => w.file === "004_c35e00869fde3704.txt" && /uses the hand-edited/.test(w.reason)));

  await fs.writeFile(recordFile, original.replace(/^date: null$/m, "date: 2022-02-31"));
  const bad = await buildInto("articles", first.work);
  const warning = bad.result.warnings.find((w) => w.file === "004_c35e00869fde3704.txt" && /invalid article record/.test(w.reason));
  assert.ok(warning, "the bad edit is reported");
  assert.match(warning!.reason, /004_c35e00869fde3704\.txt\.md: invalid article record: +- date: is not a real calendar date/);
  assert.ok((await readTree(bad.out)).has("undated/russias-ukraine-strikes-sign-of-weakness-says-nato-chief/index.html"), "the parsed record is used instead");
});
