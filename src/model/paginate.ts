/**
 * Splits a newest-first list of article cards into pages whose boundaries the articles themselves decide, so
 * that adding or removing one article changes the page it is on (and the first page), not every page after it.
 *
 * Numbered pages of fixed size shift by one article on every page past an insertion: one new article in a
 * topic of 5,000 re-rendered and re-wrote all of its 100 pages (and a deploy uploaded them). Here, walking from
 * the oldest article, a page ends after an article whose URL hashes to a boundary (one in BOUNDARY_EVERY), once
 * it holds at least MIN_PAGE articles, or when it reaches MAX_PAGE: content-defined chunking, as rsync and backup
 * tools cut files. A change moves the cuts only up to the next natural boundary. The newest articles left over
 * form the first page, at the list's own URL (fewer than MIN_PAGE are joined to the page before them).
 *
 * The other pages are named after the day of their oldest article, `${baseUrl}page/2023-04-12/` (`-2`, `-3`
 * when several start on the same day; `undated` for a page that starts with undated articles), not numbered:
 * numbers would change when a page is split or joined. A page shows its dates instead of "page 3 of 9".
 */
import type { ArticleCard, Pager } from "./pages.ts";
import { fnv1a32 } from "../store/hash.ts";

/** A page ends only once it holds this many articles … */
export const MIN_PAGE = 25;
/** … after an article whose URL's hash is a multiple of this (so pages hold about MIN_PAGE + BOUNDARY_EVERY) … */
export const BOUNDARY_EVERY = 25;
/** … or when it holds this many. */
export const MAX_PAGE = 100;

export interface PageSlice {
  url: string;
  items: ArticleCard[];
  pager: Pager;
}

/** Whether a page may end after this article (see above). */
export function isBoundary(card: ArticleCard): boolean {
  return fnv1a32(card.url) % BOUNDARY_EVERY === 0;
}

/**
 * @example paginate(cards, "/topics/nato/") // [{ url: "/topics/nato/", … }, { url: "/topics/nato/page/2021-06-02/", … }, …]
 * `items` newest first (undated last, as the model sorts them). An empty list still gives one (empty) page,
 * so the first page always exists.
 */
export function paginate(items: readonly ArticleCard[], baseUrl: string): PageSlice[] {
  // Cut from the oldest end: chunks[0] is the oldest page.
  const chunks: ArticleCard[][] = [];
  let open: ArticleCard[] = [];
  for (let i = items.length - 1; i >= 0; i--) {
    const card = items[i]!;
    open.push(card);
    if (open.length >= MAX_PAGE || (open.length >= MIN_PAGE && isBoundary(card))) {
      chunks.push(open);
      open = [];
    }
  }
  if (open.length > 0 || chunks.length === 0) {
    if (open.length < MIN_PAGE && chunks.length > 0) chunks[chunks.length - 1]!.push(...open);
    else chunks.push(open);
  }

  const taken = new Map<string, number>();
  const urls = chunks.map((chunk, i) => {
    if (i === chunks.length - 1) return baseUrl;
    const date = chunk[0]!.date;
    const day = date === null ? "undated" : date.slice(0, 10);
    const n = (taken.get(day) ?? 0) + 1;
    taken.set(day, n);
    return `${baseUrl}page/${n === 1 ? day : `${day}-${n}`}/`;
  });

  // Newest first, as the pages are shown.
  const single = chunks.length === 1;
  const slices: PageSlice[] = [];
  for (let i = chunks.length - 1; i >= 0; i--) {
    const cards = chunks[i]!.reverse();
    const dated = cards.filter((c) => c.date !== null);
    slices.push({
      url: urls[i]!,
      items: cards,
      pager: {
        first: i === chunks.length - 1,
        newerUrl: i + 1 < chunks.length ? urls[i + 1]! : null,
        olderUrl: i > 0 ? urls[i - 1]! : null,
        newestUrl: single ? null : baseUrl,
        oldestUrl: single ? null : urls[0]!,
        from: dated.at(-1)?.date ?? null,
        to: dated[0]?.date ?? null,
      },
    });
  }
  return slices;
}
