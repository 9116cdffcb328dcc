/** A source's page (/sources/<slug>/, paged): its articles and date range. */
import type { OutletPage, SiteContext } from "../src/model/pages.ts";
import { escapeHtml } from "../src/site/escape.ts";
import { layout } from "./_lib/layout.ts";
import { linker } from "./_lib/link.ts";
import { cardList, dateRange, pageNote, pager, pageTitle, plural } from "./_lib/parts.ts";
import { pageData } from "./_lib/page-data.ts";

export const data = pageData("outlet");

export function render({ p, site }: { p: OutletPage; site: SiteContext }): string {
  const link = linker(p.url, site);
  const o = p.overview;
  // Past the first page: no counts or dates of the whole source, which change with every article added to it.
  const summary = o === null ? `<a href="${link(p.pager.newestUrl ?? p.url)}">All from ${escapeHtml(p.outlet.name)}</a>.` : `${plural(o.count, "article")}${dateRange(o.firstDate, o.lastDate)}.`;
  const main = `<header class="page-header">
<p class="page-kicker"><a href="${link("/sources/")}">Source</a></p>
<h1 class="page-title">${escapeHtml(p.outlet.name)}${pageNote(p.pager)}</h1>
<p class="page-summary">${summary}</p>
</header>
${cardList(link, p.items, 2)}
${pager(link, p.pager)}`;
  return layout({ page: p, site, title: pageTitle(p.outlet.name, p.pager), main });
}
