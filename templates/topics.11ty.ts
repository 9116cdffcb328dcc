/** The topics index (/topics/): every topic with a page, grouped by kind, with a filter box. */
import type { SiteContext, TopicsIndexPage } from "../src/model/pages.ts";
import { escapeHtml } from "../src/site/escape.ts";
import { layout } from "./_lib/layout.ts";
import { linker } from "./_lib/link.ts";
import { plural, topicLink } from "./_lib/parts.ts";
import { pageData } from "./_lib/page-data.ts";

export const data = pageData("topics");

const GROUP_LABEL: Record<string, string> = { person: "People", place: "Places", organisation: "Organisations", subject: "Subjects" };

export function render({ p, site }: { p: TopicsIndexPage; site: SiteContext }): string {
  const link = linker(p.url, site);
  const groups = p.groups
    .filter((g) => g.topics.length > 0)
    .map((g) => {
      // Largest first; ties by name so the order is stable across builds.
      const topics = [...g.topics].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "en"));
      const id = `kind-${g.kind}`;
      return `<section class="topic-group" aria-labelledby="${id}">
<h2 id="${id}">${escapeHtml(GROUP_LABEL[g.kind] ?? g.kind)} <span class="count">${topics.length}</span></h2>
<ul class="topic-cloud">${topics.map((t) => `<li>${topicLink(link, t, t.count)}</li>`).join("")}</ul>
</section>`;
    })
    .join("\n");
  const main = `<header class="page-header">
<h1 class="page-title">Topics</h1>
<p class="page-summary">${plural(p.total, "topic")}, grouped by kind, largest first.</p>
</header>
<div class="topic-filter" hidden>
<label for="topic-filter-q">Filter topics</label>
<input type="search" id="topic-filter-q" autocomplete="off" spellcheck="false">
<p class="topic-filter-status" role="status" aria-live="polite"></p>
</div>
${groups || `<p class="empty">No topics yet.</p>`}`;
  const head = `<script src="${link("/assets/topics-filter.js")}" defer></script>\n`;
  return layout({ page: p, site, title: "Topics", main, head });
}
