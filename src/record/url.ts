/**
 * Article URLs: `/YYYY/MM/DD/<slug>/` from the publication date in UTC, or
 * `/undated/<slug>/`. The slug comes from the title (falling back to the file
 * name, then to a hash of the file name).
 */
import { slugify, shortHash } from "./slug.ts";

/** The UTC calendar day of an ISO date string as `[YYYY, MM, DD]`, or null for null. */
export function utcDay(iso: string | null): [string, string, string] | null {
  if (iso === null) return null;
  const zoned = /T\d{2}:\d{2}(?::\d{2})?([+-]\d{2}:\d{2})$/.exec(iso);
  if (zoned) {
    const d = new Date(iso);
    if (!Number.isNaN(d.getTime())) {
      return [String(d.getUTCFullYear()).padStart(4, "0"), pad(d.getUTCMonth() + 1), pad(d.getUTCDate())];
    }
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? [m[1]!, m[2]!, m[3]!] : null;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The slug for an article: from its title, else its file name, else a hash of the file name. */
export function articleSlug(title: string, file: string): string {
  const fromFile = slugify(file.replace(/\.[^.]+$/, ""), "", 60);
  return slugify(title, fromFile === "" ? `article-${shortHash(file)}` : fromFile);
}

/** The site path for an article. */
export function articleUrl(date: string | null, slug: string): string {
  const day = utcDay(date);
  return day ? `/${day[0]}/${day[1]}/${day[2]}/${slug}/` : `/undated/${slug}/`;
}
