/** The sources index (/sources/): every outlet with its article count and date range. */
import type { OutletsIndexPage, SiteContext } from "../src/model/pages.ts";
import { escapeHtml } from "../src/site/escape.ts";
import { layout } from "./_lib/layout.ts";
import { linker } from "./_lib/link.ts";
import { plural, time } from "./_lib/parts.ts";
import { pageData } from "./_lib/page-data.ts";

export const data = pageData("outlets");

export function render({ p, site }: { p: OutletsIndexPage; site: SiteContext }): string {
  const link = linker(p.url, site);
  const rows = p.outlets
    .map(
      (o) => `<tr><th scope="row"><a href="${link(o.url)}">${escapeHtml(o.name)}</a></th><td class="num">${o.count}</td><td>${time(o.firstDate, true)}</td><td>${time(o.lastDate, true)}</td></tr>`,
    )
    .join("\n");
  const main = `<header class="page-header">
<h1 class="page-title">Sources</h1>
<p class="page-summary">${plural(p.outlets.length, "source")}.</p>
</header>
${
  p.outlets.length === 0
    ? `<p class="empty">No sources yet.</p>`
    : `<div class="table-wrap"><table class="data-table">
<thead><tr><th scope="col">Source</th><th scope="col" class="num">Articles</th><th scope="col">First</th><th scope="col">Latest</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>`
}`;
  return layout({ page: p, site, title: "Sources", main });
}
