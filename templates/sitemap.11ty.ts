/**
 * /sitemap.xml. The sitemap protocol only allows absolute URLs, so with a base URL
 * every page is listed; without one (a site opened from disk, where no crawler
 * will read it) the file is a valid, empty <urlset> with a comment saying how to
 * fill it: set the site's base URL and build again.
 */
import type { SiteContext, SitemapPage } from "../src/model/pages.ts";
import { absoluteUrl } from "../src/site/links.ts";
import { escapeXml } from "../src/site/escape.ts";
import { pageData } from "./_lib/page-data.ts";

export const data = pageData("sitemap");

export function render({ p, site }: { p: SitemapPage; site: SiteContext }): string {
  const base = site.baseUrl;
  const body =
    base === null
      ? "  <!-- Empty: sitemaps need absolute URLs. Set the site's base URL and build again to list every page. -->\n"
      : p.urls.map((u) => `  <url><loc>${escapeXml(absoluteUrl(base, u))}</loc></url>\n`).join("");
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${body}</urlset>
`;
}
