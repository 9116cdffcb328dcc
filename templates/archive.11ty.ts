/** The archive by date (/archive/): every year with its months. */
import type { ArchiveIndexPage, SiteContext } from "../src/model/pages.ts";
import { escapeAttr, escapeHtml } from "../src/site/escape.ts";
import { layout } from "./_lib/layout.ts";
import { linker } from "./_lib/link.ts";
import { plural } from "./_lib/parts.ts";
import { pageData } from "./_lib/page-data.ts";

export const data = pageData("archive");

export function render({ p, site }: { p: ArchiveIndexPage; site: SiteContext }): string {
  const link = linker(p.url, site);
  const years = p.years
    .map(
      (y) => `<section class="archive-year" aria-labelledby="y-${escapeAttr(y.year)}">
<h2 id="y-${escapeAttr(y.year)}"><a href="${link(y.url)}">${escapeHtml(y.year)}</a> <span class="count">${plural(y.count, "article")}</span></h2>
<ul class="link-grid">${y.months.map((m) => `<li><a href="${link(m.url)}">${escapeHtml(m.label)}</a> <span class="count">${m.count}</span></li>`).join("")}</ul>
</section>`,
    )
    .join("\n");
  const undated = p.undatedCount === 0 ? "" : `<section class="archive-undated" aria-labelledby="undated-h"><h2 id="undated-h"><a href="${link("/undated/")}">Undated</a> <span class="count">${plural(p.undatedCount, "article")}</span></h2><p>Articles whose source page states no publication date.</p></section>`;
  const main = `<header class="page-header">
<h1 class="page-title">Archive</h1>
<p class="page-summary">Every article by year and month.</p>
</header>
${years || `<p class="empty">No dated articles yet.</p>`}
${undated}`;
  return layout({ page: p, site, title: "Archive", main });
}
