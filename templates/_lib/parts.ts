/**
 * Small pieces of HTML shared by the templates: dates, topic links, article
 * cards, the numbered pager. Each takes the page's Linker so links stay relative.
 */
import type { ArticleCard, Pager, TopicRef } from "../../src/model/pages.ts";
import { escapeAttr, escapeHtml } from "../../src/site/escape.ts";
import { datetimeAttr, formatDate, formatShortDate } from "../../src/site/dates.ts";
import type { Linker } from "./link.ts";

/**
 * What is the same on every page that shows it, made once per date, topic or card: a list page shows dozens of
 * cards, and a card is on several pages (cards and topic refs are shared objects within a rendering chunk).
 * Plain maps emptied when full (bounded: a worker renders chunk after chunk), not weak maps, whose entries V8
 * keeps through young-generation collections.
 */
const MEMO_MAX = 20_000;
const times = new Map<string, string>();
const topicTexts = new Map<TopicRef, { name: string; kind: string }>();
const cardTexts = new Map<ArticleCard, { title: string; summary: string }>();

function remember<K, V>(memo: Map<K, V>, key: K, value: V): V {
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, value);
  return value;
}

/** `<time>` for a stated date, or a "Date unknown" mark. `short` shows the day only. */
export function time(iso: string | null, short = false): string {
  if (iso === null) return `<span class="undated-mark">Date unknown</span>`;
  const key = (short ? "s" : "l") + iso;
  return times.get(key) ?? remember(times, key, `<time datetime="${escapeAttr(datetimeAttr(iso))}">${escapeHtml(short ? formatShortDate(iso) : formatDate(iso))}</time>`);
}

/** ", on 3 Mar 2023" or ", from 3 Mar 2023 to 2 Jun 2023" after a count; empty when nothing is dated. */
export function dateRange(first: string | null, last: string | null): string {
  if (first === null) return "";
  return first === last || last === null ? `, on ${time(first, true)}` : `, from ${time(first, true)} to ${time(last, true)}`;
}

/** A topic as a link to its page, or as plain text when it has none. */
export function topicLink(link: Linker, t: TopicRef, count?: number): string {
  const n = count === undefined ? "" : ` <span class="count">${count}</span>`;
  const text = topicTexts.get(t) ?? remember(topicTexts, t, { name: escapeHtml(t.name), kind: escapeAttr(t.kind) });
  return t.url === null
    ? `<span class="topic topic-${text.kind}">${text.name}${n}</span>`
    : `<a class="topic topic-${text.kind}" href="${link(t.url)}">${text.name}${n}</a>`;
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
  const text =
    cardTexts.get(c) ??
    remember(cardTexts, c, {
      title: escapeHtml(c.title),
      summary: c.summary.trim() === "" ? "" : `\n<p class="card-summary">${escapeHtml(truncate(c.summary, 280))}</p>`,
    });
  const topics = topicList(link, c.topics.length > 5 ? c.topics.slice(0, 5) : c.topics);
  return `<article class="card">
<h${level} class="card-title"><a href="${link(c.url)}">${text.title}</a></h${level}>
<p class="card-meta">${metaLine(link, c)}</p>${text.summary}${topics ? "\n" + topics : ""}
</article>`;
}

/** A list of cards, or a note when there are none. */
export function cardList(link: Linker, items: readonly ArticleCard[], level: 2 | 3 = 2, empty = "No articles."): string {
  if (items.length === 0) return `<p class="empty">${escapeHtml(empty)}</p>`;
  return `<ol class="cards">\n${items.map((c) => `<li>${card(link, c, level)}</li>`).join("\n")}\n</ol>`;
}

/** A list page's dates as plain text (escape it): "3 Mar 2023 – 2 Jun 2023", "3 Mar 2023", or "undated articles". */
export function pageDates(p: Pager): string {
  if (p.from === null || p.to === null) return "undated articles";
  const from = formatShortDate(p.from);
  const to = formatShortDate(p.to);
  return from === to ? from : `${from} – ${to}`;
}

/** What tells a page past the first apart, as plain text: its dates, or "continued" when it has none. */
function pageLabel(p: Pager): string {
  return p.from === null ? "continued" : pageDates(p);
}

/** A list page's title: the list's name, with the page's dates after the first page. */
export function pageTitle(name: string, p: Pager): string {
  return p.first ? name : `${name} (${pageLabel(p)})`;
}

/** After the heading of a page past the first: the page's dates. */
export function pageNote(p: Pager): string {
  return p.first ? "" : ` <span class="page-number">${escapeHtml(pageLabel(p))}</span>`;
}

/**
 * The pager: newest, newer, older, oldest, and the page's dates. Pages are named by date, not numbered (see
 * model/paginate.ts), so it links only the ends and the neighbours. Empty for a list of one page.
 */
export function pager(link: Linker, p: Pager): string {
  if (p.newestUrl === null) return "";
  const item = (cls: string, url: string | null, text: string, rel = "") =>
    url === null ? "" : `<li class="${cls}"><a href="${link(url)}"${rel === "" ? "" : ` rel="${rel}"`}>${text}</a></li>`;
  const items = [
    p.first ? "" : item("pager-first", p.newestUrl, "« Newest"),
    item("pager-prev", p.newerUrl, "← Newer", "prev"),
    item("pager-next", p.olderUrl, "Older →", "next"),
    p.olderUrl === null ? "" : item("pager-last", p.oldestUrl, "Oldest »"),
  ];
  return `<nav class="pager" aria-label="Pages"><p class="pager-status">This page: ${escapeHtml(pageDates(p))}</p><ul>${items.join("")}</ul></nav>`;
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
