/**
 * The one schema for an article record: what the parser produces, what is
 * written to `records/*.md` as gray-matter front matter, and what the site is
 * built from. The TypeScript type is derived from it, so the two never drift.
 *
 * Records are validated where they are read back (a hand-edited record with a
 * bad date fails with a message naming the file and the field).
 */
import { z } from "zod";

/** Where a record's `date` came from. */
export const DATE_SOURCES = [
  /** A labelled publication stamp: "Published Date: 03:40 | 10 November 2022", "Posted on 10/11/2022". */
  "published-line",
  /** Only an "Updated"/"Modified" stamp existed, so it stands in for the publication date. */
  "updated-line",
  /** An unlabelled date found in the page text (a dateline, a date line under the byline). */
  "text",
  /** The user's YAML front matter at the top of the raw file. */
  "front-matter",
  /** No absolute date on the page: the article is undated. */
  "none",
] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

export const TOPIC_KINDS = ["person", "place", "organisation", "subject"] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

/**
 * ISO 8601 as the article states it:
 * - `2022-11-10` (date only),
 * - `2022-11-10T03:40` (date and local time, no zone stated),
 * - `2022-11-10T15:04+00:00` (zone stated; `Z` is written as `+00:00`).
 */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:\d{2})?)?$/;

const isoDate = z
  .string()
  .regex(ISO_DATE, "must be an ISO 8601 date such as 2022-11-10 or 2022-11-10T03:40")
  .refine((s) => isRealCalendarDate(s), "is not a real calendar date");

export const ArticleRecordSchema = z.object({
  /** The raw file's path relative to the articles folder, with `/` separators. */
  file: z.string().min(1),
  /** The headline as printed, without outlet or section suffixes. Never empty. */
  title: z.string().min(1),
  /** Publication date (see ISO_DATE), or null when the page states none. Never invented. */
  date: isoDate.nullable(),
  dateSource: z.enum(DATE_SOURCES),
  /** A later "Updated"/"Modified" stamp, when the page has one besides the publication date. */
  updated: isoDate.nullable().default(null),
  outlet: z.string().min(1).nullable(),
  author: z.string().min(1).nullable(),
  section: z.string().min(1).nullable(),
  /** ISO 639-1 code ("en", "es", ...), or "und" when it cannot be told. */
  language: z.string().min(2),
  /** Display names of the people, places, organisations and subjects the article is about, most salient first (≤ 8). */
  topics: z.array(z.string().min(1)),
  /** The kind of each topic, keyed by the display name used in `topics`. */
  topicKinds: z.record(z.string(), z.enum(TOPIC_KINDS)).default({}),
  /** Related/read-more headlines as printed on the page (text only, page order). */
  related: z.array(z.string().min(1)),
  /** The standfirst, or the first real paragraph. Plain text. */
  summary: z.string(),
  /** The body as markdown: paragraphs separated by blank lines, in-body headings as `## Heading`. */
  body: z.string(),
  /** Photo captions and credits taken out of the body (plain text). */
  captions: z.array(z.string()).default([]),
  /** The page's site path: `/YYYY/MM/DD/<slug>/` or `/undated/<slug>/`. */
  url: z.string().regex(/^\/(?:\d{4}\/\d{2}\/\d{2}|undated)\/[^/]+\/$/, "must look like /2022/11/10/slug/ or /undated/slug/"),
  /** `article`, or `not-article` for index pages, campaign pages and paywall stubs (see docs/DESIGN.md). */
  kind: z.enum(["article", "not-article"]).default("article"),
  /** Problems found while parsing, as one-line human-readable reasons (without the file name). */
  warnings: z.array(z.string()),
});

export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

/** True when an ISO date string names a real day (no 31 February). */
export function isRealCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** Validates a record read back from disk; throws an error naming the file and each failing field. */
export function checkRecord(data: unknown, where: string): ArticleRecord {
  const result = ArticleRecordSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  - ${i.path.join(".") || "(record)"}: ${i.message}`).join("\n");
  throw new Error(`${where}: invalid article record:\n${problems}\nFix the field(s) above, or delete the record so it is parsed again.`);
}
