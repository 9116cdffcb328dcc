/**
 * `npm run parse -- FILE...`: parses raw article files and prints one JSON
 * record per line (keys: file, title, date, outlet, author, section, language,
 * topics, related, summary, body, url, warnings, then dateSource, updated,
 * kind, captions). It runs the build's own per-article step (src/build/analyse.ts),
 * so what it prints is what the build publishes, before archive-wide merging.
 * A file that cannot be read, or is not text, is reported on stderr and makes
 * the exit code 1; the other files still print.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { analyseBytes } from "../src/build/analyse.ts";
import type { ArticleRecord } from "../src/record/schema.ts";

function ordered(r: ArticleRecord): Record<string, unknown> {
  return {
    file: r.file, title: r.title, date: r.date, outlet: r.outlet, author: r.author, section: r.section,
    language: r.language, topics: r.topics, related: r.related, summary: r.summary, body: r.body, url: r.url,
    warnings: r.warnings, dateSource: r.dateSource, updated: r.updated, kind: r.kind, captions: r.captions,
  };
}

function main(): number {
  const files = process.argv.slice(2).filter((a) => a !== "--");
  if (files.length === 0) {
    console.error("usage: npm run parse -- FILE...");
    return 2;
  }
  let failed = false;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      console.error(`${file}: cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      failed = true;
      continue;
    }
    const result = analyseBytes(bytes, basename(file));
    if (!result.ok) {
      console.error(`${file}: ${result.reason}`);
      failed = true;
      continue;
    }
    process.stdout.write(JSON.stringify(ordered(result.article.record)) + "\n");
  }
  return failed ? 1 : 0;
}

process.exit(main());
