/** The home page: latest articles, main topics, years, sources. */
import type { HomePage, SiteContext } from "../src/model/pages.ts";
import { escapeHtml } from "../src/site/escape.ts";
import { layout } from "./_lib/layout.ts";
import { linker } from "./_lib/link.ts";
import { cardList, plural, topicLink } from "./_lib/parts.ts";
import { pageData } from "./_lib/page-data.ts";

export const data = pageData("home");

export function render({ p, site }: { p: HomePage; site: SiteContext }): string {
  const link = linker(p.url, site);
  const topics = p.topTopics.length === 0 ? "" : `<section class="home-topics" aria-labelledby="topics-h">
<h2 id="topics-h">Main topics</h2>
<ul class="topic-cloud">${p.topTopics.map((t) => `<li>${topicLink(link, t, t.count)}</li>`).join("")}</ul>
<p><a href="${link("/topics/")}">All topics</a></p>
</section>`;
  const years = p.years.length === 0 ? "" : `<section class="home-years" aria-labelledby="years-h">
<h2 id="years-h">By year</h2>
<ul class="link-grid">${p.years.map((y) => `<li><a href="${link(y.url)}">${escapeHtml(y.year)}</a> <span class="count">${y.count}</span></li>`).join("")}</ul>
${p.undatedCount > 0 ? `<p><a href="${link("/undated/")}">Undated articles</a> <span class="count">${p.undatedCount}</span></p>` : ""}
</section>`;
  const outlets = p.outlets.length === 0 ? "" : `<section class="home-outlets" aria-labelledby="outlets-h">
<h2 id="outlets-h">Sources</h2>
<ul class="link-grid">${p.outlets.map((o) => `<li><a href="${link(o.url)}">${escapeHtml(o.name)}</a> <span class="count">${o.count}</span></li>`).join("")}</ul>
</section>`;
  const main = `<div class="home">
<h1 class="page-title">${escapeHtml(site.title)}</h1>
<p class="lede">${plural(p.articleCount, "article")} archived. <a href="${link("/search/")}">Search the archive</a> or browse <a href="${link("/archive/")}">by date</a>.</p>
<section class="home-latest" aria-labelledby="latest-h">
<h2 id="latest-h">Latest articles</h2>
${cardList(link, p.latest, 3, "The archive is empty: put article text files in articles/ and build again.")}
</section>
<div class="home-aside">
${[topics, years, outlets].filter(Boolean).join("\n")}
</div>
</div>`;
  return layout({ page: p, site, title: site.title, main });
}
