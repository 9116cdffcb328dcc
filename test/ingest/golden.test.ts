/**
 * Golden files: every `test/fixtures/ingest/<case>.txt` is parsed and compared
 * with `<case>.json`, the expected record (markdown-it style fixtures).
 *
 * After an intended change in parsing, regenerate the expected records with
 *
 *     UPDATE_GOLDEN=1 node --import tsx --test test/ingest/golden.test.ts
 *
 * and review the diff of the .json files before committing.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { decodeArticle, parseArticle } from "../../src/ingest/parse.ts";
import { ArticleRecordSchema } from "../../src/record/schema.ts";

const DIR = join(import.meta.dirname, "..", "fixtures", "ingest");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

for (const name of readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort()) {
  const base = name.slice(0, -4);
  test(`golden: ${base}`, () => {
    const decoded = decodeArticle(readFileSync(join(DIR, name)));
    const record = parseArticle(decoded.text, name);
    record.warnings.unshift(...decoded.warnings);
    ArticleRecordSchema.parse(record);
    const expectedPath = join(DIR, `${base}.json`);
    if (UPDATE || !existsSync(expectedPath)) {
      writeFileSync(expectedPath, JSON.stringify(record, null, 2) + "\n");
      if (!UPDATE) assert.fail(`${base}.json did not exist; written now, review it`);
      return;
    }
    assert.deepEqual(record, JSON.parse(readFileSync(expectedPath, "utf8")));
  });
}
