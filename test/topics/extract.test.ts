/**
 * Extraction goldens: test/fixtures/topics/<case>.txt (raw article: title on
 * line 1, then the body) beside <case>.json (the expected topics). meta.json
 * holds each case's outlet and language, and the names it must and must not contain.
 * Regenerate the goldens after a deliberate change with UPDATE_GOLDENS=1.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { extractTopics } from "../../src/topics/extract.ts";
import { slugify } from "../../src/record/slug.ts";
import { ROOT, rawInput, parsedInput } from "./helpers.ts";

const DIR = join(ROOT, "test/fixtures/topics");
/** `parse`: run the raw page through the ingest parser (the two real sample pages); otherwise line 1 is the title. */
interface Meta { outlet: string | null; language: string; parse?: boolean; mustInclude: string[]; mustExclude?: string[]; knownMissing?: string[] }
const meta = JSON.parse(readFileSync(join(DIR, "meta.json"), "utf8")) as Record<string, Meta>;

for (const [name, m] of Object.entries(meta)) {
  test(`topics golden: ${name}`, () => {
    const raw = readFileSync(join(DIR, `${name}.txt`));
    const input = m.parse ? parsedInput(raw, `${name}.txt`) : rawInput(raw.toString("utf8"), m.outlet, m.language);
    const topics = extractTopics(input);
    const slugs = topics.map((t) => slugify(t.name));
    for (const n of m.mustInclude) assert.ok(slugs.includes(slugify(n)), `${name}: expected topic "${n}" in ${JSON.stringify(topics.map((t) => t.name))}`);
    for (const n of m.mustExclude ?? []) assert.ok(!topics.some((t) => t.name === n), `${name}: "${n}" must not be a topic`);
    assert.ok(topics.length <= 8);
    assert.equal(new Set(slugs).size, slugs.length, "no two topics share a slug");
    for (let i = 1; i < topics.length; i++) assert.ok(topics[i - 1]!.score >= topics[i]!.score, "most salient first");
    const actual = topics.map((t) => ({ name: t.name, kind: t.kind }));
    const golden = join(DIR, `${name}.json`);
    if (process.env.UPDATE_GOLDENS || !existsSync(golden)) writeFileSync(golden, JSON.stringify(actual, null, 2) + "\n");
    assert.deepEqual(actual, JSON.parse(readFileSync(golden, "utf8")));
  });
  for (const n of m.knownMissing ?? []) {
    // Known gap, kept visible: see docs/TOPICS.md "What is still wrong".
    test(`topics golden: ${name} includes ${n}`, { todo: "a single passing mention in the parsed body" }, () => {
      const raw = readFileSync(join(DIR, `${name}.txt`));
      const topics = extractTopics(m.parse ? parsedInput(raw, `${name}.txt`) : rawInput(raw.toString("utf8"), m.outlet, m.language));
      assert.ok(topics.some((t) => slugify(t.name) === slugify(n)));
    });
  }
}

test("the outlet's own name is not a topic of its articles", () => {
  const input = rawInput("Meridian Wire expands Valdoria bureau\nMeridian Wire said on Monday it would open a bureau in Orvana, Valdoria's capital.\nMeridian Wire editor Jon Bell said Valdoria mattered.", "Meridian Wire");
  const names = extractTopics(input).map((t) => t.name);
  assert.ok(!names.includes("Meridian Wire"), JSON.stringify(names));
  assert.ok(names.includes("Valdoria"));
});

test("possessives and demonyms map to the place: Russia's, Ukraine’s, Ukrainian", () => {
  const input = rawInput("Russia's strikes hit Ukraine’s grid\nUkrainian officials said Russia´s missiles hit power plants across Ukraine.\nRussian forces fired 40 missiles.");
  const names = extractTopics(input).map((t) => t.name);
  assert.deepEqual(names.slice(0, 2).sort(), ["Russia", "Ukraine"]);
  assert.ok(!names.some((n) => /Russian|Ukrainian|'s|’s/.test(n)), JSON.stringify(names));
});

test("a NATO chief is not a topic called chief; office titles are split from names", () => {
  const input = rawInput("NATO chief visits Rome\nNATO Secretary General Jens Stoltenberg met Italian Prime Minister Giorgia Meloni in Rome.\nThe NATO chief said Meloni was a strong ally. Stoltenberg thanked Italy.");
  const names = extractTopics(input).map((t) => t.name);
  for (const n of ["NATO", "Jens Stoltenberg", "Giorgia Meloni", "Italy"]) assert.ok(names.includes(n), `${n} in ${JSON.stringify(names)}`);
  for (const n of ["chief", "Chief", "Secretary General", "Prime Minister", "Italian Prime Minister Giorgia Meloni", "Stoltenberg", "Meloni"]) assert.ok(!names.includes(n), n);
});

test("empty and tiny articles give no junk", () => {
  assert.deepEqual(extractTopics({ title: "", summary: "", body: "", language: "en", outlet: null }), []);
  assert.deepEqual(extractTopics({ title: "Photo", summary: "", body: "Read more", language: "en", outlet: null }), []);
  assert.deepEqual(extractTopics({ title: "The", summary: "", body: "But Monday.\n\nMay 2023", language: "und", outlet: null }), []);
});

test("Nord Stream: a multi-word name mentioned once mid-sentence, and in a related headline, is a topic", () => {
  const raw = readFileSync(join(DIR, "sample-alarabiya-nato.txt"));
  const names = extractTopics(parsedInput(raw, "sample-alarabiya-nato.txt")).map((t) => t.name);
  for (const n of ["NATO", "Jens Stoltenberg", "Nord Stream"]) assert.ok(names.includes(n), `${n} in ${JSON.stringify(names)}`);
  // The same article without its related list still names the pipelines once, mid-sentence: it fills a free slot.
  const short = rawInput("Leaks hit Baltic pipelines\nSweden and Denmark are probing suspicious leaks in the Nord Stream gas pipelines, officials said.\nThe leaks were found on Monday.");
  assert.ok(extractTopics(short).some((t) => t.name === "Nord Stream"));
});

test("related headlines strengthen the article's names but add none of their own", () => {
  const base = rawInput("Talks resume in Orvana\nNegotiators from Valdoria met in Orvana on Monday. Orvana hosted the talks.\nThe Valdoria delegation left. Officials said more talks would follow about the Halden Bank wind farm.");
  const without = extractTopics(base);
  const withRelated = extractTopics({ ...base, related: ["Halden Bank wind farm delayed", "Marovia elects new president"] });
  assert.ok(!withRelated.some((t) => t.name === "Marovia"), JSON.stringify(withRelated));
  const score = (list: typeof without, n: string) => list.find((t) => t.name === n)?.score ?? 0;
  assert.ok(score(withRelated, "Halden Bank") > score(without, "Halden Bank"));
});

test("subject phrases are recurring noun phrases: not 'Heavy pressure', 'Reach villages', 'Villages cut'", () => {
  const input = rawInput(
    "Floods cut off villages as heavy pressure mounts on river levels\n" +
      "Rescuers could not reach villages cut off by the floods, and heavy pressure is on the government.\n" +
      "Crews tried to reach villages cut off in the north. Heavy pressure from residents grew as river levels rose.\n" +
      "Engineers said the river levels had not been this high since 2019.",
  );
  const names = extractTopics(input).map((t) => t.name.toLowerCase());
  for (const junk of ["heavy pressure", "reach villages", "villages cut"]) assert.ok(!names.includes(junk), `${junk} in ${JSON.stringify(names)}`);
  assert.ok(names.includes("river levels"), JSON.stringify(names));
});

test("kinds from context: Lumenta (company) and Kalvik Energi are organisations, Seydou Bah a person", () => {
  const input = rawInput(
    "Lumenta unveils compact AI model\n" +
      "Analysts said Lumenta unveiled the model on Monday in Northgate. Kalvik Energi and the grid operator signed a deal.\n" +
      "\"There is no incentive,\" said Seydou Bah, a hydrologist. Lumenta said the model runs offline. Kalvik Energi said it agreed.",
  );
  const kinds = Object.fromEntries(extractTopics(input).map((t) => [t.name, t.kind]));
  assert.equal(kinds["Lumenta"], "organisation", JSON.stringify(kinds));
  assert.equal(kinds["Kalvik Energi"], "organisation", JSON.stringify(kinds));
  assert.equal(kinds["Seydou Bah"], "person", JSON.stringify(kinds));
});

test("an office before an institution's name does not make it a person ('Minister of Choutelstad City Water Holdings')", () => {
  const input = rawInput("Water utility fined\nCarmen Triowaindani, Minister of Choutelstad City Water Holdings, visited Haimabad.\nChoutelstad City Water Holdings said it would pay. Minister Carmen Triowaindani said the fine was fair.");
  const kinds = Object.fromEntries(extractTopics(input).map((t) => [t.name, t.kind]));
  assert.equal(kinds["Choutelstad City Water Holdings"], "organisation", JSON.stringify(kinds));
  assert.equal(kinds["Carmen Triowaindani"], "person", JSON.stringify(kinds));
});
