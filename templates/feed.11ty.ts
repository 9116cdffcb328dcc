/**
 * Atom 1.0 feeds: /feed.xml (latest articles) and /topics/<slug>/feed.xml.
 *
 * - `<updated>` is the newest entry's date (the descriptor's `updated`), never the build
 *   time, so an unchanged archive gives a byte-identical feed. An empty feed says
 *   1970-01-01T00:00:00Z (Atom requires the element).
 * - With a base URL, ids and links are absolute. Without one, links are relative to
 *   the feed (Atom resolves them against the feed's own address) and ids, which must
 *   be absolute IRIs, are `urn:news-archive:<site path>`.
 * - Dates without a zone are read as UTC (Atom requires one); an undated entry takes
 *   the feed's `updated`.
 */
import type { FeedPage, SiteContext } from "../src/model/pages.ts";
import { absoluteUrl, hrefFrom } from "../src/site/links.ts";
import { escapeXml } from "../src/site/escape.ts";
import { atomDate } from "../src/site/dates.ts";
import { renderBody } from "../src/site/markdown.ts";
import { pageData } from "./_lib/page-data.ts";

export const data = pageData("feed");

/** The `<updated>` of a feed with no entries. */
export const EMPTY_FEED_UPDATED = "1970-01-01T00:00:00Z";

export function render({ p, site }: { p: FeedPage; site: SiteContext }): string {
  const base = site.baseUrl;
  const relative = hrefFrom(p.url);
  const link = (to: string) => escapeXml(base === null ? relative(to, true) : absoluteUrl(base, to));
  const id = (to: string) => escapeXml(base === null ? `urn:news-archive:${encodeURI(to)}` : absoluteUrl(base, to));
  const updated = atomDate(p.updated) ?? EMPTY_FEED_UPDATED;
  const entries = p.entries.map((e) => {
    const published = atomDate(e.date);
    const author = e.author ?? e.outlet;
    const categories = e.topics.map((t) => `\n    <category term="${escapeXml(t.slug)}" label="${escapeXml(t.name)}"/>`).join("");
    return `  <entry>
    <id>${id(e.url)}</id>
    <title type="text">${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${link(e.url)}"/>
    <updated>${published ?? updated}</updated>${published === null ? "" : `\n    <published>${published}</published>`}${author === null ? "" : `\n    <author><name>${escapeXml(author)}</name></author>`}${categories}
    <summary type="text">${escapeXml(e.summary)}</summary>${e.body === null ? "" : `\n    <content type="html">${escapeXml(renderBody(e.body))}</content>`}
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(site.language)}">
  <id>${id(p.url)}</id>
  <title type="text">${escapeXml(p.title)}</title>
  <updated>${updated}</updated>
  <author><name>${escapeXml(site.title)}</name></author>
  <link rel="self" type="application/atom+xml" href="${link(p.url)}"/>
  <link rel="alternate" type="text/html" href="${link(p.pageUrl)}"/>
  <generator>news-archive</generator>
${entries.join("\n")}${entries.length === 0 ? "" : "\n"}</feed>
`;
}
