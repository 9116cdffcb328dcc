/**
 * The HTML shell every page shares: head (CSP, stylesheet, canonical, feed),
 * skip link, header with navigation and the search form, main, footer, and the
 * search script. No inline scripts, styles or event handlers: the CSP forbids them.
 */
import type { PageDescriptor, SiteContext } from "../../src/model/pages.ts";
import { absoluteUrl } from "../../src/site/links.ts";
import { escapeAttr, escapeHtml } from "../../src/site/escape.ts";
import { linker, rootPath } from "./link.ts";

/**
 * The Content-Security-Policy of every page. 'self' covers the site's own script
 * and stylesheet both when served and when opened from file:// in Chromium
 * (checked by test/site/browser.test.ts). `img-src data:` is for nothing today
 * but keeps inline SVG data URIs in CSS possible. It contains no `"` or `&`, so it
 * is written into the attribute as it is.
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

const NAV: Array<{ url: string; label: string }> = [
  { url: "/", label: "Latest" },
  { url: "/topics/", label: "Topics" },
  { url: "/archive/", label: "Archive" },
  { url: "/sources/", label: "Sources" },
  { url: "/search/", label: "Search" },
];

export interface LayoutArgs {
  page: PageDescriptor;
  site: SiteContext;
  /** The page's own title (plain text, escaped here); the site title is appended. */
  title: string;
  /** The page's main content, already HTML. */
  main: string;
  /** Extra HTML for <head> (already escaped). */
  head?: string;
}

/** The language of a page: the article's when it has a known one, else the archive's. */
function pageLanguage(page: PageDescriptor, site: SiteContext): string {
  if (page.kind === "article" && page.language && page.language !== "und") return page.language;
  return site.language;
}

/** Which nav entry a page belongs to, for aria-current. */
function section(page: PageDescriptor): string | null {
  switch (page.kind) {
    case "home":
      return "/";
    case "topics":
    case "topic":
      return "/topics/";
    case "archive":
    case "year":
    case "month":
    case "undated":
      return "/archive/";
    case "outlets":
    case "outlet":
      return "/sources/";
    case "search":
      return "/search/";
    default:
      return null;
  }
}

export function layout({ page, site, title, main, head = "" }: LayoutArgs): string {
  const link = linker(page.url, site);
  const current = section(page);
  const fullTitle = page.kind === "home" ? site.title : `${title} · ${site.title}`;
  const canonical = site.baseUrl === null ? "" : `\n<link rel="canonical" href="${escapeAttr(absoluteUrl(site.baseUrl, page.url))}">`;
  const nav = NAV.map(
    (n) => `<li><a href="${link(n.url)}"${n.url === current ? ' aria-current="page"' : ""}>${escapeHtml(n.label)}</a></li>`,
  ).join("");
  return `<!doctype html>
<html lang="${escapeAttr(pageLanguage(page, site))}" data-root="${escapeAttr(rootPath(page.url))}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(fullTitle)}</title>
<link rel="stylesheet" href="${link("/assets/style.css")}">${canonical}
<link rel="alternate" type="application/atom+xml" title="${escapeAttr(site.title)}: latest articles" href="${link.abs("/feed.xml")}">
${head}</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<div class="site-header-inner">
<a class="site-title" href="${link("/")}">${escapeHtml(site.title)}</a>
<nav class="site-nav" aria-label="Site"><ul>${nav}</ul></nav>
<form class="site-search" role="search" action="${link("/search/")}"><input type="search" name="q" id="site-search-q" aria-label="Search the archive" placeholder="Search…"></form>
</div>
</header>
<main id="main" tabindex="-1">
${main}
</main>
<footer class="site-footer">
<p>${escapeHtml(site.title)} · <a href="${link("/archive/")}">Archive</a> · <a href="${link("/report/")}">Build report</a> · <a href="${link("/feed.xml")}">Atom feed</a></p>
</footer>
<script src="${link("/assets/search.js")}" defer></script>
</body>
</html>
`;
}
