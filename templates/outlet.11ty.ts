/** A source's page (/sources/<slug>/, paged): its articles and date range. */
import type { OutletPage, SiteContext } from "../src/model/pages.ts";
import { escapeHtml } from "../src/site/escape.ts";
import { layout } from "./_lib/layout.ts";
import { linker } from "./_lib/link.ts";
import { cardList, pager, plural, time } from "./_lib/parts.ts";
import { pageData } from "./_lib/page-data.ts";

export const data = pageData("outlet");

export function render({ p, site }: { p: OutletPage; site: SiteContext }): string {
  const link = linker(p.url, site);
  const o = p.outlet;
  const range = o.firstDate === null ? "" : o.lastDate === null || o.lastDate === o.firstDate ? `, on ${time(o.firstDate, true)}` : `, from ${time(o.firstDate, true)} to ${time(o.lastDate, true)}`;
  const pageNote = p.pager.page === 1 ? "" : ` <span class="page-number">page ${p.pager.page}</span>`;
  const main = `<header class="page-header">
<p class="page-kicker"><a href="${link("/sources/")}">Source</a></p>
<h1 class="page-title">${escapeHtml(o.name)}${pageNote}</h1>
<p class="page-summary">${plural(o.count, "article")}${range}.</p>
</header>
${cardList(link, p.items, 2)}
${pager(link, p.pager)}`;
  return layout({ page: p, site, title: p.pager.page === 1 ? o.name : `${o.name} (page ${p.pager.page})`, main });
}
