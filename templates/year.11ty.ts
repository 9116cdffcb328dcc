/** A year's page (/YYYY/): articles per month as a bar chart, linking to the month pages. */
import type { SiteContext, YearPage } from "../src/model/pages.ts";
import { escapeHtml } from "../src/site/escape.ts";
import { layout } from "./_lib/layout.ts";
import { linker } from "./_lib/link.ts";
import { barList } from "./_lib/charts.ts";
import { adjacent, plural } from "./_lib/parts.ts";
import { pageData } from "./_lib/page-data.ts";

export const data = pageData("year");

export function render({ p, site }: { p: YearPage; site: SiteContext }): string {
  const link = linker(p.url, site);
  const main = `<header class="page-header">
<h1 class="page-title">${escapeHtml(p.year)}</h1>
<p class="page-summary">${plural(p.count, "article")}.</p>
</header>
${barList(link, p.months, `Articles per month in ${p.year}`)}
${adjacent(link, p.prev, p.next, "Other years")}`;
  return layout({ page: p, site, title: p.year, main });
}

