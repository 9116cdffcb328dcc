/** The Atom feeds and the sitemap: well-formed XML with the right entries. */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { SiteContext } from "../../src/model/pages.ts";
import { get, renderPages } from "./render.ts";
import { child, children, parseXml } from "./xml.ts";
import * as d from "./descriptors.ts";

const OFFLINE: SiteContext = { title: "News archive", baseUrl: null, language: "en" };
const ONLINE: SiteContext = { title: "News archive", baseUrl: "https://example.org/news/", language: "en" };
const pages = [d.feed, d.topicFeed, d.emptyFeed, d.sitemap];
const offline = await renderPages(pages, OFFLINE);
const online = await renderPages(pages, ONLINE);

test("the XML checker rejects what is not well-formed", () => {
  for (const bad of ["<a><b></a></b>", "<a>x & y</a>", "<a x=1/>", "<a/><b/>", "<a><!-- x -- y --></a>", "<a>&nbsp;</a>", '<a x="1" x="2"/>', "<a>"]) {
    assert.throws(() => parseXml(bad), Error, bad);
  }
  assert.equal(parseXml('<?xml version="1.0"?>\n<a x="&lt;">t&amp;<b/></a>').text, "t&");
});

test("with a base URL the feed has absolute ids and links, and updated from the newest entry", () => {
  const xml = get(online, "/feed.xml").content;
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'));
  const feed = parseXml(xml);
  assert.equal(feed.name, "feed");
  assert.equal(child(feed, "id").text, "https://example.org/news/feed.xml");
  assert.equal(child(feed, "title").text, "News archive");
  assert.equal(child(feed, "updated").text, "2022-11-10T03:40:00Z");
  assert.equal(child(child(feed, "author"), "name").text, "News archive");
  const links = children(feed, "link").map((l) => l.attrs);
  assert.deepEqual(links, [
    { rel: "self", type: "application/atom+xml", href: "https://example.org/news/feed.xml" },
    { rel: "alternate", type: "text/html", href: "https://example.org/news/" },
  ]);
  const entries = children(feed, "entry");
  assert.equal(entries.length, 3);
  const [first, evil, undated] = entries as [typeof feed, typeof feed, typeof feed];
  assert.equal(child(first, "id").text, "https://example.org/news/2022/11/10/russia-withdraws-from-kherson/");
  assert.equal(child(first, "title").text, "Russia announces withdrawal from Kherson");
  assert.equal(child(first, "link").attrs.href, "https://example.org/news/2022/11/10/russia-withdraws-from-kherson/");
  assert.equal(child(first, "updated").text, "2022-11-10T03:40:00Z");
  assert.equal(child(first, "published").text, "2022-11-10T03:40:00Z");
  assert.equal(child(child(first, "author"), "name").text, "Elena Teslova");
  assert.equal(child(first, "summary").text, d.card1.summary);
  assert.equal(child(first, "content").attrs.type, "html");
  assert.match(child(first, "content").text, /^<p>MOSCOW: Russian Defence Minister/);
  assert.deepEqual(children(first, "category").map((c) => c.attrs.term), ["ukraine", "nato", "kherson-oblast"]);
  // Hostile text survives as text: decoded once, it is still escaped HTML.
  assert.equal(child(evil, "title").text, d.evilCard.title);
  assert.equal(child(child(evil, "author"), "name").text, d.evilCard.author);
  assert.doesNotMatch(child(evil, "content").text, /<script|<img|<a\b/i);
  assert.match(child(evil, "content").text, /Body &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  // An undated entry takes the feed's updated and has no <published>.
  assert.equal(child(undated, "updated").text, "2022-11-10T03:40:00Z");
  assert.equal(children(undated, "published").length, 0);
  assert.equal(children(undated, "author").length, 0);
});

test("without a base URL the feed links are relative to the feed and ids are URNs", () => {
  const feed = parseXml(get(offline, "/topics/ukraine/feed.xml").content);
  assert.equal(child(feed, "id").text, "urn:news-archive:/topics/ukraine/feed.xml");
  assert.deepEqual(children(feed, "link").map((l) => l.attrs.href), ["feed.xml", "index.html"]);
  const entry = child(feed, "entry");
  assert.equal(child(entry, "id").text, "urn:news-archive:/2022/11/10/russia-withdraws-from-kherson/");
  assert.equal(child(entry, "link").attrs.href, "../../2022/11/10/russia-withdraws-from-kherson/index.html");
});

test("an empty feed is valid and never uses the build time", async () => {
  const xml = get(offline, "/topics/nato/feed.xml").content;
  const feed = parseXml(xml);
  assert.equal(child(feed, "updated").text, "1970-01-01T00:00:00Z");
  assert.equal(children(feed, "entry").length, 0);
  const again = await renderPages([d.emptyFeed], OFFLINE);
  assert.equal(get(again, "/topics/nato/feed.xml").content, xml, "rendering is deterministic");
});

test("the sitemap lists absolute URLs with a base URL, and is empty but valid without one", () => {
  const withBase = parseXml(get(online, "/sitemap.xml").content);
  assert.equal(withBase.attrs.xmlns, "http://www.sitemaps.org/schemas/sitemap/0.9");
  assert.deepEqual(
    children(withBase, "url").map((u) => child(u, "loc").text),
    ["https://example.org/news/", "https://example.org/news/2022/11/10/russia-withdraws-from-kherson/", "https://example.org/news/topics/ukraine/", "https://example.org/news/undated/evil-article/"],
  );
  const without = parseXml(get(offline, "/sitemap.xml").content);
  assert.equal(without.name, "urlset");
  assert.equal(children(without, "url").length, 0);
});
