import { test } from "node:test";
import assert from "node:assert/strict";
import { canonicaliseTopics } from "../../src/topics/archive.ts";
import { DEFAULT_TOPICS_CONFIG, parseTopicsConfig, type TopicsConfig } from "../../src/topics/config.ts";
import { extractTopics, type TopicCandidate } from "../../src/topics/extract.ts";
import { corpusFiles, corpusInput } from "./helpers.ts";

const c = (name: string, kind: TopicCandidate["kind"] = "person", score = 1): TopicCandidate => ({ name, kind, score });
const yaml = (text: string): TopicsConfig => {
  const { config, warnings } = parseTopicsConfig(text);
  assert.deepEqual(warnings, []);
  return config;
};

test("Zelensky, Zelenskyy, Zelenskiy and Volodymyr Zelenskyy are one topic", () => {
  const out = canonicaliseTopics(
    [
      { id: "a", topics: [c("Volodymyr Zelenskyy"), c("Kyiv", "place")] },
      { id: "b", topics: [c("Zelensky", "place")] },
      { id: "c", topics: [c("Volodymyr Zelenskyy"), c("Zelenskiy")] },
      { id: "d", topics: [c("Volodymyr Zelensky")] },
      { id: "e", topics: [c("Volodymyr Zelenskyy")] },
    ],
    DEFAULT_TOPICS_CONFIG,
  );
  assert.deepEqual([...out.topics.keys()], ["kyiv", "volodymyr-zelenskyy"]);
  const z = out.topics.get("volodymyr-zelenskyy")!;
  assert.equal(z.name, "Volodymyr Zelenskyy");
  assert.equal(z.kind, "person");
  assert.equal(z.count, 5);
  assert.deepEqual(out.articles.get("c"), [{ slug: "volodymyr-zelenskyy", name: "Volodymyr Zelenskyy", kind: "person" }]);
});

test("NATO and Nato are one topic named by the most frequent spelling", () => {
  const out = canonicaliseTopics(
    [
      { id: "1", topics: [c("NATO", "organisation")] },
      { id: "2", topics: [c("Nato", "organisation")] },
      { id: "3", topics: [c("NATO", "place")] },
    ],
    DEFAULT_TOPICS_CONFIG,
  );
  assert.deepEqual([...out.topics.values()], [{ slug: "nato", name: "NATO", kind: "organisation", description: null, pinned: false, count: 3 }]);
});

test("Kiev and Kyiv merge through an alias; the alias target is the name", () => {
  const articles = [
    { id: "1", topics: [c("Kiev", "place")] },
    { id: "2", topics: [c("Kyiv", "place")] },
    { id: "3", topics: [c("Kiev", "place")] },
  ];
  assert.equal(canonicaliseTopics(articles, DEFAULT_TOPICS_CONFIG).topics.size, 2, "different vowels: not merged by rule");
  const out = canonicaliseTopics(articles, yaml("aliases:\n  Kiev: Kyiv\n"));
  assert.deepEqual([...out.topics.values()].map((t) => [t.slug, t.name, t.count]), [["kyiv", "Kyiv", 3]]);
});

test("merge, block, pin and topic settings from topics.yaml", () => {
  const config = yaml(
    ["merge:", "  - [European Union, EU]", "block: [Reuters]", "pin: [Valdoria, Nowhere]", "topics:", "  EU:", "    description: The union.", "    kind: organisation"].join("\n"),
  );
  const out = canonicaliseTopics(
    [
      { id: "1", topics: [c("EU", "place"), c("Reuters", "organisation"), c("Valdoria", "place")] },
      { id: "2", topics: [c("European Union", "organisation"), c("reuters", "organisation")] },
    ],
    config,
  );
  assert.deepEqual([...out.topics.values()], [
    { slug: "european-union", name: "European Union", kind: "organisation", description: "The union.", pinned: false, count: 2 },
    { slug: "valdoria", name: "Valdoria", kind: "place", description: null, pinned: true, count: 1 },
  ]);
  assert.deepEqual(out.articles.get("1")!.map((t) => t.slug), ["european-union", "valdoria"]);
  assert.deepEqual(out.warnings, ['topics.yaml: pinned topic "Nowhere" is in no article; check its spelling or remove it from pin.']);
});

test("a lone surname joins the one full name it belongs to, not one shared by two people", () => {
  const out = canonicaliseTopics(
    [
      { id: "1", topics: [c("Jens Stoltenberg"), c("Lars Halvorsen")] },
      { id: "2", topics: [c("Stoltenberg", "organisation")] },
      { id: "3", topics: [c("Halvorsen"), c("Maja Halvorsen")] },
      { id: "4", topics: [c("Russia", "place"), c("Anna Russia")] },
    ],
    DEFAULT_TOPICS_CONFIG,
  );
  assert.equal(out.topics.get("jens-stoltenberg")!.count, 2);
  assert.ok(!out.topics.has("stoltenberg"));
  assert.ok(out.topics.has("halvorsen"), "two Halvorsens: ambiguous, left alone");
  assert.ok(out.topics.has("russia"), "a known place never joins a person");
});

test("per article: at most 8, salience order kept, no duplicates", () => {
  const topics = ["A One", "Nato", "NATO", "B Two", "C Three", "D Four", "E Five", "F Six", "G Seven", "H Eight", "I Nine"].map((n) => c(n, "subject"));
  const out = canonicaliseTopics([{ id: "x", topics }], DEFAULT_TOPICS_CONFIG);
  const list = out.articles.get("x")!.map((t) => t.name);
  assert.deepEqual(list, ["A One", "NATO", "B Two", "C Three", "D Four", "E Five", "F Six", "G Seven"]);
});

test("determinism: shuffled input gives identical output (corpus)", () => {
  const articles = corpusFiles().map((f) => ({ id: f, topics: extractTopics(corpusInput(f)) }));
  const config = yaml("aliases:\n  Kiev: Kyiv\npin: [Valdoria]\n");
  const a = canonicaliseTopics(articles, config);
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let r = 0; r < 5; r++) {
    const shuffled = [...articles].sort(() => rnd() - 0.5).map((x) => ({ ...x, topics: [...x.topics] }));
    const b = canonicaliseTopics(shuffled, config);
    assert.deepEqual([...b.topics], [...a.topics]);
    assert.deepEqual([...b.articles].sort(), [...a.articles].sort());
  }
  const v = a.topics.get("valdoria")!;
  assert.ok(v.count >= 8 && v.pinned && v.kind === "place", JSON.stringify(v));
});

test("archive merging is fast: 100,000 synthetic articles", (t) => {
  const names = Array.from({ length: 5000 }, (_, i) => `Name${i} Person${i % 997}`);
  const articles = Array.from({ length: 100_000 }, (_, i) => ({ id: `a${i}`, topics: Array.from({ length: 8 }, (_, k) => c(names[(i * 7 + k * 131) % names.length]!)) }));
  const t0 = performance.now();
  const out = canonicaliseTopics(articles, DEFAULT_TOPICS_CONFIG);
  const ms = performance.now() - t0;
  t.diagnostic(`canonicaliseTopics: 100,000 articles × 8 topics in ${ms.toFixed(0)} ms`);
  assert.equal(out.articles.size, 100_000);
  assert.ok(ms < 10_000);
});
