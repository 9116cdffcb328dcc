/**
 * Reading absolute dates in a line of text. Only dates with a day, a month and
 * a four-digit year count; "on Tuesday", "12 minutes ago" or "March 7" never
 * become a date. Everything is computed in UTC (no local time zone involved).
 *
 * Formats: ISO 8601 ("2022-11-10T14:32:00Z"), day-month-year with month names
 * ("10 November 2022", "27 Feb 2023", "14 de junio de 2023", "Thursday 10
 * November 2022 15:04 GMT"), month-day-year ("February 27, 2026", "Feb 26, 2026
 * | 9:05 AM"), numeric ("27.02.2026" day first; "10/11/2022" ambiguous when both
 * parts are ≤ 12, see AmbiguousReading), with a time before or after the date.
 */
import { MONTH_ALT, MONTH_BY_NAME, WEEKDAY_ALT, WEEKDAY_BY_NAME, ZONES, ZONE_ALT } from "./date-words.ts";

export type DateLabel = "published" | "updated" | null;

/** One date found in a line. */
export interface DateHit {
  /** Offsets in the line of the date itself (time and weekday included). */
  start: number;
  end: number;
  year: number;
  month: number;
  day: number;
  /** For numeric dates where both parts are ≤ 12: the other reading (the first reading is day-first). */
  alt: { month: number; day: number } | null;
  /** "HH:mm" (24 h) or null. */
  time: string | null;
  /** "+00:00" style offset when a zone with one meaning is stated. */
  zone: string | null;
  /** Weekday printed next to the date (0 = Sunday), or null. */
  weekday: number | null;
  /** "published" / "updated" from the words before the date in the line. */
  label: DateLabel;
  /** The matched text, for messages. */
  raw: string;
  /** Why the date cannot be used (impossible day, year out of range), or null. */
  problem: string | null;
}

const L = "(?<![\\p{L}\\d])";
/** After a year: no letter or digit, except a time glued to the year ("March 5, 20243:41 PM GMT", seen on wire sites). */
const R = "(?![\\p{L}])(?!\\d(?!\\d?[:.]\\d{2}))";
const ISO_RE = new RegExp(`${L}(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?\\s?(Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d])`, "gu");
const DMY_RE = new RegExp(`${L}(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+|of\\s+)?(${MONTH_ALT})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})${R}`, "giu");
const MDY_RE = new RegExp(`${L}(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${R}`, "giu");
const NUM_RE = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])/g;
const YMD_NUM_RE = /(?<![\d./-])(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d./])/g;
const TIME_AFTER = new RegExp(
  `^\\s*(?:(?<=\\d)(?=\\d)|,|\\||·|-|–|—|at|a las|às|à|um|alle|kl\\.?)?\\s*(?:at\\s+)?(\\d{1,2})[:.h](\\d{2})(?::\\d{2})?(?![\\d])(?:\\s*([AaPp])\\.?\\s?[Mm]\\.?(?![\\p{L}]))?(?:\\s*(?:Uhr|h)(?![\\p{L}]))?(?:\\s*\\(?(${ZONE_ALT})\\)?(?![\\p{L}]))?`,
  "u",
);
const TIME_BEFORE = new RegExp(`(\\d{1,2}):(\\d{2})(?:\\s*([AaPp])\\.?[Mm]\\.?)?(?:\\s+(${ZONE_ALT}))?\\s*[|,·–—-]?\\s*$`, "u");
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(${WEEKDAY_ALT})\\.?,?\\s*$`, "iu");
const PUBLISHED_WORDS = /(first published|published|posted|publicado|publicada|publié|publie|veröffentlicht|pubblicato|gepubliceerd)(?![\p{L}])/giu;
const UPDATED_WORDS = /(last updated|updated|modified|update|actualizado|actualizada|actualización|modifié|mis à jour|aktualisiert|aggiornato|atualizado|bijgewerkt)(?![\p{L}])/giu;

/** Longest input the reader looks at in one line (a 200 KB line is cut: dates sit in short lines). */
const MAX_SCAN = 2000;

/** All absolute dates in a line, in order. */
export function findDates(input: string): DateHit[] {
  const line = input.length > MAX_SCAN ? input.slice(0, MAX_SCAN) : input;
  if (!/\d{4}/.test(line)) return [];
  const raw: Array<Omit<DateHit, "time" | "zone" | "weekday" | "label" | "problem"> & { isoTime?: string; isoZone?: string | null }> = [];
  for (const m of line.matchAll(ISO_RE)) {
    const hit = { start: m.index, end: m.index + m[0].length, year: +m[1]!, month: +m[2]!, day: +m[3]!, alt: null, raw: m[0] };
    raw.push(m[4] ? { ...hit, isoTime: `${m[4]}:${m[5]}`, ...(m[6] ? { isoZone: offset(m[6]) } : {}) } : hit);
  }
  for (const m of line.matchAll(DMY_RE)) {
    raw.push({ start: m.index, end: m.index + m[0].length, year: +m[3]!, month: MONTH_BY_NAME.get(m[2]!.toLowerCase())!, day: +m[1]!, alt: null, raw: m[0] });
  }
  for (const m of line.matchAll(MDY_RE)) {
    raw.push({ start: m.index, end: m.index + m[0].length, year: +m[3]!, month: MONTH_BY_NAME.get(m[1]!.toLowerCase())!, day: +m[2]!, alt: null, raw: m[0] });
  }
  for (const m of line.matchAll(NUM_RE)) {
    const a = +m[1]!, b = +m[3]!, sep = m[2]!;
    // Dotted dates are day-first everywhere they are used; slashes and dashes depend on the outlet.
    const ambiguous = sep !== "." && a <= 12 && b <= 12 && a !== b;
    const dayFirst = sep === "." || a > 12 || (b <= 12 && a <= 12);
    raw.push({
      start: m.index, end: m.index + m[0].length, year: +m[4]!,
      month: dayFirst ? b : a, day: dayFirst ? a : b,
      alt: ambiguous ? { month: a, day: b } : null, raw: m[0],
    });
  }
  for (const m of line.matchAll(YMD_NUM_RE)) {
    raw.push({ start: m.index, end: m.index + m[0].length, year: +m[1]!, month: +m[3]!, day: +m[4]!, alt: null, raw: m[0] });
  }
  raw.sort((x, y) => x.start - y.start || y.end - x.end);
  const hits: DateHit[] = [];
  let prevEnd = 0;
  for (const r of raw) {
    if (hits.length > 0 && r.start < hits[hits.length - 1]!.end) continue; // overlapping reading of the same text
    // A weekday may sit between a time and the date ("2:04 PM EST, Tue March 5, 2024").
    const wd = WEEKDAY_BEFORE.exec(line.slice(Math.max(prevEnd, r.start - 16), r.start));
    const weekday = wd ? WEEKDAY_BY_NAME.get(wd[1]!.toLowerCase()) ?? null : null;
    const dateStart = wd ? r.start - wd[0].length : r.start;
    const before = line.slice(prevEnd, dateStart);
    let start = dateStart;
    let end = r.end;
    let time: string | null = r.isoTime ?? null;
    let zone: string | null = r.isoZone ?? null;
    let problem: string | null = null;
    if (time === null) {
      const after = TIME_AFTER.exec(line.slice(r.end, r.end + 40));
      const t = after ? clock(after[1]!, after[2]!, after[3]) : null;
      if (after && t) {
        time = t;
        zone = after[4] ? offset(after[4]) : null;
        end = r.end + after[0].length;
      } else {
        const pre = TIME_BEFORE.exec(before.slice(-30));
        const tb = pre ? clock(pre[1]!, pre[2]!, pre[3]) : null;
        if (pre && tb) {
          time = tb;
          zone = pre[4] ? offset(pre[4]) : null;
          start = dateStart - pre[0].length;
        }
      }
    }
    if (r.year < 1900 || r.year > 2100) problem = `year ${r.year} is outside 1900-2100`;
    else if (!realDay(r.year, r.month, r.day)) problem = `${r.raw} is not a real calendar date`;
    const alt = r.alt && realDay(r.year, r.alt.month, r.alt.day) ? r.alt : null;
    hits.push({ start, end, year: r.year, month: r.month, day: r.day, alt, time, zone, weekday, label: labelOf(line.slice(prevEnd, start)), raw: r.raw, problem });
    prevEnd = end;
  }
  return hits;
}

/** "published" or "updated" from the words before a date (the closest keyword wins). */
export function labelOf(before: string): DateLabel {
  let pub = -1, upd = -1;
  for (const m of before.matchAll(PUBLISHED_WORDS)) pub = m.index;
  for (const m of before.matchAll(UPDATED_WORDS)) upd = m.index;
  if (pub < 0 && upd < 0) return null;
  return upd > pub ? "updated" : "published";
}

function clock(h: string, m: string, ampm: string | undefined): string | null {
  let hour = +h;
  const minute = +m;
  if (minute > 59) return null;
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    const pm = ampm.toLowerCase() === "p";
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) return null;
  return `${pad(hour)}:${pad(minute)}`;
}

/** "+00:00" for a stated zone with one meaning, else null. */
export function offset(zone: string): string | null {
  const z = zone.trim();
  const num = /^(?:(?:GMT|UTC)\s?)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(z);
  if (num) {
    const h = +num[2]!;
    return h <= 14 ? `${num[1]}${pad(h)}:${num[3] ?? "00"}` : null;
  }
  return ZONES[z.toLowerCase()] ?? null;
}

export function realDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Day of week (0 = Sunday) of a calendar date, computed in UTC. */
export function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** ISO 8601 in the record's format: `2022-11-10`, `2022-11-10T03:40` or `2022-11-10T15:04+00:00`. */
export function toIso(y: number, m: number, d: number, time: string | null, zone: string | null): string {
  const day = `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
  if (time === null) return day;
  return `${day}T${time}${zone ?? ""}`;
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** "10 Nov" for messages. */
export function shortDay(m: number, d: number): string {
  return `${d} ${MONTH_NAMES[m - 1] ?? "?"}`;
}
