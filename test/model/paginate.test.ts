import { test } from "node:test";
import assert from "node:assert/strict";
import { MAX_PAGE, MIN_PAGE, paginate, type PageSlice } from "../../src/model/paginate.ts";
import type { ArticleCard } from "../../src/model/pages.ts";

/** A card dated `day` days after 2019-01-01 (null: undated), with a URL unique to `id`. */
function card(id: number, day: number | null): ArticleCard {
  const date = day === null ? null : new Date(Date.UTC(2019, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const url = date === null ? `/undated/story-${id}/` : `/${date.replace(/-/g, "/")}/story-${id}/`;
  return { url, title: `Story ${id}`, date, outlet: null, outletUrl: null, author: null, summary: "", topics: [], readingMinutes: 1 };
}

/** `count` cards, newest first, roughly two a day, then `undated` undated ones (the model's order). */
function list(count: number, undated = 0): ArticleCard[] {
  const dated = Array.from({ length: count }, (_, i) => card(i, Math.floor(i / 2)));
  const rest = Array.from({ length: undated }, (_, i) => card(count + i, null));
  return [...dated.reverse(), ...rest];
}

const byUrl = (pages: PageSlice[]) => new Map(pages.map((p) => [p.url, JSON.stringify(p)]));

/** Pages that are new or differ in anything (items, links, dates) between two paginations. */
function changedPages(before: PageSlice[], after: PageSlice[]): number {
  const old = byUrl(before);
  return after.filter((p) => old.get(p.url) !== JSON.stringify(p)).length;
}

test("an empty or short list is one page at the list's URL, without a pager", () => {
  for (const items of [[], list(3), list(MIN_PAGE + 5)]) {
    const pages = paginate(items, "/topics/nato/");
    assert.equal(pages.length, 1);
    assert.equal(pages[0]!.url, "/topics/nato/");
    assert.deepEqual(pages[0]!.items, items);
    assert.equal(pages[0]!.pager.first, true);
    assert.equal(pages[0]!.pager.newestUrl, null, "no pager for one page");
  }
});

test("a long list: every article once and in order, pages of MIN_PAGE to MAX_PAGE named by their oldest day", () => {
  const items = list(3000, 40);
  const pages = paginate(items, "/topics/nato/");
  assert.deepEqual(pages.flatMap((p) => p.items), items);
  assert.equal(pages[0]!.url, "/topics/nato/");
  assert.equal(new Set(pages.map((p) => p.url)).size, pages.length, "URLs are unique");
  const sizes = pages.map((p) => p.items.length);
  assert.ok(sizes.slice(1).every((n) => n >= MIN_PAGE && n <= MAX_PAGE), `page sizes ${sizes.join(" ")}`);
  assert.ok(sizes[0]! >= MIN_PAGE && sizes[0]! < MAX_PAGE + MIN_PAGE, `first page ${sizes[0]}`);
  const mean = items.length / pages.length;
  assert.ok(mean > 35 && mean < 70, `about 50 a page on average (${mean.toFixed(1)})`);
  for (const p of pages.slice(1)) {
    const oldest = p.items.at(-1)!;
    const day = oldest.date === null ? "undated" : oldest.date;
    assert.match(p.url, new RegExp(`^/topics/nato/page/${day}(-\\d+)?/$`));
  }
  assert.ok(pages.some((p) => p.url === "/topics/nato/page/undated/"), "the oldest pages start with the undated articles");
  // Links: a chain from newest to oldest, and the ends from everywhere.
  pages.forEach((p, i) => {
    assert.equal(p.pager.first, i === 0);
    assert.equal(p.pager.newerUrl, i === 0 ? null : pages[i - 1]!.url);
    assert.equal(p.pager.olderUrl, i === pages.length - 1 ? null : pages[i + 1]!.url);
    assert.equal(p.pager.newestUrl, "/topics/nato/");
    assert.equal(p.pager.oldestUrl, pages.at(-1)!.url);
  });
  const second = pages[1]!;
  assert.equal(second.pager.to, second.items[0]!.date);
  assert.equal(second.pager.from, second.items.at(-1)!.date);
});

test("pages starting on the same day get -2, -3", () => {
  // 400 articles on one day.
  const items = Array.from({ length: 400 }, (_, i) => card(i, 10));
  const urls = paginate(items, "/2019/01/").map((p) => p.url);
  assert.equal(urls[0], "/2019/01/");
  assert.deepEqual(urls.slice(1).reverse(), urls.slice(1).reverse().map((_, i) => `/2019/01/page/2019-01-11${i === 0 ? "" : `-${i + 1}`}/`));
});

test("a new article changes its own page and the first, not every page after it", () => {
  const items = list(5000);
  const before = paginate(items, "/topics/nato/");
  // The usual case: the newest article of the topic. Only the first page changes.
  assert.equal(changedPages(before, paginate([card(99_999, 5000), ...items], "/topics/nato/")), 1);
  // Anywhere else: the page it lands on, the first page (which shows the newest and links the others) only when
  // the ends move, and where a cut moves, its neighbours. Numbered pages of 50 would change ~50 pages here on average.
  const counts: number[] = [];
  for (let at = 1; at < items.length; at += 37) {
    const added = [...items.slice(0, at), card(100_000 + at, Math.floor((items.length - at) / 2)), ...items.slice(at)];
    counts.push(changedPages(before, paginate(added, "/topics/nato/")));
  }
  const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
  assert.ok(mean <= 3, `mean pages changed by one insertion: ${mean.toFixed(2)} (max ${Math.max(...counts)})`);
  // And removing one.
  const removed = [...items.slice(0, 2500), ...items.slice(2501)];
  assert.ok(changedPages(before, paginate(removed, "/topics/nato/")) <= 4);
});
