/**
 * The reference build: plain Eleventy rendering the same articles as one markdown page each with a
 * one-line layout. It is the floor our build is compared with: what Eleventy alone costs to write N
 * pages, with no parsing, topics, search or cross-linking.
 *
 * Input layout (in a temp dir): `in/N.md` (front matter title/date, the article text as the body),
 * `in/_includes/base.njk`, and `eleventy.config.mjs`, which only turns off Liquid preprocessing of
 * markdown so that `{{` in an article cannot break the build.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MONTHS } from "./words.ts";

const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Eleventy's own CLI (what `npx @11ty/eleventy` runs), run with node directly to skip npx's start-up. */
export const ELEVENTY_CLI = join(PROJECT_ROOT, "node_modules", "@11ty", "eleventy", "cmd.cjs");

const LAYOUT = "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>{{ title }}</title><main>{{ content | safe }}</main></html>\n";
const CONFIG = "export default function () {\n  return { markdownTemplateEngine: false, htmlTemplateEngine: false };\n}\n";

const MONTH_INDEX = new Map(MONTHS.flatMap((m, i) => [[m, i + 1], [m.slice(0, 3), i + 1]] as Array<[string, number]>));
const p2 = (n: number | string): string => String(n).padStart(2, "0");

/** The first absolute date on the page as YYYY-MM-DD, by a few common patterns; null if none. */
export function roughDate(text: string): string | null {
  let m = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /\b(\d{2})\.(\d{2})\.(\d{4})\b/.exec(text);
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  m = /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/.exec(text);
  if (m) return `${m[3]}-${p2(MONTH_INDEX.get(m[2] ?? "") ?? 1)}-${p2(m[1] ?? 1)}`;
  m = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{1,2}), (\d{4})\b/.exec(text);
  if (m) return `${m[3]}-${p2(MONTH_INDEX.get(m[1] ?? "") ?? 1)}-${p2(m[2] ?? 1)}`;
  return null;
}

/** One article as the reference's markdown page. */
export function referencePage(raw: string): string {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const nl = text.indexOf("\n");
  const title = (nl < 0 ? text : text.slice(0, nl)).trim();
  const body = nl < 0 ? "" : text.slice(nl + 1);
  const date = roughDate(text);
  return `---\ntitle: ${JSON.stringify(title)}\n${date ? `date: ${date}\n` : ""}layout: base.njk\n---\n${body}\n`;
}

/** Reference page name for an article file: its numeric prefix ("000042_ab….txt" → "000042.md"). */
export function referenceName(file: string): string {
  return `${file.replace(/_.*$/, "").replace(/\.txt$/, "")}.md`;
}

/** The reference project for an articles directory. */
export interface ReferenceProject { root: string; input: string }

/** Creates (or recreates) the reference project in `root` from every `.txt` file in `articlesDir`. */
export function prepareReference(articlesDir: string, root: string): ReferenceProject {
  const input = join(root, "in");
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(input, "_includes"), { recursive: true });
  writeFileSync(join(input, "_includes", "base.njk"), LAYOUT);
  writeFileSync(join(root, "eleventy.config.mjs"), CONFIG);
  for (const file of readdirSync(articlesDir)) {
    if (file.endsWith(".txt")) syncReferencePage({ root, input }, articlesDir, file);
  }
  return { root, input };
}

/** Brings one page up to date with its article (written, rewritten, or removed if the article is gone). */
export function syncReferencePage(project: ReferenceProject, articlesDir: string, file: string): void {
  const target = join(project.input, referenceName(file));
  let raw: string;
  try {
    raw = readFileSync(join(articlesDir, file), "utf8");
  } catch {
    rmSync(target, { force: true });
    return;
  }
  writeFileSync(target, referencePage(raw));
}

/** Node arguments that build the reference into `out` (run with cwd = project.root). */
export function referenceArgs(project: ReferenceProject, out: string): string[] {
  return [ELEVENTY_CLI, `--input=${project.input}`, `--output=${out}`, `--config=${join(project.root, "eleventy.config.mjs")}`, "--quiet"];
}
