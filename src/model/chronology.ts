/**
 * Ordering articles in time. A stated zone is honoured; a date without one is
 * taken as printed (as UTC), which is also how its URL is made. Never uses the
 * machine's time zone, so builds are the same in every TZ.
 */

/** A sortable UTC key "YYYY-MM-DDTHH:mm:ss" for an ISO date as stated, or null. */
export function timeKey(iso: string | null): string | null {
  if (iso === null) return null;
  if (/[+-]\d{2}:\d{2}$/.test(iso)) {
    const d = new Date(iso);
    if (!Number.isNaN(d.getTime())) return d.toISOString().slice(0, 19);
  }
  const [day, time = "00:00"] = iso.split("T");
  return `${day}T${time.length === 5 ? time + ":00" : time}`;
}

/** Newest first; ties broken by URL so the order is total and stable. */
export function compareNewestFirst(a: { key: string | null; url: string }, b: { key: string | null; url: string }): number {
  if (a.key !== b.key) {
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    return a.key < b.key ? 1 : -1;
  }
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2022-11" → "November 2022". */
export function monthLabel(month: string): string {
  const [y, m] = month.split("-");
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** "11" → "November". */
export function monthName(mm: string): string {
  return MONTHS[Number(mm) - 1] ?? mm;
}

/** Every month from `first` to `last` inclusive ("2022-11" … "2023-02"). */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  const [ly, lm] = last.split("-").map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
