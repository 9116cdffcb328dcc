/** A topic's page (one per pager page): /topics/<slug>/, /topics/<slug>/page/2/ ... */
import type { SiteContext, TopicPage } from "../src/model/pages.ts";
import { escapeAttr, escapeHtml } from "../src/site/escape.ts";
import { layout } from "./_lib/layout.ts";
import { linker } from "./_lib/link.ts";
import { timelineChart } from "./_lib/charts.ts";
import { cardList, pager, plural, time, topicLink } from "./_lib/parts.ts";
import { pageData } from "./_lib/page-data.ts";

export const data = pageData("topic");

const KIND_LABEL: Record<string, string> = { person: "Person", place: "Place", organisation: "Organisation", subject: "Subject" };

export function render({ p, site }: { p: TopicPage; site: SiteContext }): string {
  const link = linker(p.url, site);
  const t = p.topic;
  const firstPage = p.pager.page === 1;
  const feedTitle = `${site.title}: ${t.name}`;
  const head = `<link rel="alternate" type="application/atom+xml" title="${escapeAttr(feedTitle)}" href="${link.abs(t.feedUrl)}">\n`;
  const range =
    t.firstDate === null ? "" : t.firstDate === t.lastDate || t.lastDate === null ? `, on ${time(t.firstDate, true)}` : `, from ${time(t.firstDate, true)} to ${time(t.lastDate, true)}`;
  const overview = !firstPage
    ? ""
    : `${t.description === null ? "" : `<p class="topic-description">${escapeHtml(t.description)}</p>\n`}${timelineChart(t.timeline, "timeline", t.name)}
${
  t.cooccurring.length === 0
    ? ""
    : `<section class="cooccurring" aria-labelledby="cooccurring-h"><h2 id="cooccurring-h">Often together with</h2><ul class="topic-cloud">${t.cooccurring.map((c) => `<li>${topicLink(link, c, c.count)}</li>`).join("")}</ul></section>`
}`;
  const main = `<header class="page-header">
<p class="page-kicker">${escapeHtml(KIND_LABEL[t.kind] ?? t.kind)}</p>
<h1 class="page-title">${escapeHtml(t.name)}${firstPage ? "" : ` <span class="page-number">page ${p.pager.page}</span>`}</h1>
<p class="page-summary">${plural(t.count, "article")}${range}. <a class="feed-link" href="${link(t.feedUrl)}">Atom feed</a></p>
</header>
${overview}
<section aria-labelledby="articles-h">
<h2 id="articles-h">Articles</h2>
${cardList(link, p.items, 3)}
</section>
${pager(link, p.pager)}`;
  return layout({ page: p, site, title: firstPage ? t.name : `${t.name} (page ${p.pager.page})`, main, head });
}
