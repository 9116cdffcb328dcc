/**
 * The search page (/search/). The form works without JavaScript only as a deep link (`?q=`); the search
 * itself is the program in src/client/ (loaded by the layout as /assets/search.js), which finds its
 * elements by the ids below.
 */
import type { SearchPage, SiteContext } from "../src/model/pages.ts";
import { layout } from "./_lib/layout.ts";
import { linker, type Linker } from "./_lib/link.ts";
import { pageData } from "./_lib/page-data.ts";

export const data = pageData("search");

/** The page's main content (also used by tests that render without the layout). */
export function searchMain(link: Linker): string {
  return `<div id="search-app" class="search-app">
<header class="page-header"><h1 class="page-title">Search</h1></header>
<form id="search-form" class="search-form" role="search" action="index.html">
<label for="search-q" class="visually-hidden">Search the archive</label>
<input type="search" id="search-q" name="q" autocomplete="off" spellcheck="false" aria-describedby="search-help" aria-controls="search-results" placeholder="Search the archive">
<label for="search-sort" class="visually-hidden">Sort by</label>
<select id="search-sort" name="sort"><option value="relevance">Most relevant</option><option value="newest">Newest first</option></select>
<button type="submit">Search</button>
</form>
<details id="search-help" class="search-help"><summary>Search tips</summary>
<ul>
<li><code>grid pact</code>: either word, best matches first</li>
<li><code>+grid -storm</code>: must contain “grid”, must not contain “storm”</li>
<li><code>title:election</code>: only in headlines (also <code>topics:</code>, <code>outlet:</code>, <code>body:</code>)</li>
<li><code>elect*</code>: words starting with “elect”; <code>valdria~1</code>: words within one letter of “valdria”</li>
<li>Press <kbd>/</kbd> anywhere to jump to the search box, <kbd>↓</kbd> <kbd>↑</kbd> to move through results, <kbd>Enter</kbd> to open one.</li>
</ul>
</details>
<p id="search-status" class="search-status" role="status" aria-live="polite" aria-atomic="true">Loading search…</p>
<p id="search-notice" class="search-notice notice" hidden></p>
<div id="search-filters" class="search-filters" role="group" aria-label="Filter results"></div>
<ol id="search-results" class="search-results" aria-label="Search results"></ol>
<button type="button" id="search-more" class="search-more" hidden>More results</button>
<noscript><p class="notice">Search runs in your browser and needs JavaScript. Browse by <a href="${link("/topics/")}">topic</a> or <a href="${link("/archive/")}">date</a> instead.</p></noscript>
</div>`;
}

export function render({ p, site }: { p: SearchPage; site: SiteContext }): string {
  return layout({ page: p, site, title: "Search", main: searchMain(linker(p.url, site)) });
}
