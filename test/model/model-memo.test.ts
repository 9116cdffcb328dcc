/**
 * What a build session keeps of one model for the next (ModelMemo): the model is the same with it as without,
 * and an unchanged article keeps its entry and card objects, so the session's descriptor comparison sees them at once.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyseBytes } from "../../src/build/analyse.ts";
import { buildModel, ModelMemo, type ModelOptions } from "../../src/model/build-model.ts";
import type { AnalysedArticle } from "../../src/model/input.ts";
import type { ArticleCard, PageDescriptor } from "../../src/model/pages.ts";
import { DEFAULT_TOPICS_CONFIG } from "../../src/topics/config.ts";

const CORPUS = path.resolve("../shared/corpus/articles");
const analysed: AnalysedArticle[] = readdirSync(CORPUS)
  .sort()
  .slice(0, 40)
  .flatMap((name) => {
    const result = analyseBytes(readFileSync(path.join(CORPUS, name)), name);
    return result.ok ? [result.article] : [];
  });
const options: ModelOptions = { topicsConfig: DEFAULT_TOPICS_CONFIG, topicsFile: "topics.yaml", skipped: [], parseWarnings: [] };

/** Every card on the list pages (month, topic, source, …), by the article's URL. */
function cards(pages: readonly PageDescriptor[]): Map<string, ArticleCard> {
  const out = new Map<string, ArticleCard>();
  for (const p of pages) if ("items" in p && Array.isArray(p.items)) for (const card of p.items as ArticleCard[]) out.set(card.url, card);
  return out;
}

test("a kept model memo gives the model a fresh build gives, and keeps the entries of unchanged articles", () => {
  const memo = new ModelMemo();
  const first = buildModel(analysed, { ...options, memo });
  assert.deepEqual(first.pages, buildModel(analysed, options).pages);

  const again = buildModel(analysed, { ...options, memo });
  assert.deepEqual(again.pages, first.pages);
  const before = cards(first.pages);
  for (const [url, card] of cards(again.pages)) assert.equal(card, before.get(url), `${url}: the same card object`);

  // One article's topics change (as a hand-edited record's would): its entry is made again, the others are kept.
  const edited = analysed.map((a, i) => (i === 3 ? { ...a, topics: [{ name: "Harbour cranes", kind: "subject" as const, score: 9 }] } : a));
  const changed = buildModel(edited, { ...options, memo });
  assert.deepEqual(changed.pages, buildModel(edited, options).pages);
  const after = cards(changed.pages);
  const remade = [...after].filter(([url, card]) => card !== before.get(url)).map(([url]) => url);
  assert.ok(remade.length >= 1 && remade.length < after.size / 2, `remade: ${remade.join(", ")}`);
});

/** Pages by URL. */
function byUrl(pages: readonly PageDescriptor[]): Map<string, PageDescriptor> {
  return new Map(pages.map((p) => [p.url, p]));
}

test("a kept model memo keeps unchanged article and topic pages as the same objects, and remakes every changed one", () => {
  const memo = new ModelMemo();
  const first = buildModel(analysed, { ...options, memo });
  const again = buildModel(analysed, { ...options, memo });
  const before = byUrl(first.pages);
  for (const p of again.pages) {
    if (p.kind === "article" || p.kind === "topic" || (p.kind === "feed" && p.url.startsWith("/topics/"))) assert.equal(p, before.get(p.url), `${p.url}: the same page object`);
  }

  // Each step's model must equal a fresh build's: a kept page that should have changed fails here.
  const topicName = first.pages.find((p) => p.kind === "topic")!;
  const name = (topicName as { topic: { name: string } }).topic.name;
  const renamed = { ...DEFAULT_TOPICS_CONFIG, topics: { [name]: { name: "Renamed topic", description: "Now with a description." } } };
  // A description is on the topic's first page only, not on its articles' cards: nothing else changes.
  const described = { ...DEFAULT_TOPICS_CONFIG, topics: { [name]: { description: "Only a description." } } };
  const steps: Array<[string, AnalysedArticle[], ModelOptions]> = [
    ["one article removed", analysed.filter((_, i) => i !== 7), options],
    ["the article back", analysed, options],
    ["a topic renamed and described", analysed, { ...options, topicsConfig: renamed }],
    ["back to no settings", analysed, options],
    ["a topic described", analysed, { ...options, topicsConfig: described }],
    ["one article's topics changed", analysed.map((a, i) => (i === 5 ? { ...a, topics: [{ name: "Harbour cranes", kind: "subject" as const, score: 9 }] } : a)), options],
    ["only pinned topics and two-article topics", analysed.slice(0, 30), { ...options, topicsConfig: { ...DEFAULT_TOPICS_CONFIG, minArticlesForPage: 3 } }],
  ];
  let last = byUrl(again.pages);
  for (const [what, articles, stepOptions] of steps) {
    const kept = buildModel(articles, { ...stepOptions, memo });
    assert.deepEqual(kept.pages, buildModel(articles, stepOptions).pages, what);
    const reused = kept.pages.filter((p) => last.get(p.url) === p).length;
    assert.ok(reused > 0 && reused < kept.pages.length, `${what}: ${reused} of ${kept.pages.length} pages kept`);
    last = byUrl(kept.pages);
  }
});
