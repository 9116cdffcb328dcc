/**
 * The templates rendered in memory through Eleventy, as the build does:
 * URLs and output paths, relative links, escaping of hostile article text.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { outputPath } from "../../src/site/links.ts";
import type { SiteContext } from "../../src/model/pages.ts";
import { get, renderPages, SITE_KINDS } from "./render.ts";
import { attrValues, tags } from "./html.ts";
import * as d from "./descriptors.ts";

const OFFLINE: SiteContext = { title: "News archive", baseUrl: null, language: "en" };
const ONLINE: SiteContext = { title: "News archive", baseUrl: "https://example.org/news/", language: "en" };

const offline = await renderPages(d.allPages(), OFFLINE);
const online = await renderPages(d.allPages(), ONLINE);
const htmlPages = [...offline.values()].filter((r) => r.outputPath.endsWith(".html"));

test("every descriptor kind has a template, and each page is written at outputPath(url)", () => {
  const pages = d.allPages();
  assert.deepEqual(new Set(pages.map((p) => p.kind)), new Set(SITE_KINDS));
  assert.equal(offline.size, pages.length);
  for (const p of pages) assert.equal(get(offline, p.url).outputPath, outputPath(p.url), p.url);
  assert.equal(get(offline, "/2022/11/10/russia-withdraws-from-kherson/").outputPath, "2022/11/10/russia-withdraws-from-kherson/index.html");
  assert.equal(get(offline, "/topics/ukraine/feed.xml").outputPath, "topics/ukraine/feed.xml");
});

test("rendering with no pages of a kind (empty batch arrays) renders nothing", async () => {
  const out = await renderPages([d.home], OFFLINE);
  assert.deepEqual([...out.keys()], ["/"]);
});

test("without a base URL, links from a deep article are relative and folder links name index.html", () => {
  const html = get(offline, d.article.url).content;
  const links = attrValues(html, "a", "href");
  assert.ok(links.includes("../../../../topics/nato/index.html"), links.join("\n"));
  assert.ok(links.includes("../../../../sources/anadolu-agency/index.html"));
  assert.ok(links.includes("../../../../index.html"));
  assert.ok(links.includes("../../09/evil/index.html"), "previous article");
  assert.deepEqual(attrValues(html, "link", "rel").includes("canonical"), false);
  assert.deepEqual(attrValues(html, "link", "href").slice(0, 2), ["../../../../assets/style.css", "../../../../feed.xml"]);
  assert.deepEqual(attrValues(html, "script", "src"), ["../../../../assets/search.js"]);
  assert.deepEqual(attrValues(html, "form", "action"), ["../../../../search/index.html"]);
  assert.deepEqual(attrValues(html, "html", "data-root"), ["../../../../"]);
  for (const l of [...links, ...attrValues(html, "link", "href")]) {
    if (l.startsWith("#")) continue;
    assert.doesNotMatch(l, /^(?:\/|[a-z]+:)/i, `absolute link ${l}`);
    assert.ok(!l.endsWith("/"), `folder link without index.html: ${l}`);
  }
});

test("with a base URL, folder links end in / and canonical and feed links are absolute", () => {
  const html = get(online, d.article.url).content;
  const links = attrValues(html, "a", "href");
  assert.ok(links.includes("../../../../topics/nato/"));
  assert.ok(!links.some((l) => l.endsWith("index.html")));
  const rels = tags(html).filter((t) => t.name === "link").map((t) => Object.fromEntries(t.attrs));
  assert.equal(rels.find((l) => l.rel === "canonical")?.href, "https://example.org/news/2022/11/10/russia-withdraws-from-kherson/");
  assert.equal(rels.find((l) => l.rel === "alternate")?.href, "https://example.org/news/feed.xml");
  const topic = get(online, "/topics/ukraine/").content;
  assert.ok(attrValues(topic, "link", "href").includes("https://example.org/news/topics/ukraine/feed.xml"));
});

test("data-root points at the site root from every page", () => {
  assert.deepEqual(attrValues(get(offline, "/").content, "html", "data-root"), ["./"]);
  assert.deepEqual(attrValues(get(offline, "/topics/ukraine/page/2022-03-02/").content, "html", "data-root"), ["../../../../"]);
  assert.deepEqual(attrValues(get(offline, "/report/").content, "html", "data-root"), ["../"]);
});

test("every page has the shell: lang, CSP, skip link, nav, search form, main", () => {
  for (const r of htmlPages) {
    const html = r.content;
    assert.match(html, /^<!doctype html>\n<html lang="[a-z]{2}" data-root="/, r.url);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'">/);
    assert.match(html, /<a class="skip-link" href="#main">/);
    assert.match(html, /<form class="site-search" role="search" action="[^"]*search\/index\.html"><input type="search" name="q" id="site-search-q" aria-label="Search the archive" placeholder="Search…"><\/form>/);
    assert.match(html, /<main id="main"/);
    assert.equal(attrValues(html, "h1", "class").length, 1, `one h1 on ${r.url}`);
  }
});

test("hostile article text appears only escaped", () => {
  for (const site of [offline, online]) {
    for (const r of site.values()) {
      const html = r.content;
      assert.doesNotMatch(html, /<script>alert|<img|<!--(?! Empty: sitemaps)/i, r.url);
      for (const t of tags(html)) {
        for (const [k, v] of t.attrs) {
          assert.ok(!k.startsWith("on"), `${r.url}: event handler attribute ${k} on <${t.name}>`);
          if (["href", "src", "action"].includes(k)) assert.doesNotMatch(v.trim(), /^(?:javascript|data|vbscript):/i, `${r.url}: ${k}=${v}`);
        }
      }
      if (r.outputPath.endsWith(".html")) {
        // Only our own script elements, with no content.
        const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
        for (const s of scripts) assert.match(s, /^<script src="(?:\.\.\/)*assets\/(?:search|topics-filter)\.js" defer><\/script>$/, r.url);
        assert.equal((html.match(/<\/script/gi) ?? []).length, scripts.length, `${r.url}: stray </script>`);
      }
    }
  }
  const evil = get(offline, d.evilArticle.url).content;
  assert.match(evil, /<h1 class="article-title">Title &lt;script&gt;alert\(1\)&lt;\/script&gt; &quot;&gt;&lt;img src=x onerror=alert\(1\)&gt; --&gt;<\/h1>/);
  assert.match(evil, /<code>evil &quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;\.txt<\/code>/);
  assert.match(evil, /<li>javascript:alert\(1\)<\/li>/, "related headlines are text");
  assert.match(evil, /<title>Title &lt;script&gt;/);
});

test("an article shows its metadata, topics, notices and related material", () => {
  const html = get(offline, d.article.url).content;
  assert.match(html, /<time datetime="2022-11-10T03:40">10 November 2022, 03:40<\/time>/);
  assert.match(html, /<dt>Updated<\/dt><dd><time datetime="2022-11-10T15:04\+03:00">10 November 2022, 15:04 GMT\+03:00<\/time>/);
  assert.match(html, /<dd class="author">Elena Teslova<\/dd>/);
  assert.match(html, /<span class="topic topic-place">Kherson Oblast<\/span>/, "a topic without a page is plain text");
  assert.match(html, /<li>Ukraine says it recaptured 12 settlements<\/li>/, "related headlines are text, not links");
  assert.match(html, /<h2 id="related-articles-h">Related in this archive<\/h2>/);
  assert.match(html, /<h2 id="also-reported-h">Also reported by<\/h2>/);
  assert.match(html, /Source file: <code>000_04a5c506f43ddc1a\.txt<\/code>/);
  assert.match(html, /<p>1\. The troops will cross the Dnipro River\. \*Not emphasis\* and \[not a link\]\(https:\/\/example\.org\)\.<\/p>/);
  assert.doesNotMatch(html, /notice-undated|notice-not-article/);
  const evil = get(offline, d.evilArticle.url).content;
  assert.match(evil, /class="notice notice-not-article"/);
  assert.match(evil, /class="notice notice-undated"/);
  assert.match(evil, /<dt>Published<\/dt><dd><span class="undated-mark">Date unknown<\/span>/);
});

test("topic page: summary, timeline with a text alternative, co-occurring topics, pager by dates, feed link", () => {
  const html = get(offline, "/topics/ukraine/").content;
  assert.match(html, /12 articles, from <time datetime="2022-01-14">14 Jan 2022<\/time> to <time datetime="2022-11-10T03:40">10 Nov 2022<\/time>/);
  assert.match(html, /<svg class="chart-svg"[^>]*role="img" aria-labelledby="timeline-title timeline-desc"/);
  assert.match(html, /<title id="timeline-title">Timeline of articles about Ukraine<\/title>/);
  assert.match(html, /<tr><th scope="row">November 2022<\/th><td>3<\/td><\/tr>/);
  assert.match(html, /<a class="topic topic-organisation" href="..\/nato\/index.html">NATO <span class="count">5<\/span><\/a>/);
  assert.match(html, /<p class="pager-status">This page: 9 Nov 2022 – 10 Nov 2022<\/p>/);
  assert.match(html, /<li class="pager-next"><a href="page\/2022-03-02\/index.html" rel="next">Older →<\/a><\/li>/);
  assert.match(html, /<li class="pager-last"><a href="page\/2022-01-14\/index.html">Oldest »<\/a><\/li>/);
  assert.doesNotMatch(html, /pager-prev|pager-first/, "the first page has nothing newer");
  assert.match(html, /<a class="feed-link" href="feed.xml">Atom feed<\/a>/);
  assert.match(html, /<link rel="alternate" type="application\/atom\+xml" title="News archive: Ukraine" href="feed.xml">/);
  const page2 = get(offline, "/topics/ukraine/page/2022-03-02/").content;
  assert.match(page2, /<title>Ukraine \(2 Mar 2022 – 21 Jul 2022\) · News archive<\/title>/);
  assert.match(page2, /<h1 class="page-title">Ukraine <span class="page-number">2 Mar 2022 – 21 Jul 2022<\/span><\/h1>/);
  assert.match(page2, /<li class="pager-first"><a href="..\/..\/index.html">« Newest<\/a><\/li><li class="pager-prev"><a href="..\/..\/index.html" rel="prev">← Newer<\/a><\/li>/);
  assert.match(page2, /<a href="..\/..\/index.html">All about Ukraine<\/a>/);
  assert.doesNotMatch(page2, /chart-svg|12 articles/, "the timeline and the topic's counts are on its first page only");
});

test("topics index groups by kind, largest first, with a filter box driven by its own script", () => {
  const html = get(offline, "/topics/").content;
  assert.ok(html.indexOf(">Ukraine ") < html.indexOf(">Kherson Oblast "), "largest first");
  assert.doesNotMatch(html, />People </, "empty groups are left out");
  assert.match(html, /<div class="topic-filter" hidden>/);
  assert.match(html, /<script src="..\/assets\/topics-filter.js" defer><\/script>/);
});

test("year, month, outlet, archive, undated and report pages", () => {
  const year = get(offline, "/2022/").content;
  assert.match(year, /<a class="bar-label" href="11\/index.html">November<\/a><svg class="bar"[^>]*aria-hidden="true"/);
  assert.match(year, /<span class="bar-label">February<\/span>/);
  assert.match(year, /<a class="prev" href="..\/2021\/index.html" rel="prev">/);
  const month = get(offline, "/2022/11/").content;
  assert.match(month, /<a class="prev" href="..\/10\/index.html" rel="prev"><span class="label">← Earlier<\/span> October 2022<\/a>/);
  assert.match(month, /This page: 9 Nov 2022 – 10 Nov 2022/);
  const outlet = get(offline, "/sources/outlet-img/").content;
  assert.match(outlet, /<h1 class="page-title">Outlet &quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;<\/h1>/);
  assert.match(outlet, /1 article, on <time datetime="2022-11-09T15:04\+00:00">9 Nov 2022<\/time>/);
  assert.match(get(offline, "/archive/").content, /<a href="..\/2022\/11\/index.html">November<\/a> <span class="count">21<\/span>/);
  assert.match(get(offline, "/undated/").content, /<span class="undated-mark">Date unknown<\/span>/);
  const report = get(offline, "/report/").content;
  for (const id of ["warnings", "undated", "duplicates", "near-duplicates", "skipped", "topics"]) assert.match(report, new RegExp(`<h2 id="${id}">`));
  assert.match(report, /<code>010_copy.txt<\/code> duplicates <code>000_04a5c506f43ddc1a.txt<\/code>/);
});

test("home page: latest, topics, years, sources, undated and search links", () => {
  const html = get(offline, "/").content;
  assert.match(html, /<title>News archive<\/title>/);
  assert.match(html, /<h2 id="latest-h">Latest articles<\/h2>/);
  assert.match(html, /<a href="2022\/index.html">2022<\/a>/);
  assert.match(html, /<a href="undated\/index.html">Undated articles<\/a>/);
  assert.match(html, /<a href="search\/index.html">Search the archive<\/a>/);
  assert.match(html, /<a class="topic topic-place" href="topics\/ukraine\/index.html">Ukraine <span class="count">12<\/span><\/a>/);
});
