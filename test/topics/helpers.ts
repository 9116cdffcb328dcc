/**
 * Test helpers: raw article files → extractTopics input: through the ingest
 * parser (parsedInput), a stand-in for hand-written fixtures (title = line 1,
 * body = the other lines), or, for the labelled corpus, the labelled body span
 * (so these tests do not move when the parser changes).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { decodeArticle, parseArticle } from "../../src/ingest/parse.ts";
import { blocksToBody } from "../../src/record/body.ts";
import type { ExtractInput } from "../../src/topics/extract.ts";

export const ROOT = new URL("../../", import.meta.url).pathname;
export const CORPUS = "/work/shared/corpus";

interface Label {
  file: string;
  title: string;
  outlet: string | null;
  language: string;
  first_paragraph: string;
  last_paragraph: string;
}

const norm = (s: string): string => s.normalize("NFC").replace(/[\u00a0\t]/g, " ").replace(/\s+/g, " ").trim();

function lines(text: string): string[] {
  return text.replace(/^\uFEFF/, "").split(/\r?\n/).map((l) => l.trim());
}

/** Stand-in parser: title = line 1, body = every other non-empty line as a paragraph. */
export function rawInput(text: string, outlet: string | null = null, language = "en"): ExtractInput {
  const [title = "", ...rest] = lines(text);
  const paras = rest.filter((l) => l !== "");
  return {
    title,
    summary: "",
    body: blocksToBody(paras.map((p) => ({ type: "paragraph" as const, text: p }))),
    language,
    outlet,
  };
}

let labels: Label[] | null = null;
function corpusLabels(): Label[] {
  labels ??= JSON.parse(readFileSync(join(CORPUS, "labels.json"), "utf8")) as Label[];
  return labels;
}

/** A labelled corpus file as the parser should see it: labelled title, outlet, language, and body span. */
export function corpusInput(file: string): ExtractInput {
  const label = corpusLabels().find((l) => l.file === file);
  if (!label) throw new Error(`no label for ${file}`);
  const all = lines(readFileSync(join(CORPUS, "articles", file), "utf8"));
  const first = all.findIndex((l) => norm(l).startsWith(label.first_paragraph));
  const last = all.findIndex((l, i) => i >= first && norm(l).startsWith(label.last_paragraph));
  const paras = all.slice(first, last + 1).filter((l) => l !== "");
  return {
    title: label.title,
    summary: "",
    body: blocksToBody(paras.map((p) => ({ type: "paragraph" as const, text: p }))),
    language: label.language,
    outlet: label.outlet,
  };
}

export function corpusFiles(): string[] {
  return readdirSync(join(CORPUS, "articles")).filter((f) => f.endsWith(".txt")).sort();
}

/** The whole raw file as a body (boilerplate included): the worst case the extractor must survive. */
export function corpusRawInput(file: string): ExtractInput {
  const label = corpusLabels().find((l) => l.file === file)!;
  return rawInput(readFileSync(join(CORPUS, "articles", file), "utf8"), label.outlet, label.language);
}

/** A raw page through the ingest parser (decodeArticle + parseArticle), as the build does. */
export function parsedInput(bytes: Uint8Array, file: string): ExtractInput {
  const record = parseArticle(decodeArticle(bytes).text, file);
  return { title: record.title, summary: record.summary, body: record.body, language: record.language, outlet: record.outlet, related: record.related };
}
