/** One article: /YYYY/MM/DD/<slug>/ or /undated/<slug>/. */
import type { ArticlePage, SiteContext } from "../src/model/pages.ts";
import { escapeHtml } from "../src/site/escape.ts";
import { renderBody } from "../src/site/markdown.ts";
import { layout } from "./_lib/layout.ts";
import { linker, type Linker } from "./_lib/link.ts";
import { cardList, outletLink, time, topicList } from "./_lib/parts.ts";
import { pageData } from "./_lib/page-data.ts";

export const data = pageData("article");

export function render({ p, site }: { p: ArticlePage; site: SiteContext }): string {
  const link = linker(p.url, site);
  // <html lang> already carries the article's language (see layout.ts).
  const main = `<article class="article">
<header class="article-header">
${notices(p)}${p.section === null ? "" : `<p class="article-section">${escapeHtml(p.section)}</p>\n`}<h1 class="article-title">${escapeHtml(p.title)}</h1>
${meta(link, p)}
${topicList(link, p.topics)}
</header>
<div class="article-body">
${renderBody(p.body)}</div>
${captions(p.captions)}${relatedHeadlines(p.relatedHeadlines)}<footer class="article-footer">
<p class="source-file">Source file: <code>${escapeHtml(p.sourceFile)}</code></p>
</footer>
</article>
${cardsSection(link, "Related in this archive", "related-articles", p.relatedArticles)}${cardsSection(link, "Also reported by", "also-reported", p.alsoReportedBy)}${prevNext(link, p)}`;
  return layout({ page: p, site, title: p.title, main });
}

function notices(p: ArticlePage): string {
  const out: string[] = [];
  if (p.notArticle) {
    out.push(`<p class="notice notice-not-article" role="note">This page is not an article: it was archived from an index, campaign or paywall page, and is kept for completeness.</p>`);
  }
  if (p.date === null) {
    out.push(`<p class="notice notice-undated" role="note">Date unknown: the source page states no publication date, so this article is listed under Undated.</p>`);
  }
  return out.map((n) => n + "\n").join("");
}

function meta(link: Linker, p: ArticlePage): string {
  const rows: string[] = [];
  rows.push(`<div><dt>Published</dt><dd>${time(p.date)}</dd></div>`);
  if (p.updated !== null) rows.push(`<div><dt>Updated</dt><dd>${time(p.updated)}</dd></div>`);
  if (p.outlet !== null) rows.push(`<div><dt>Source</dt><dd>${outletLink(link, p.outlet, p.outletUrl)}</dd></div>`);
  if (p.author !== null) rows.push(`<div><dt>By</dt><dd class="author">${escapeHtml(p.author)}</dd></div>`);
  rows.push(`<div><dt>Reading time</dt><dd>${Math.max(1, Math.round(p.readingMinutes))} min</dd></div>`);
  return `<dl class="article-meta">${rows.join("")}</dl>`;
}

function captions(list: readonly string[]): string {
  const items = list.filter((c) => c.trim() !== "");
  if (items.length === 0) return "";
  return `<aside class="captions" aria-labelledby="captions-h"><h2 id="captions-h">Photo captions</h2><ul>${items.map((c) => `<li>${escapeHtml(c)}</li>`).join("")}</ul></aside>\n`;
}

/** Headlines the source page listed as related: text only (they name pages outside this archive). */
function relatedHeadlines(list: readonly string[]): string {
  const items = list.filter((c) => c.trim() !== "");
  if (items.length === 0) return "";
  return `<aside class="related-headlines" aria-labelledby="related-headlines-h"><h2 id="related-headlines-h">Related headlines on the source page</h2><ul>${items.map((c) => `<li>${escapeHtml(c)}</li>`).join("")}</ul></aside>\n`;
}

function cardsSection(link: Linker, heading: string, id: string, cards: ArticlePage["relatedArticles"]): string {
  if (cards.length === 0) return "";
  return `<section class="related ${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${escapeHtml(heading)}</h2>\n${cardList(link, cards, 3)}\n</section>\n`;
}

function prevNext(link: Linker, p: ArticlePage): string {
  if (p.prev === null && p.next === null) return "";
  const prev = p.prev === null ? "" : `<a class="prev" href="${link(p.prev.url)}" rel="prev"><span class="label">← Older</span> ${escapeHtml(p.prev.title)}</a>`;
  const next = p.next === null ? "" : `<a class="next" href="${link(p.next.url)}" rel="next"><span class="label">Newer →</span> ${escapeHtml(p.next.title)}</a>`;
  return `<nav class="prev-next" aria-label="Older and newer articles">${prev}${next}</nav>\n`;
}
