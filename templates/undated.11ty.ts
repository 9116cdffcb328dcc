/** Articles without a publication date (/undated/, paged). */
import type { SiteContext, UndatedPage } from "../src/model/pages.ts";
import { layout } from "./_lib/layout.ts";
import { linker } from "./_lib/link.ts";
import { cardList, pageNote, pager, pageTitle } from "./_lib/parts.ts";
import { pageData } from "./_lib/page-data.ts";

export const data = pageData("undated");

export function render({ p, site }: { p: UndatedPage; site: SiteContext }): string {
  const link = linker(p.url, site);
  const main = `<header class="page-header">
<h1 class="page-title">Undated articles${pageNote(p.pager)}</h1>
<p class="page-summary">The source pages of these articles state no publication date; none is guessed. To date one, add a <code>date:</code> line to its front matter and build again.</p>
</header>
${cardList(link, p.items, 2)}
${pager(link, p.pager)}`;
  return layout({ page: p, site, title: pageTitle("Undated articles", p.pager), main });
}
