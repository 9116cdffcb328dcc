/**
 * `npm run eval [-- --labels FILE --articles DIR]`: scores the parser against
 * the labelled corpus (default ../shared/corpus). Prints per-field scores,
 * duplicates, parse speed, every failure, and a last line `score: 0.xxx`.
 * Exit code 0 (it is a report) unless it cannot run.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { bodyText } from "../src/record/body.ts";
import { decodeArticle, parseArticle } from "../src/ingest/parse.ts";
import { leakedFurniture, lineSignature, linesWithHashes, recurringLines } from "../src/model/outlet-furniture.ts";
import type { ArticleRecord } from "../src/record/schema.ts";
import { checkLabels } from "../src/eval/labels.ts";
import { scoreRecords, FIELDS } from "../src/eval/score.ts";
import { scoreDuplicates } from "../src/eval/duplicates.ts";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const labelsPath = resolve(arg("--labels", "../shared/corpus/labels.json"));
  const articlesDir = resolve(arg("--articles", join(labelsPath, "..", "articles")));
  const labels = checkLabels(JSON.parse(readFileSync(labelsPath, "utf8")), labelsPath);
  const records = new Map<string, ArticleRecord>();
  const raw = new Map<string, Uint8Array>();
  const texts = new Map<string, string>();
  for (const l of labels) {
    try {
      const bytes = readFileSync(join(articlesDir, l.file));
      raw.set(l.file, bytes);
      texts.set(l.file, decodeArticle(bytes).text);
    } catch (err) {
      console.error(`${l.file}: cannot read (${(err as Error).message})`);
    }
  }
  for (const [file, text] of texts) records.set(file, parseArticle(text, file));
  // As the build does: lines that recur across an outlet's articles are furniture (src/model/outlet-furniture.ts).
  const furniture = recurringLines([...records.values()].map((r) => ({ record: r, lines: lineSignature(texts.get(r.file)!) })));
  for (const [file, r] of records) {
    const lines = r.outlet === null ? undefined : furniture.get(r.outlet);
    const leaked = lines ? leakedFurniture(r, lines) : [];
    if (leaked.length > 0) records.set(file, parseArticle(texts.get(file)!, file, { furniture: linesWithHashes(texts.get(file)!, new Set(leaked)) }));
  }
  // Speed: parse the whole corpus repeatedly for about a second of CPU time (CPU time, so a busy machine does not skew it).
  let parsed = 0;
  const c0 = process.cpuUsage();
  const cpuSeconds = (): number => {
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1e6;
  };
  while (cpuSeconds() < 1 && texts.size > 0) {
    for (const [file, text] of texts) parseArticle(text, file);
    parsed += texts.size;
  }
  const perSecond = parsed / Math.max(cpuSeconds(), 1e-9);
  const words = [...records.values()].reduce((s, r) => s + bodyText(r.body).split(/\s+/).length, 0) / Math.max(records.size, 1);

  const s = scoreRecords(labels, records);
  const dups = await scoreDuplicates(
    labels,
    [...records.values()].map((r) => ({ id: r.file, bytes: raw.get(r.file)!, text: `${r.title}\n${bodyText(r.body)}` })),
  );
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log(`parser eval: ${s.files} files (${labelsPath})`);
  const names: Record<string, string> = {
    title: "titles exact", date: "dates exact (date + time)", outlet: "outlet", author: "author", section: "section",
    language: "language", first_paragraph: "first paragraph", last_paragraph: "last paragraph",
    paragraph_count: "paragraph count", no_junk: "files with no junk leaked", related: "related lists exact",
  };
  for (const f of FIELDS) console.log(`  ${names[f]!.padEnd(28)} ${pct(s.fields[f])}`);
  console.log(`  ${"dates invented".padEnd(28)} ${s.datesInvented}`);
  console.log(`  ${"junk lines leaked".padEnd(28)} ${s.junkLeaks}`);
  console.log(`  ${"related recall".padEnd(28)} ${pct(s.relatedRecall)}`);
  console.log(`  ${"related precision".padEnd(28)} ${pct(s.relatedPrecision)}`);
  console.log(`  ${"exact duplicates found".padEnd(28)} ${dups.exactFound}/${dups.exactExpected}`);
  console.log(`  ${"near duplicates found".padEnd(28)} ${dups.nearFound}/${dups.nearExpected}`);
  for (const line of dups.lines) console.log(`    ${line}`);
  console.log(`  ${"parse speed".padEnd(28)} ${Math.round(perSecond)} articles per CPU-second (mean body ${Math.round(words)} words)`);
  console.log(s.failures.length ? `failures (${s.failures.length}):` : "failures: none");
  for (const f of s.failures) console.log(`  ${f.file}: ${f.field}: ${f.expected} / ${f.got}`);
  console.log(`score: ${s.score.toFixed(3)}`);
}

main().catch((err) => {
  console.error(`eval cannot run: ${(err as Error).message}`);
  process.exit(2);
});
