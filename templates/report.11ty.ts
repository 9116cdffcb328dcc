/** The build report (/report/): what the parser was unsure about, so a person can fix it. */
import type { ReportPage, SiteContext } from "../src/model/pages.ts";
import { escapeAttr, escapeHtml } from "../src/site/escape.ts";
import { layout } from "./_lib/layout.ts";
import { linker, type Linker } from "./_lib/link.ts";
import { plural, topicLink } from "./_lib/parts.ts";
import { pageData } from "./_lib/page-data.ts";

export const data = pageData("report");

const KIND_LABEL: Record<string, string> = { person: "People", place: "Places", organisation: "Organisations", subject: "Subjects" };

export function render({ p, site }: { p: ReportPage; site: SiteContext }): string {
  const link = linker(p.url, site);
  const sections = [
    section("warnings", `Warnings (${plural(p.warnings.length, "file")})`, "No file produced a warning.", p.warnings.map((w) => `<li><code>${escapeHtml(w.file)}</code><ul>${w.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join("")}</ul></li>`)),
    section("undated", `Undated (${plural(p.undated.length, "article")})`, "Every article has a date.", p.undated.map((u) => `<li>${articleRef(link, u)}</li>`), "No publication date was found in these files. Add a <code>date:</code> front matter line to set one."),
    section("duplicates", `Exact duplicates (${plural(p.duplicates.length, "file")})`, "No exact duplicates.", p.duplicates.map((d) => `<li><code>${escapeHtml(d.file)}</code> duplicates <code>${escapeHtml(d.duplicateOf)}</code></li>`), "These files have the same text as another file and are not published twice."),
    section("near-duplicates", `Near-duplicates (${plural(p.nearDuplicates.length, "pair")})`, "No near-duplicates.", p.nearDuplicates.map((n) => `<li>${articleRef(link, n.a)}<br>and ${articleRef(link, n.b)}</li>`), "Reports of the same story; each lists the other under “Also reported by”."),
    section("skipped", `Skipped files (${plural(p.skipped.length, "file")})`, "No file was skipped.", p.skipped.map((s) => `<li><code>${escapeHtml(s.file)}</code>: ${escapeHtml(s.reason)}</li>`)),
    topicStats(link, p.topicStats),
  ];
  const main = `<header class="page-header">
<h1 class="page-title">Build report</h1>
<p class="page-summary">${plural(p.articleCount, "article")} published.</p>
<nav class="report-toc" aria-label="Report sections"><ul>
<li><a href="#warnings">Warnings</a></li><li><a href="#undated">Undated</a></li><li><a href="#duplicates">Duplicates</a></li><li><a href="#near-duplicates">Near-duplicates</a></li><li><a href="#skipped">Skipped</a></li><li><a href="#topics">Topics</a></li>
</ul></nav>
</header>
${sections.join("\n")}`;
  return layout({ page: p, site, title: "Build report", main });
}

function articleRef(link: Linker, a: { file: string; url: string; title: string }): string {
  return `<a href="${link(a.url)}">${escapeHtml(a.title)}</a> <code>${escapeHtml(a.file)}</code>`;
}

function section(id: string, heading: string, empty: string, items: string[], intro = ""): string {
  const body = items.length === 0 ? `<p class="empty">${escapeHtml(empty)}</p>` : `${intro ? `<p>${intro}</p>\n` : ""}<ul class="report-list">\n${items.join("\n")}\n</ul>`;
  return `<section class="report-section" aria-labelledby="${escapeAttr(id)}"><h2 id="${escapeAttr(id)}">${escapeHtml(heading)}</h2>\n${body}\n</section>`;
}

function topicStats(link: Linker, s: ReportPage["topicStats"]): string {
  const kinds = s.byKind.map((k) => `<tr><th scope="row">${escapeHtml(KIND_LABEL[k.kind] ?? k.kind)}</th><td class="num">${k.count}</td></tr>`).join("");
  const largest = s.largest.length === 0 ? "" : `<h3>Largest topics</h3><ul class="topic-cloud">${s.largest.map((t) => `<li>${topicLink(link, t, t.count)}</li>`).join("")}</ul>`;
  return `<section class="report-section" aria-labelledby="topics"><h2 id="topics">Topics</h2>
<p>${plural(s.total, "topic")}, ${plural(s.withPage, "topic")} with a page of its own (the others appear in one article only).</p>
${kinds === "" ? "" : `<div class="table-wrap"><table class="data-table"><thead><tr><th scope="col">Kind</th><th scope="col" class="num">Topics</th></tr></thead><tbody>${kinds}</tbody></table></div>`}
${largest}
</section>`;
}
