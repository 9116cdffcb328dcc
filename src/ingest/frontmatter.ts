/**
 * User corrections: YAML front matter at the top of a raw file.
 *
 *     ---
 *     title: Ferry operator cuts winter timetable
 *     date: 2022-11-10
 *     ---
 *
 * Only YAML is read, through gray-matter with the YAML engine alone: a `---js`
 * or `---javascript` block is never executed (gray-matter's default JavaScript
 * engine would `eval` it); it is dropped with a warning. Unknown keys
 * (permalink, layout, eleventyComputed...) are ignored with a warning, so
 * nothing in a raw file can steer URLs or templates.
 */
import matter from "gray-matter";
import { createRequire } from "node:module";
import { ISO_DATE, isRealCalendarDate } from "../record/schema.ts";
import { findDates, toIso } from "./dates.ts";

/** Fields a user may set; each overrides what the parser found. */
export interface FrontMatter {
  title?: string;
  date?: string | null;
  updated?: string | null;
  outlet?: string | null;
  author?: string | null;
  section?: string | null;
  language?: string;
  topics?: string[];
  related?: string[];
  summary?: string;
  kind?: "article" | "not-article";
}

export interface FrontMatterResult {
  data: FrontMatter;
  /** The text after the front matter block. */
  content: string;
  /** Number of lines the block took (to keep line numbers in warnings true to the file). */
  lineOffset: number;
  warnings: string[];
}

const KNOWN = new Set(["title", "date", "updated", "outlet", "author", "section", "language", "topics", "related", "summary", "kind"]);

// gray-matter's own YAML parser (js-yaml), used with the CORE schema: timestamps stay strings, so
// "2022-02-31" is reported instead of silently rolling over to 3 March.
const fromMatter = createRequire(createRequire(import.meta.url).resolve("gray-matter"));
const yaml = fromMatter("js-yaml") as { load(s: string, o: object): unknown; safeLoad?(s: string, o: object): unknown; CORE_SCHEMA: unknown };
const loadYaml = (s: string): unknown => (yaml.safeLoad ?? yaml.load).call(yaml, s, { schema: yaml.CORE_SCHEMA });
const refuse = (): never => {
  throw new Error("only YAML front matter is read");
};
const OPTIONS = {
  language: "yaml",
  engines: { yaml: (s: string) => loadYaml(s) ?? {}, js: refuse, javascript: refuse, coffee: refuse, json: refuse },
} as unknown as Parameters<typeof matter>[1];

export function readFrontMatter(text: string): FrontMatterResult {
  const none: FrontMatterResult = { data: {}, content: text, lineOffset: 0, warnings: [] };
  const open = /^---([^\n]*)\n/.exec(text);
  if (!open) return none;
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(open[0].length - 1));
  if (!close) return none;
  const end = open[0].length - 1 + close.index + close[0].length;
  const block = text.slice(0, end);
  const content = text.slice(end);
  const lineOffset = block.split("\n").length - (block.endsWith("\n") ? 1 : 0);
  const lang = open[1]!.trim().toLowerCase();
  if (lang !== "" && lang !== "yaml" && lang !== "yml") {
    return { data: {}, content, lineOffset, warnings: [`front matter in language '${lang}' ignored; only YAML is read`] };
  }
  let raw: Record<string, unknown>;
  try {
    raw = matter(block.replace(/^---[^\n]*\n/, "---\n") + "\n", OPTIONS).data as Record<string, unknown>;
  } catch (err) {
    const mark = (err as { mark?: { line?: number } }).mark;
    const line = typeof mark?.line === "number" ? mark.line + 2 : 1;
    const reason = String((err as Error).message ?? err).split("\n")[0]!.replace(/\s+at line \d+.*$/, "");
    return { data: {}, content, lineOffset, warnings: [`line ${line}: front matter is not valid YAML (${reason}); it was ignored. Fix it to apply your corrections.`] };
  }
  return { ...checkFields(raw ?? {}), content, lineOffset };
}

function checkFields(raw: Record<string, unknown>): { data: FrontMatter; warnings: string[] } {
  const data: FrontMatter = {};
  const warnings: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!KNOWN.has(key)) {
      warnings.push(`front matter key '${key}' ignored; known keys: ${[...KNOWN].join(", ")}`);
      continue;
    }
    switch (key) {
      case "date":
      case "updated": {
        if (value === null || value === "") {
          data[key] = null;
          break;
        }
        const iso = frontMatterDate(value);
        if (iso === null) warnings.push(`front matter ${key} '${String(value)}' ignored: use a real date between 1900 and 2100 such as 2022-10-11 or 2022-10-11T14:30`);
        else data[key] = iso;
        break;
      }
      case "topics":
      case "related": {
        const list = Array.isArray(value) ? value : typeof value === "string" ? [value] : null;
        if (list === null) warnings.push(`front matter ${key} ignored: expected a list of strings`);
        else data[key] = list.map((v) => String(v).trim()).filter((v) => v !== "");
        break;
      }
      case "kind":
        if (value === "article" || value === "not-article") data.kind = value;
        else warnings.push(`front matter kind '${String(value)}' ignored: use article or not-article`);
        break;
      case "title":
      case "summary":
      case "language": {
        const s = typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
        if (s === "") warnings.push(`front matter ${key} ignored: expected text`);
        else data[key as "title" | "summary" | "language"] = s;
        break;
      }
      default: {
        // outlet, author, section: text or null
        const k = key as "outlet" | "author" | "section";
        if (value === null || value === "") data[k] = null;
        else if (typeof value === "string" || typeof value === "number") data[k] = String(value).trim();
        else warnings.push(`front matter ${key} ignored: expected text`);
      }
    }
  }
  return { data, warnings };
}

/** A front matter date as a record ISO date, or null when it is not a real date in 1900-2100. */
export function frontMatterDate(value: unknown): string | null {
  let iso: string | null = null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const t = value.toISOString(); // js-yaml reads timestamps as UTC instants
    iso = t.endsWith("T00:00:00.000Z") ? t.slice(0, 10) : `${t.slice(0, 16)}+00:00`;
  } else if (typeof value === "string") {
    const s = value.trim();
    if (ISO_DATE.test(s)) iso = s;
    else {
      const hit = findDates(s).find((h) => h.problem === null && h.alt === null);
      iso = hit ? toIso(hit.year, hit.month, hit.day, hit.time, hit.zone) : null;
    }
  }
  if (iso === null || !isRealCalendarDate(iso)) return null;
  const year = Number(iso.slice(0, 4));
  return year >= 1900 && year <= 2100 ? iso : null;
}
