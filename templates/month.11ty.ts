/** A month's articles (/YYYY/MM/, paged): list, pager, previous/next month. */
import type { MonthPage, SiteContext } from "../src/model/pages.ts";
import { escapeHtml } from "../src/site/escape.ts";
import { layout } from "./_lib/layout.ts";
import { linker } from "./_lib/link.ts";
import { adjacent, cardList, pageNote, pager, pageTitle, plural } from "./_lib/parts.ts";
import { pageData } from "./_lib/page-data.ts";

export const data = pageData("month");

export function render({ p, site }: { p: MonthPage; site: SiteContext }): string {
  const link = linker(p.url, site);
  const main = `<header class="page-header">
<p class="page-kicker"><a href="${link(`/${p.year}/`)}">${escapeHtml(p.year)}</a></p>
<h1 class="page-title">${escapeHtml(p.label)}${pageNote(p.pager)}</h1>
<p class="page-summary">${plural(p.count, "article")}.</p>
</header>
${cardList(link, p.items, 2)}
${pager(link, p.pager)}
${adjacent(link, p.prev, p.next, "Other months")}`;
  return layout({ page: p, site, title: pageTitle(p.label, p.pager), main });
}
