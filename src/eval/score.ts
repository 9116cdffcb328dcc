/**
 * Scores parsed records against the corpus labels, following the README's
 * comparison rules: exact (normalised) title/outlet/author, section
 * case-insensitive, date and time exact, first/last paragraph by startsWith,
 * paragraph count exact, junk lines never equal to a paragraph, heading,
 * title or related item, related lists by recall and precision.
 */
import { bodyBlocks } from "../record/body.ts";
import type { ArticleRecord } from "../record/schema.ts";
import { norm, type Label } from "./labels.ts";

export const FIELDS = [
  "title", "date", "outlet", "author", "section", "language",
  "first_paragraph", "last_paragraph", "paragraph_count", "no_junk", "related",
] as const;
export type Field = (typeof FIELDS)[number];

export interface Failure {
  file: string;
  field: string;
  expected: string;
  got: string;
}

export interface Scores {
  files: number;
  /** Fraction of files correct per field ("related" = exact list). */
  fields: Record<Field, number>;
  datesInvented: number;
  junkLeaks: number;
  relatedRecall: number;
  relatedPrecision: number;
  failures: Failure[];
  /** Mean of the field scores. */
  score: number;
}

const show = (v: unknown): string => (v === null ? "null" : typeof v === "string" ? JSON.stringify(v) : String(v));

/** "2022-11-10T03:40+00:00" → ["2022-11-10", "03:40"]. */
export function splitDate(iso: string | null): [string | null, string | null] {
  if (iso === null) return [null, null];
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  return m ? [m[1]!, m[2] ?? null] : [null, null];
}

export function scoreRecords(labels: readonly Label[], records: ReadonlyMap<string, ArticleRecord>): Scores {
  const ok = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const failures: Failure[] = [];
  let invented = 0, leaks = 0, relHit = 0, relExpected = 0, relGot = 0;
  for (const label of labels) {
    const r = records.get(label.file);
    const fail = (field: string, expected: unknown, got: unknown): void => {
      failures.push({ file: label.file, field, expected: show(expected), got: show(got) });
    };
    if (!r) {
      fail("record", "a record", "none (file missing or unreadable)");
      continue;
    }
    const eq = (field: Field, expected: string | null, got: string | null, ci = false): void => {
      const e = expected === null ? null : norm(expected), g = got === null ? null : norm(got);
      const same = ci && e !== null && g !== null ? e.toLowerCase() === g.toLowerCase() : e === g;
      if (same) ok[field]++;
      else fail(field, e, g);
    };
    eq("title", label.title, r.title);
    eq("outlet", label.outlet, r.outlet);
    eq("author", label.author, r.author);
    eq("section", label.section, r.section, true);
    eq("language", label.language, r.language);
    const [date, time] = splitDate(r.date);
    if (date === label.date && time === label.time) ok.date++;
    else fail("date", `${label.date ?? "null"} ${label.time ?? ""}`.trim(), `${date ?? "null"} ${time ?? ""}`.trim());
    if (label.date === null && date !== null) {
      invented++;
      fail("date_invented", null, r.date);
    }
    const blocks = bodyBlocks(r.body);
    const paras = blocks.filter((b) => b.type === "paragraph").map((b) => norm(b.text));
    const first = paras[0] ?? "", last = paras[paras.length - 1] ?? "";
    if (first.startsWith(norm(label.first_paragraph))) ok.first_paragraph++;
    else fail("first_paragraph", label.first_paragraph, first.slice(0, 100));
    if (last.startsWith(norm(label.last_paragraph))) ok.last_paragraph++;
    else fail("last_paragraph", label.last_paragraph, last.slice(0, 100));
    if (paras.length === label.paragraph_count) ok.paragraph_count++;
    else fail("paragraph_count", label.paragraph_count, `${paras.length} (${paras.length > label.paragraph_count ? "+" : ""}${paras.length - label.paragraph_count})`);
    const shown = new Set([...blocks.map((b) => norm(b.text)), norm(r.title), ...r.related.map(norm)]);
    const leaked = label.junk_examples.map(norm).filter((j) => shown.has(j));
    leaks += leaked.length;
    if (leaked.length === 0) ok.no_junk++;
    else for (const j of leaked) fail("junk", "absent", j);
    const want = label.related.map(norm), got = r.related.map(norm);
    relExpected += want.length;
    relGot += got.length;
    relHit += want.filter((w) => got.includes(w)).length;
    if (want.length === got.length && want.every((w, i) => w === got[i])) ok.related++;
    else fail("related", want.join(" / "), got.join(" / "));
  }
  const n = labels.length || 1;
  const fields = Object.fromEntries(FIELDS.map((f) => [f, ok[f] / n])) as Record<Field, number>;
  const score = FIELDS.reduce((s, f) => s + fields[f], 0) / FIELDS.length;
  return {
    files: labels.length,
    fields,
    datesInvented: invented,
    junkLeaks: leaks,
    relatedRecall: relExpected === 0 ? 1 : relHit / relExpected,
    relatedPrecision: relGot === 0 ? 1 : relHit / relGot,
    failures,
    score,
  };
}
