/**
 * The two sample articles, built end to end: URLs, pages, links that resolve
 * from disk, feeds, records.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { promises as fs, existsSync } from "node:fs";
import path from "node:path";
import { buildInto, localLinks, readTree } from "../helpers/site-tree.ts";
import { parseRecordFile } from "../../src/store/records.ts";
import { child, children, parseXml } from "../site/xml.ts";

const built = buildInto("articles");

test("the samples build into dated and undated article pages", async () => {
  const { result, out } = await built;
  assert.equal(result.published, 2);
  assert.equal(result.skipped.length, 0);
  const tree = await readTree(out);
  const dated = [...tree.keys()].filter((f) => f.startsWith("2022/11/10/") && f.endsWith("/index.html"));
  assert.equal(dated.length, 1, `one article under /2022/11/10/: ${dated}`);
  assert.match(dated[0]!, /^2022\/11\/10\/russian-kherson-retreat-would-be-ukraines-victory-nato-chief\/index\.html$/);
  const undated = [...tree.keys()].filter((f) => /^undated\/[^/]+\/index\.html$/.test(f) && !f.startsWith("undated/page/"));
  assert.equal(undated.length, 1);
  const page = tree.get(undated[0]!)!.toString();
  assert.match(page, /Russia’s Ukraine strikes ‘sign of weakness,’ says NATO chief/);
  assert.match(page, /[Dd]ate unknown/);
  for (const f of ["index.html", "topics/index.html", "2022/index.html", "2022/11/index.html", "sources/index.html", "sources/anadolu-agency/index.html", "undated/index.html", "search/index.html", "report/index.html", "archive/index.html", "feed.xml", "sitemap.xml", "assets/style.css", "assets/search.js"]) {
    assert.ok(tree.has(f), `${f} exists`);
  }
});

test("topics shared by both samples get pages with both articles", async () => {
  const { out } = await built;
  const tree = await readTree(out);
  for (const slug of ["nato", "jens-stoltenberg"]) {
    const html = tree.get(`topics/${slug}/index.html`)?.toString();
    assert.ok(html, `topics/${slug}/ exists`);
    assert.match(html!, /Russian Kherson retreat/);
    assert.match(html!, /sign of weakness/);
    assert.ok(tree.has(`topics/${slug}/feed.xml`));
  }
});

test("every local link and script on every page resolves to a file (the site works from file://)", async () => {
  const { out } = await built;
  const tree = await readTree(out);
  const broken: string[] = [];
  for (const [file, content] of tree) {
    if (!file.endsWith(".html")) continue;
    for (const link of localLinks(content.toString())) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURIComponent(link.replace(/[?#].*$/, ""))));
      if (target.endsWith("/") || !tree.has(target)) broken.push(`${file} → ${link}`);
    }
  }
  assert.deepEqual(broken, []);
});

test("records are written as readable front-matter files that validate", async () => {
  const { work } = await built;
  const file = path.join(work, "records", "000_04a5c506f43ddc1a.txt.md");
  const record = parseRecordFile(await fs.readFile(file, "utf8"), file);
  assert.equal(record.title, "Russian Kherson retreat would be Ukraine's victory: NATO chief");
  assert.equal(record.date, "2022-11-10T03:40");
  assert.equal(record.url, "/2022/11/10/russian-kherson-retreat-would-be-ukraines-victory-nato-chief/");
  assert.ok(existsSync(path.join(work, "records", "004_c35e00869fde3704.txt.md")));
});

test("the build never writes into the articles folder", async () => {
  await built;
  assert.deepEqual((await fs.readdir("articles")).sort(), ["000_04a5c506f43ddc1a.txt", "004_c35e00869fde3704.txt"]);
});

test("the feeds are well-formed Atom with the dated sample, and links that resolve", async () => {
  const { out } = await built;
  const feed = parseXml(await fs.readFile(path.join(out, "feed.xml"), "utf8"));
  assert.equal(feed.name, "feed");
  const entries = children(feed, "entry");
  assert.equal(entries.length, 1, "the undated sample is not in the feed");
  assert.equal(child(entries[0]!, "title").text, "Russian Kherson retreat would be Ukraine's victory: NATO chief");
  const topicFeed = parseXml(await fs.readFile(path.join(out, "topics/nato/feed.xml"), "utf8"));
  assert.equal(children(topicFeed, "entry").length, 1);
});

test("with --base-url, canonical and feed links are absolute and the sitemap lists every page", async () => {
  const { out } = await buildInto("articles", undefined, { baseUrl: "https://example.org/news/" });
  const html = await fs.readFile(path.join(out, "2022/11/10/russian-kherson-retreat-would-be-ukraines-victory-nato-chief/index.html"), "utf8");
  assert.match(html, /<link rel="canonical" href="https:\/\/example\.org\/news\/2022\/11\/10\/russian-kherson-retreat-would-be-ukraines-victory-nato-chief\/">/);
  const sitemap = parseXml(await fs.readFile(path.join(out, "sitemap.xml"), "utf8"));
  const locs = children(sitemap, "url").map((u) => child(u, "loc").text);
  assert.ok(locs.includes("https://example.org/news/2022/11/10/russian-kherson-retreat-would-be-ukraines-victory-nato-chief/"));
  assert.ok(locs.includes("https://example.org/news/topics/nato/"));
  const feed = parseXml(await fs.readFile(path.join(out, "feed.xml"), "utf8"));
  const link = children(children(feed, "entry")[0]!, "link")[0]!;
  assert.equal(link.attrs.href, "https://example.org/news/2022/11/10/russian-kherson-retreat-would-be-ukraines-victory-nato-chief/");
});
