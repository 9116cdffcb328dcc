/**
 * Which lines are date stamps, and which date of the page is the publication
 * date. Rules (docs/PARSING.md, "Dates"):
 *
 * 1. A date stamp is a short line where the date dominates ("Published On 27
 *    Feb 2023", "By Daniel Whitaker | July 19, 2021 at 04:12 PM", "Issue 214 |
 *    19 July 2021"). Dates inside sentences (captions, body text, embedded
 *    posts) are never the publication date.
 * 2. A stamp labelled as publication ("Published", "Posted", "First published")
 *    wins; else the first unlabelled stamp in the page header; else a stamp
 *    labelled "Updated"/"Modified" (dateSource "updated-line"); else none.
 * 3. An ambiguous numeric date (10/11/2022) is read only with evidence: the
 *    outlet's convention, a weekday printed with it, a weekday or month name
 *    elsewhere on the page that fits one reading only. Otherwise null + warning.
 */
import type { DateSource } from "../record/schema.ts";
import { FULL_WEEKDAY, FULL_WEEKDAY_INDEX, MONTH_ALT, MONTH_BY_NAME } from "./date-words.ts";
import { findDates, realDay, shortDay, toIso, weekdayOf, type DateHit } from "./dates.ts";
import type { Unit } from "./types.ts";

const STAMP_WORDS = /\b(first published|last updated|published|updated|modified|posted|update|publicado|actualizado|on|at|by|date|time|de|le|am|um|el|a las)\b|[|·•,:–—\-()]/giu;
const RELATIVE = /^(?:(?:updated|published|posted|last updated)\s*:?\s*)?(?:(?:\d+|an?|one|a few)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?)\s+ago|just now|moments? ago|yesterday|today)\.?$/i;
const EMPTY_STAMP = /^(?:(?:published|updated|posted|modified|last updated|date)\s*(?:date)?\s*:?\s*)+$/i;

/** "12 minutes ago", "Updated 2 hours ago": a stamp that never becomes a date. */
export function isRelativeStamp(text: string): boolean {
  return text.length < 60 && RELATIVE.test(text);
}

/** "Published: Updated:" with nothing after it. */
export function isEmptyStamp(text: string): boolean {
  return text.length < 60 && EMPTY_STAMP.test(text);
}

/** The dates of a line when the line is a date stamp (dates dominate it), else null. */
export function stampDates(text: string): DateHit[] | null {
  if (text.length > 160 || text.includes("(@")) return null;
  const hits = findDates(text);
  if (hits.length === 0) return null;
  let rest = "";
  let pos = 0;
  for (const h of hits) {
    rest += text.slice(pos, h.start) + " ";
    pos = h.end;
  }
  rest += text.slice(pos);
  // A byline may share the line ("By Daniel Whitaker | July 19, 2021"): it does not count against it.
  rest = rest.replace(/\b(?:by|por|par|von|di|door)\s+[\p{Lu}][\p{L}'’.-]*(?:\s+(?:and\s+)?[\p{Lu}][\p{L}'’.-]*){0,4}(?:\s+staff)?/gu, " ");
  rest = rest.replace(STAMP_WORDS, " ").replace(/\s+/g, " ").trim();
  return rest.length <= 30 || rest.length < text.length * 0.35 ? hits : null;
}

/** A line that is part of the date/byline furniture: a stamp, a relative stamp or an empty stamp. */
export function isDateFurniture(text: string): boolean {
  return isRelativeStamp(text) || isEmptyStamp(text) || stampDates(text) !== null;
}

export interface DateChoice {
  date: string | null;
  source: DateSource;
  updated: string | null;
  /** Index of the unit the date came from, or null. */
  unit: number | null;
  warnings: string[];
}

export interface DateContext {
  units: readonly Unit[];
  /** Units of the body and other text that cannot hold the publication stamp. */
  excluded: ReadonlySet<number>;
  /** Index of the first body unit: unlabelled stamps are read only above it. */
  bodyStart: number;
  /** Page text used as evidence for ambiguous dates. */
  evidence: string;
  order?: "DMY" | "MDY";
  /** Precomputed stampDates() of each unit (computed here when absent). */
  hits?: ReadonlyArray<DateHit[] | null>;
}

interface Candidate {
  hit: DateHit;
  unit: number;
}

export function chooseDates(ctx: DateContext): DateChoice {
  const warnings: string[] = [];
  const published: Candidate[] = [];
  const plain: Candidate[] = [];
  const updated: Candidate[] = [];
  ctx.units.forEach((u, i) => {
    if (ctx.excluded.has(i)) return;
    const hits = ctx.hits ? ctx.hits[i] : stampDates(u.text);
    if (!hits) return;
    for (const hit of hits) {
      if (hit.problem) {
        warnings.push(`line ${u.line}: date "${hit.raw}" ignored: ${hit.problem}`);
        continue;
      }
      const c = { hit, unit: i };
      if (hit.label === "published") published.push(c);
      else if (hit.label === "updated") updated.push(c);
      else if (i < ctx.bodyStart) plain.push(c);
    }
  });
  const fromUrl = published.length + plain.length + updated.length === 0 ? urlDate(ctx) : null;
  if (fromUrl) return { date: fromUrl.iso, source: "text", updated: null, unit: fromUrl.unit, warnings };
  const pick = published[0] ?? plain[0];
  const source: DateSource = published[0] ? "published-line" : plain[0] ? "text" : updated[0] ? "updated-line" : "none";
  const chosen = pick ?? updated[0];
  const upd = updated.find((c) => c !== chosen);
  const date = chosen ? resolve(chosen, ctx, warnings) : null;
  const updatedIso = upd ? resolve(upd, ctx, []) : null;
  return { date, source: date === null ? "none" : source, updated: updatedIso, unit: date === null ? null : chosen!.unit, warnings };
}

/**
 * The last resort: a saved page address printed on the page with a /YYYY/MM/DD/ path
 * ("https://example.com/news/2024/03/05/bridge-closure/"). Year-month-day order is the
 * convention of such paths, so the date is not ambiguous.
 */
const URL_DATE = /^(?:https?:\/\/)?[\w.-]+\.[a-z]{2,}\/(?:[^\s]*\/)?((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/i;

function urlDate(ctx: DateContext): { iso: string; unit: number } | null {
  for (let i = 0; i < ctx.units.length && i < ctx.bodyStart; i++) {
    const t = ctx.units[i]!.text;
    if (t.length > 300 || t.includes(" ")) continue;
    const m = URL_DATE.exec(t);
    if (!m) continue;
    const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
    if (realDay(y, mo, d)) return { iso: toIso(y, mo, d, null, null), unit: i };
  }
  return null;
}

function resolve(c: Candidate, ctx: DateContext, warnings: string[]): string | null {
  const { hit } = c;
  let month = hit.month, day = hit.day;
  if (hit.alt) {
    const reading = disambiguate(hit, ctx);
    if (reading === null) {
      const line = ctx.units[c.unit]?.line ?? 0;
      warnings.push(
        `line ${line}: ambiguous date ${hit.raw} (${shortDay(hit.month, hit.day)} or ${shortDay(hit.alt.month, hit.alt.day)}); add \`date:\` front matter`,
      );
      return null;
    }
    ({ month, day } = reading);
  } else if (hit.weekday !== null && weekdayOf(hit.year, month, day) !== hit.weekday) {
    warnings.push(`line ${ctx.units[c.unit]?.line ?? 0}: the weekday printed with ${hit.raw} does not match the date`);
  }
  return toIso(hit.year, month, day, hit.time, hit.zone);
}

/** Picks the reading of an ambiguous numeric date that the page supports, or null. */
export function disambiguate(hit: DateHit, ctx: Pick<DateContext, "evidence" | "order">): { month: number; day: number } | null {
  const a = { month: hit.month, day: hit.day }; // day first
  const b = hit.alt!; // month first
  if (ctx.order) return ctx.order === "DMY" ? a : b;
  if (hit.weekday !== null) {
    const fa = weekdayOf(hit.year, a.month, a.day) === hit.weekday;
    const fb = weekdayOf(hit.year, b.month, b.day) === hit.weekday;
    if (fa !== fb) return fa ? a : b;
  }
  const weekdays = new Set<number>();
  for (const m of ctx.evidence.matchAll(FULL_WEEKDAY)) weekdays.add(FULL_WEEKDAY_INDEX[m[1]!.toLowerCase()]!);
  const months = new Map<number, Set<number>>(); // month → days printed with it (0 = no day)
  const monthRe = new RegExp(`(?:(\\d{1,2})\\s+)?(?<![\\p{L}])(${MONTH_ALT})(?![\\p{L}])(?:\\.?\\s+(\\d{1,2})(?!\\d))?`, "giu");
  for (const m of ctx.evidence.matchAll(monthRe)) {
    const name = m[2]!;
    // Short forms ("mar", "may", "sun") are ordinary words; only capitalised full names count as evidence.
    if (name.length < 4 || name[0] !== name[0]!.toUpperCase()) continue;
    const month = MONTH_BY_NAME.get(name.toLowerCase())!;
    const set = months.get(month) ?? new Set<number>();
    set.add(Number(m[1] ?? m[3] ?? 0));
    months.set(month, set);
  }
  const score = (r: { month: number; day: number }): number => {
    let s = 0;
    if (weekdays.has(weekdayOf(hit.year, r.month, r.day))) s += 2;
    const days = months.get(r.month);
    if (days) s += days.has(r.day) ? 3 : 1;
    return s;
  };
  const sa = score(a), sb = score(b);
  if (sa === sb) return null;
  return sa > sb ? a : b;
}
