/**
 * Small pieces of HTML shared by the templates: dates, topic links, article
 * cards, the numbered pager. Each takes the page's Linker so links stay relative.
 */
import type { ArticleCard, Pager, TopicRef } from "../../src/model/pages.ts";
import { escapeAttr, escapeHtml } from "../../src/site/escape.ts";
import { datetimeAttr, formatDate, formatShortDate } from "../../src/site/dates.ts";
import type { Linker } from "./link.ts";

/** `<time>` for a stated date, or a "Date unknown" mark. `short` shows the day only. */
export function time(iso: string | null, short = false): string {
  if (iso === null) return `<span class="undated-mark">Date unknown</span>`;
  return `<time datetime="${escapeAttr(datetimeAttr(iso))}">${escapeHtml(short ? formatShortDate(iso) : formatDate(iso))}</time>`;
}

/** A topic as a link to its page, or as plain text when it has none. */
export function topicLink(link: Linker, t: TopicRef, count?: number): string {
  const n = count === undefined ? "" : ` <span class="count">${count}</span>`;
  const name = escapeHtml(t.name);
  return t.url === null
    ? `<span class="topic topic-${escapeAttr(t.kind)}">${name}${n}</span>`
    : `<a class="topic topic-${escapeAttr(t.kind)}" href="${link(t.url)}">${name}${n}</a>`;
}

/** A list of topic chips; empty string for no topics. */
export function topicList(link: Linker, topics: readonly TopicRef[], label = "Topics"): string {
  if (topics.length === 0) return "";
  return `<ul class="topic-list" aria-label="${escapeAttr(label)}">${topics.map((t) => `<li>${topicLink(link, t)}</li>`).join("")}</ul>`;
}

/** A source's name, linked to its page when it has one. */
export function outletLink(link: Linker, name: string | null, url: string | null): string {
  if (name === null) return "";
  return url === null ? `<span class="outlet">${escapeHtml(name)}</span>` : `<a class="outlet" href="${link(url)}">${escapeHtml(name)}</a>`;
}

function minutes(n: number): string {
  return `${Math.max(1, Math.round(n))} min read`;
}

/** The meta line of a card or article: date · outlet · author · reading time. */
export function metaLine(link: Linker, c: Pick<ArticleCard, "date" | "outlet" | "outletUrl" | "author" | "readingMinutes">, short = true): string {
  const bits = [time(c.date, short)];
  if (c.outlet !== null) bits.push(outletLink(link, c.outlet, c.outletUrl));
  if (c.author !== null) bits.push(`<span class="author">${escapeHtml(c.author)}</span>`);
  bits.push(`<span class="reading-time">${minutes(c.readingMinutes)}</span>`);
  return bits.join(`<span class="sep" aria-hidden="true"> · </span>`);
}

/** One article in a list. `level` is the heading level of its title. */
export function card(link: Linker, c: ArticleCard, level: 2 | 3 = 3): string {
  const summary = c.summary.trim() === "" ? "" : `\n<p class="card-summary">${escapeHtml(truncate(c.summary, 280))}</p>`;
  const topics = topicList(link, c.topics.slice(0, 5));
  return `<article class="card">
<h${level} class="card-title"><a href="${link(c.url)}">${escapeHtml(c.title)}</a></h${level}>
<p class="card-meta">${metaLine(link, c)}</p>${summary}${topics ? "\n" + topics : ""}
</article>`;
}

/** A list of cards, or a note when there are none. */
export function cardList(link: Linker, items: readonly ArticleCard[], level: 2 | 3 = 2, empty = "No articles."): string {
  if (items.length === 0) return `<p class="empty">${escapeHtml(empty)}</p>`;
  return `<ol class="cards">\n${items.map((c) => `<li>${card(link, c, level)}</li>`).join("\n")}\n</ol>`;
}

/** The numbered pager: previous, every page number (windowed when long), next. Empty for one page. */
export function pager(link: Linker, p: Pager): string {
  if (p.pages <= 1) return "";
  const shown = pageWindow(p.page, p.pages);
  const items: string[] = [];
  items.push(p.prevUrl === null ? "" : `<li class="pager-prev"><a href="${link(p.prevUrl)}" rel="prev">← Previous</a></li>`);
  let last = 0;
  for (const n of shown) {
    if (n > last + 1) items.push(`<li class="pager-gap" aria-hidden="true">…</li>`);
    const url = p.pageUrls[n - 1];
    items.push(
      n === p.page || url === undefined
        ? `<li><span class="pager-current" aria-current="page">${n}</span></li>`
        : `<li><a href="${link(url)}" aria-label="Page ${n}">${n}</a></li>`,
    );
    last = n;
  }
  items.push(p.nextUrl === null ? "" : `<li class="pager-next"><a href="${link(p.nextUrl)}" rel="next">Next →</a></li>`);
  return `<nav class="pager" aria-label="Pages"><p class="pager-status">Page ${p.page} of ${p.pages}</p><ul>${items.join("")}</ul></nav>`;
}

/** Page numbers to show: first, last, and two either side of the current one. */
export function pageWindow(current: number, pages: number): number[] {
  const out: number[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - current) <= 2) out.push(n);
  }
  return out;
}

/** Cuts text at a word boundary to at most `max` characters, adding "…". */
export function truncate(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "") + "…";
}

/** "1 article" / "12 articles". */
export function plural(n: number, one: string, many = one + "s"): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}

/** Previous/next links between years or months. */
export function adjacent(link: Linker, prev: { url: string; label: string } | null, next: { url: string; label: string } | null, label: string): string {
  if (prev === null && next === null) return "";
  const a = prev === null ? "" : `<a class="prev" href="${link(prev.url)}" rel="prev"><span class="label">← Earlier</span> ${escapeHtml(prev.label)}</a>`;
  const b = next === null ? "" : `<a class="next" href="${link(next.url)}" rel="next"><span class="label">Later →</span> ${escapeHtml(next.label)}</a>`;
  return `<nav class="prev-next" aria-label="${escapeAttr(label)}">${a}${b}</nav>`;
}
