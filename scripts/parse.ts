/**
 * `npm run parse -- FILE...`: parses raw article files and prints one JSON
 * record per line (keys: file, title, date, outlet, author, section, language,
 * topics, related, summary, body, url, warnings, then dateSource, updated,
 * kind, captions). A file that cannot be read is reported on stderr and makes
 * the exit code 1; the other files still print.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { decodeArticle, parseArticle } from "../src/ingest/parse.ts";
import type { ArticleRecord } from "../src/record/schema.ts";

type Extract = (input: { title: string; summary: string; body: string; language: string; outlet: string | null }) => Array<{ name: string }>;

async function loadTopics(): Promise<Extract | null> {
  try {
    const path = "../src/topics/extract.ts";
    const mod = (await import(path)) as { extractTopics?: Extract };
    return typeof mod.extractTopics === "function" ? mod.extractTopics : null;
  } catch {
    return null;
  }
}

function ordered(r: ArticleRecord): Record<string, unknown> {
  return {
    file: r.file, title: r.title, date: r.date, outlet: r.outlet, author: r.author, section: r.section,
    language: r.language, topics: r.topics, related: r.related, summary: r.summary, body: r.body, url: r.url,
    warnings: r.warnings, dateSource: r.dateSource, updated: r.updated, kind: r.kind, captions: r.captions,
  };
}

async function main(): Promise<void> {
  const files = process.argv.slice(2).filter((a) => a !== "--");
  if (files.length === 0) {
    console.error("usage: npm run parse -- FILE...");
    process.exit(2);
  }
  const extractTopics = await loadTopics();
  let failed = false;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      console.error(`${file}: cannot read: ${(err as Error).message}`);
      failed = true;
      continue;
    }
    const decoded = decodeArticle(bytes);
    if (decoded.binary) {
      console.error(`${file}: ${decoded.warnings.join("; ")}`);
      failed = true;
      continue;
    }
    const record = parseArticle(decoded.text, basename(file));
    record.warnings.unshift(...decoded.warnings);
    if (extractTopics) {
      try {
        record.topics = extractTopics({ title: record.title, summary: record.summary, body: record.body, language: record.language, outlet: record.outlet, related: record.related }).map((t) => t.name);
      } catch (err) {
        record.warnings.push(`topic extraction failed: ${(err as Error).message}`);
      }
    }
    process.stdout.write(JSON.stringify(ordered(record)) + "\n");
  }
  process.exit(failed ? 1 : 0);
}

void main();
