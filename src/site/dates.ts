/**
 * Display of article dates. Dates are shown as the article states them: a
 * date-and-time without a zone is shown as that wall-clock time (never shifted
 * into the machine's or the reader's zone); a stated offset is shown with it.
 *
 * @example formatDate("2022-11-10T03:40") === "10 November 2022, 03:40"
 * @example formatDate("2022-11-10T15:04+00:00") === "10 November 2022, 15:04 GMT"
 * @example formatDate("2022-11-10T15:04+03:00") === "10 November 2022, 15:04 GMT+03:00"
 * @example formatDate(null) === "Date unknown"
 */
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc.js";

dayjs.extend(utc);

const PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?([+-]\d{2}:\d{2})?)?$/;

/** "10 November 2022, 03:40" (see module doc); "Date unknown" for null; unparsable input is shown verbatim. */
export function formatDate(iso: string | null): string {
  if (iso === null) return "Date unknown";
  const m = PARTS.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, hh, mm, , offset] = m;
  // Build the wall-clock time in UTC so dayjs never applies the machine's zone.
  const wall = dayjs.utc(`${y}-${mo}-${d}T${hh ?? "00"}:${mm ?? "00"}:00Z`);
  if (!wall.isValid()) return iso;
  const day = wall.format("D MMMM YYYY");
  if (hh === undefined) return day;
  const time = `${day}, ${wall.format("HH:mm")}`;
  if (offset === undefined) return time;
  return offset === "+00:00" || offset === "-00:00" ? `${time} GMT` : `${time} GMT${offset}`;
}

/** "10 Nov 2022" for compact lists (the day only); "Undated" for null. */
export function formatShortDate(iso: string | null): string {
  if (iso === null) return "Undated";
  const m = PARTS.exec(iso);
  if (!m) return iso;
  const wall = dayjs.utc(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return wall.isValid() ? wall.format("D MMM YYYY") : iso;
}

/** "November 2022" for a "2022-11" month key. */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return dayjs.utc(`${m[1]}-${m[2]}-01T00:00:00Z`).format("MMMM YYYY");
}

/**
 * The value for `<time datetime>`: the ISO string as stated, with seconds kept
 * if present. A zone-less time is a valid "local date and time string" in HTML.
 */
export function datetimeAttr(iso: string): string {
  return iso;
}

/**
 * An RFC 3339 timestamp for Atom `<updated>`: Atom requires a zone, so a date
 * without one is read as UTC (midnight for a date only). Null → null.
 * @example atomDate("2022-11-10") === "2022-11-10T00:00:00Z"
 */
export function atomDate(iso: string | null): string | null {
  if (iso === null) return null;
  const m = PARTS.exec(iso);
  if (!m) return null;
  const [, y, mo, d, hh, mm, ss, offset] = m;
  const zone = offset === undefined || offset === "+00:00" ? "Z" : offset;
  return `${y}-${mo}-${d}T${hh ?? "00"}:${mm ?? "00"}:${ss ?? "00"}${zone}`;
}
