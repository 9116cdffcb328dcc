/**
 * Record files: one gray-matter markdown file per article in the records
 * folder (`records/<article file>.md`), readable and editable by a person.
 * gray-matter is used with the YAML engine only: a `---js` block is never run.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import { checkRecord, type ArticleRecord } from "../record/schema.ts";
import { writeFileAtomic, writeFileAtomicSync } from "./atomic-write.ts";
import { recordPath } from "./record-path.ts";
import { contentHash } from "./hash.ts";

export { recordPath };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const YAML_ONLY: any = {
  language: "yaml",
  engines: {
    yaml: { parse: (s: string) => (yaml.load(s, { schema: yaml.JSON_SCHEMA }) ?? {}) as object },
    js: () => {
      throw new Error("front matter in JavaScript is never run; use YAML");
    },
    javascript: () => {
      throw new Error("front matter in JavaScript is never run; use YAML");
    },
  },
};

/**
 * The text of a record file: YAML front matter with every field but the body, then the body.
 *
 * Put together here, not with gray-matter's `stringify`: that parses the body as a document of its own first,
 * so a body opening with a `---` block lost the block (its keys joined the record's), and it copied every body
 * into a Buffer on the way (a third of the cost of writing a record); it also dropped a byte-order mark opening
 * the body. The text is the same for any other body.
 */
export function serializeRecord(record: ArticleRecord): string {
  const { body, ...data } = record;
  const front = yaml.dump(data, { lineWidth: -1, noRefs: true }).trim();
  const rest = `${front}\n---\n${body.endsWith("\n") ? body : body + "\n"}`;
  // A YAML comment with the hash of the whole text without it: a record still carrying its own
  // hash was written by the build (perhaps by an interrupted one), not edited.
  return `---\n${MARK}${contentHash(`---\n${rest}`)}\n${rest}`;
}

const MARK = "# Written by news-archive; edit the article's front matter to correct it. ";
const MARKED = new RegExp(`^---\\n${MARK.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([0-9a-f]{40})\\n`);

/** True when a record file is exactly as the build wrote it (its hash mark matches): not edited by a person. */
export function writtenByBuild(text: string): boolean {
  const m = MARKED.exec(text);
  return m !== null && contentHash(text.replace(m[0], "---\n")) === m[1];
}

/** Writes the record file; returns its size and mtime. */
export async function writeRecord(recordsDir: string, record: ArticleRecord): Promise<{ size: number; mtimeMs: number }> {
  const file = recordPath(recordsDir, record.file);
  await writeFileAtomic(file, serializeRecord(record));
  const stat = await fs.stat(file);
  return { size: stat.size, mtimeMs: stat.mtimeMs };
}

/** `writeRecord` for analysis jobs (see writeFileAtomicSync). */
export function writeRecordSync(recordsDir: string, record: ArticleRecord): { size: number; mtimeMs: number } {
  const stat = writeFileAtomicSync(recordPath(recordsDir, record.file), serializeRecord(record));
  return { size: stat.size, mtimeMs: stat.mtimeMs };
}

/** Reads a record file back and validates it; throws an error naming the file and each bad field. */
export function parseRecordFile(text: string, where: string): ArticleRecord {
  let parsed;
  try {
    parsed = matter(text, YAML_ONLY);
  } catch (error) {
    throw new Error(`${where}: front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  return checkRecord({ ...parsed.data, body: parsed.content.replace(/\n+$/, "") }, where);
}

/** Removes record files whose article is gone, temp files of interrupted builds, and empty folders left behind. */
export async function pruneRecords(recordsDir: string, articleFiles: ReadonlySet<string>): Promise<void> {
  const keep = new Set([...articleFiles].map((f) => path.resolve(recordPath(recordsDir, f))));
  const walk = async (dir: string): Promise<boolean> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return true;
    }
    let empty = true;
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (await walk(abs)) await fs.rmdir(abs).catch(() => undefined);
        else empty = false;
      } else if ((e.name.endsWith(".md") && !keep.has(path.resolve(abs))) || /\.tmp-\d+$/.test(e.name)) {
        await fs.rm(abs, { force: true });
      } else empty = false;
    }
    return empty;
  };
  await walk(recordsDir);
}
