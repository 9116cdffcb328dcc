/** Splits a list into numbered pages: page 1 at `baseUrl`, page n at `pageUrl(n)`. */
import type { Pager } from "./pages.ts";

export const PAGE_SIZE = 50;

export interface PageSlice<T> {
  url: string;
  items: T[];
  pager: Pager;
}

/**
 * @example paginate(items, "/topics/nato/", (n) => `/topics/nato/${n}/`)
 * An empty list still gives one (empty) page, so the first page always exists.
 */
export function paginate<T>(items: readonly T[], baseUrl: string, pageUrl: (n: number) => string, size = PAGE_SIZE): Array<PageSlice<T>> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const pageUrls = Array.from({ length: pages }, (_, i) => (i === 0 ? baseUrl : pageUrl(i + 1)));
  return pageUrls.map((url, i) => ({
    url,
    items: items.slice(i * size, (i + 1) * size),
    pager: {
      page: i + 1,
      pages,
      prevUrl: i > 0 ? pageUrls[i - 1]! : null,
      nextUrl: i + 1 < pages ? pageUrls[i + 1]! : null,
      pageUrls,
    },
  }));
}
