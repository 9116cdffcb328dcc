/**
 * The article parser: raw text → ArticleRecord. Pure (no file access), never
 * throws, linear in the input size. See docs/PARSING.md for the rules.
 *
 * Steps: normalise → front matter → units (lines, hard-wrapped paragraphs
 * joined) → per-unit facts (furniture, captions, stamps, bylines, quality
 * class, related lists) → header (date/byline cluster, headline, standfirst,
 * section, author) → body → dates → outlet, language, summary → not-article
 * check → front-matter overrides.
 */
import { blocksToBody } from "../record/body.ts";
import type { ArticleRecord } from "../record/schema.ts";
import { articleSlug, articleUrl } from "../record/url.ts";
import { bulletText, isCaption, NEWSROOM_SELF } from "./boilerplate.ts";
import { readBody } from "./body.ts";
import { chooseDates } from "./date-lines.ts";
import { decodeBytes } from "./decode.ts";
import { readFrontMatter } from "./frontmatter.ts";
import { readHeader } from "./header.ts";
import { detectLanguage } from "./language.ts";
import { normalizeText } from "./normalize.ts";
import { notArticle } from "./not-article.ts";
import { chooseOutlet, copyrightName, sectionFrom } from "./outlet.ts";
import { analysePage } from "./page.ts";
import { toUnits } from "./blocks.ts";
import { clampTitle, hasWordChars, splitTitleSuffix, untitled } from "./title.ts";
import type { OutletHints } from "./types.ts";

export type { OutletHints } from "./types.ts";

/** Bump when parser output changes: it keys the build's parse cache. */
export const PARSER_VERSION = "ingest-1.1.1";

/**
 * Bytes → text (BOM, UTF-16, UTF-8, else Windows-1252), normalised. A binary file gives "", a warning
 * and `binary: true`: the caller skips it.
 */
export function decodeArticle(bytes: Uint8Array): { text: string; warnings: string[]; binary: boolean } {
  return decodeBytes(bytes);
}

/** Parses one raw article. `file` is the path relative to the articles folder. Never throws. */
export function parseArticle(text: string, file: string, hints: OutletHints = {}): ArticleRecord {
  try {
    return parse(text, file, hints);
  } catch (err) {
    const title = untitled(file);
    return {
      file, title, date: null, dateSource: "none", updated: null, outlet: null, author: null, section: null,
      language: "und", topics: [], topicKinds: {}, related: [], summary: "", body: "", captions: [],
      url: articleUrl(null, articleSlug(title, file)), kind: "not-article",
      warnings: [`the parser failed on this file (${(err as Error).message}); please report it with the file attached`],
    };
  }
}

function parse(input: string, file: string, hints: OutletHints): ArticleRecord {
  const warnings: string[] = [];
  const fm = readFrontMatter(normalizeText(input));
  warnings.push(...fm.warnings);
  const units = toUnits(fm.content, fm.lineOffset + 1);
  const long = units.filter((u) => u.text.length >= 60).slice(0, 40);
  const sample = (long.length > 0 ? long : units).map((u) => u.text).join("\n");
  const pageLanguage = detectLanguage(sample);
  const page = analysePage(units, pageLanguage, hints);
  const header = readHeader(page);
  const body = readBody(page, header.bodyStart, header.author);
  const related = [...page.related];
  // "- " bullets after the body are a related list (agency pages print them without a heading).
  for (let i = body.end + 1; i < units.length && body.end >= 0; i++) {
    const b = page.bullet[i];
    if (b && !page.consumed.has(i) && !page.junk[i] && b.split(" ").length >= 3 && !isCaption(b)) related.push(b);
  }

  // Title.
  // The page's own copyright line is the last one: republished wire copy prints the wire's first.
  const copyright = units.map((u, i) => (page.junk[i] ? copyrightName(u.text) : null)).filter((c) => c !== null).pop() ?? null;
  const selfNamed = units.map((u) => (u.text.includes(" is a") ? NEWSROOM_SELF.exec(u.text)?.[1]?.trim() : undefined)).find((c) => c) ?? null;
  const firstLine = units[0]?.text ?? "";
  const known = [hints.outlet, copyright, selfNamed, ...header.mastheads].filter((s): s is string => !!s);
  const suffix = splitTitleSuffix(firstLine, known);
  let title = header.title >= 0 ? units[header.title]!.text : suffix.title;
  if (header.title >= 0 && header.title === 0) title = suffix.title;
  if (header.title < 0 && bulletText(title) !== null) title = "";

  // Dates.
  const excluded = new Set<number>([...body.used, ...page.consumed]);
  units.forEach((_, i) => page.caption[i] && excluded.add(i));
  const evidence = units.map((u) => u.text).join("\n");
  const dates = chooseDates({ units, excluded, hits: page.stampHits, bodyStart: header.bodyStart >= 0 ? header.bodyStart : units.length, evidence, ...(hints.dateOrder ? { order: hints.dateOrder } : {}) });
  warnings.push(...dates.warnings);

  const bodyText = body.blocks.map((b) => b.text).join("\n");
  const outlet = chooseOutlet({
    ...(hints.outlet ? { hint: hints.outlet } : {}),
    titleSuffix: suffix.outlet,
    copyright,
    selfNamed,
    author: header.author,
    mastheads: header.title === 0 ? [] : header.mastheads,
    bullets: header.bullets,
    bodyText,
  });
  const section = header.section ?? (suffix.section ? sectionFrom(suffix.section) : null);
  const language = pageLanguage !== "und" || bodyText === "" ? pageLanguage : detectLanguage(`${title}\n${bodyText}`);
  const firstParagraph = body.blocks.find((b) => b.type === "paragraph")?.text ?? "";
  const standfirst = header.standfirst >= 0 ? units[header.standfirst]!.text : "";
  let summary = standfirst !== "" && !isCaption(standfirst) ? standfirst : firstParagraph;

  const na = notArticle(units, body.blocks, page.junk);
  let kind: "article" | "not-article" = na.reason ? "not-article" : "article";
  if (na.reason) warnings.push(`not an article: ${na.reason}; published flagged as not-article`);
  else if (na.paywalled) warnings.push("paywall: the page holds only the start of the article; the body is cut off");

  // Front matter overrides (the user's corrections).
  const d = fm.data;
  let date = dates.date, dateSource = dates.source, updated = dates.updated;
  if (d.date !== undefined) {
    date = d.date;
    dateSource = d.date === null ? "none" : "front-matter";
  }
  if (d.updated !== undefined) updated = d.updated;
  if (d.title) title = d.title;
  if (d.summary) summary = d.summary;
  if (d.kind) kind = d.kind;

  title = clampTitle(title.trim());
  // A title the user set is kept as it is, even emoji only (the slug falls back to the file name).
  if (title === "" || (!d.title && !hasWordChars(title))) {
    title = untitled(file);
    warnings.push(`no headline found; titled "${title}". Add "title: ..." front matter to set one.`);
  }
  if (d.date !== undefined) {
    // The user's date replaces whatever the page said: its date problems no longer matter.
    const dateWarnings = new Set(dates.warnings);
    for (let i = warnings.length - 1; i >= 0; i--) if (dateWarnings.has(warnings[i]!)) warnings.splice(i, 1);
  }
  if (date === null && d.date === undefined && !dates.warnings.some((w) => w.includes("ambiguous date"))) {
    warnings.push('no publication date found; listed under "Undated". Add "date: 2022-10-11" front matter to set one.');
  }
  return {
    file,
    title,
    date,
    dateSource,
    updated,
    outlet: d.outlet !== undefined ? d.outlet : outlet,
    author: d.author !== undefined ? d.author : header.author,
    section: d.section !== undefined ? d.section : section,
    language: d.language ?? language,
    topics: d.topics ?? [],
    topicKinds: {},
    related: d.related ?? related,
    summary,
    body: blocksToBody(body.blocks),
    captions: body.captions,
    url: articleUrl(date, articleSlug(title, file)),
    kind,
    warnings,
  };
}
