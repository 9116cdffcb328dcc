/**
 * A page's descriptor hash decides whether it is re-rendered: it must change with
 * any change of content, cards included, and depend on nothing but content.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { descriptorHasher } from "../../src/build/descriptor-hash.ts";
import type { PageDescriptor } from "../../src/model/pages.ts";
import { allPages } from "../site/descriptors.ts";

const copy = <T>(value: T): T => structuredClone(value);

test("every page kind hashes the same when built again from equal content", () => {
  const pages: PageDescriptor[] = [...allPages(), { kind: "search", url: "/search/" }];
  assert.equal(new Set(pages.map((p) => p.kind)).size, 14, "the fixtures cover every page kind");
  const first = pages.map(descriptorHasher());
  // Fresh objects, no shared cards: hashes depend on content, not on which objects are shared.
  assert.deepEqual(copy(pages).map(descriptorHasher()), first);
  assert.equal(new Set(first).size, pages.length, "different pages hash differently");
});

test("a change anywhere in a page, inside its cards too, changes its hash", () => {
  const pages = allPages();
  const before = pages.map(descriptorHasher());
  const edits: Array<[string, (p: PageDescriptor) => boolean]> = [
    ["a card's summary in an article's related list", (p) => p.kind === "article" && p.relatedArticles.length > 0 && ((p.relatedArticles[0]!.summary += "!"), true)],
    ["a card's topic in a topic page's items", (p) => p.kind === "topic" && p.items.length > 0 && ((p.items[0]!.topics = []), true)],
    ["a home page's latest card date", (p) => p.kind === "home" && p.latest.length > 0 && ((p.latest[0]!.date = "1999-01-01"), true)],
    ["a feed entry's body", (p) => p.kind === "feed" && p.entries.length > 0 && ((p.entries[0]!.body = "changed"), true)],
    ["an article's body", (p) => p.kind === "article" && ((p.body += " More."), true)],
    ["a pager's link to the older page", (p) => "pager" in p && p.pager.olderUrl !== null && ((p.pager.olderUrl = "/x/"), true)],
    ["a sitemap URL", (p) => p.kind === "sitemap" && ((p.urls = [...p.urls, "/y/"]), true)],
  ];
  for (const [what, edit] of edits) {
    const changed = copy(pages);
    const index = changed.findIndex(edit);
    assert.ok(index >= 0, `the fixtures have a page for: ${what}`);
    const after = changed.map(descriptorHasher());
    assert.notEqual(after[index], before[index], `${what} changes the page's hash`);
  }
});

test("a card shared by several pages is hashed into each of them", () => {
  const pages = copy(allPages());
  const article = pages.find((p) => p.kind === "article" && p.relatedArticles.length > 0);
  assert.ok(article && article.kind === "article");
  const card = article.relatedArticles[0]!;
  const topic = pages.find((p) => p.kind === "topic");
  assert.ok(topic && topic.kind === "topic");
  topic.items = [card, ...topic.items];
  const hash = descriptorHasher();
  const before = [hash(article), hash(topic)];
  card.title += " (updated)";
  // A new hasher: cards are taken to be unchanged within one build.
  const again = descriptorHasher();
  assert.notEqual(again(article), before[0]);
  assert.notEqual(again(topic), before[1]);
});

test("with the previous build's pages, an equal page keeps its previous hash and a changed one is hashed again", () => {
  const pages = allPages();
  const fresh = pages.map(descriptorHasher());
  // Stand-in hashes: a page found equal returns its previous hash as it is, without serialising the page.
  const previous = { pages: new Map(pages.map((p) => [p.url, p])), hashes: Object.fromEntries(pages.map((p) => [p.url, `kept:${p.url}`])) };
  assert.deepEqual(copy(pages).map(descriptorHasher(previous)), pages.map((p) => `kept:${p.url}`), "equal content, fresh objects");
  const edits: Array<(p: PageDescriptor) => boolean> = [
    (p) => p.kind === "article" && p.relatedArticles.length > 0 && ((p.relatedArticles[0]!.summary += "!"), true),
    (p) => p.kind === "topic" && p.items.length > 0 && ((p.items[0]!.topics = []), true),
    (p) => p.kind === "article" && ((p.body += " More."), true),
    (p) => p.kind === "topic" && p.overview !== null && ((p.overview.count += 1), true),
    (p) => "pager" in p && p.pager.olderUrl !== null && ((p.pager.olderUrl = "/x/"), true),
    (p) => p.kind === "feed" && p.entries.length > 0 && ((p.entries[0]!.body = "changed"), true),
    (p) => p.kind === "article" && (((p as unknown as Record<string, unknown>).extra = 1), true),
  ];
  for (const edit of edits) {
    const changed = copy(pages);
    const index = changed.findIndex(edit);
    assert.ok(index >= 0);
    const hashes = changed.map(descriptorHasher(previous));
    assert.equal(hashes[index], descriptorHasher()(changed[index]!), `page ${index} is hashed again`);
    assert.notEqual(hashes[index], fresh[index]);
  }
});
