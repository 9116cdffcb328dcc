/** A topic's pages: /topics/<slug>/ (newest articles, timeline, co-occurring topics), then /topics/<slug>/page/<date>/ … */
import type { SiteContext, TopicPage } from "../src/model/pages.ts";
import { escapeAttr, escapeHtml } from "../src/site/escape.ts";
import { layout } from "./_lib/layout.ts";
import { linker } from "./_lib/link.ts";
import { timelineChart } from "./_lib/charts.ts";
import { cardList, dateRange, pageNote, pager, pageTitle, plural, topicLink } from "./_lib/parts.ts";
import { pageData } from "./_lib/page-data.ts";

export const data = pageData("topic");

const KIND_LABEL: Record<string, string> = { person: "Person", place: "Place", organisation: "Organisation", subject: "Subject" };

export function render({ p, site }: { p: TopicPage; site: SiteContext }): string {
  const link = linker(p.url, site);
  const t = p.topic;
  const o = p.overview;
  const feedTitle = `${site.title}: ${t.name}`;
  const head = `<link rel="alternate" type="application/atom+xml" title="${escapeAttr(feedTitle)}" href="${link.abs(t.feedUrl)}">\n`;
  const feed = `<a class="feed-link" href="${link(t.feedUrl)}">Atom feed</a>`;
  // Past the first page: no counts or dates of the whole topic, which change with every article added to it.
  const summary = o === null ? `<a href="${link(p.pager.newestUrl ?? p.url)}">All about ${escapeHtml(t.name)}</a>. ${feed}` : `${plural(o.count, "article")}${dateRange(o.firstDate, o.lastDate)}. ${feed}`;
  const overview =
    o === null
      ? ""
      : `${o.description === null ? "" : `<p class="topic-description">${escapeHtml(o.description)}</p>\n`}${timelineChart(o.timeline, "timeline", t.name)}
${
  o.cooccurring.length === 0
    ? ""
    : `<section class="cooccurring" aria-labelledby="cooccurring-h"><h2 id="cooccurring-h">Often together with</h2><ul class="topic-cloud">${o.cooccurring.map((c) => `<li>${topicLink(link, c, c.count)}</li>`).join("")}</ul></section>`
}`;
  const main = `<header class="page-header">
<p class="page-kicker">${escapeHtml(KIND_LABEL[t.kind] ?? t.kind)}</p>
<h1 class="page-title">${escapeHtml(t.name)}${pageNote(p.pager)}</h1>
<p class="page-summary">${summary}</p>
</header>
${overview}
<section aria-labelledby="articles-h">
<h2 id="articles-h">Articles</h2>
${cardList(link, p.items, 3)}
</section>
${pager(link, p.pager)}`;
  return layout({ page: p, site, title: pageTitle(t.name, p.pager), main, head });
}
