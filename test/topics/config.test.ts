import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTopicsConfig } from "../../src/topics/config.ts";
import { ROOT } from "./helpers.ts";

test("no topics.yaml (empty text) is the default configuration", () => {
  const { config, warnings } = parseTopicsConfig("");
  assert.deepEqual(warnings, []);
  assert.deepEqual(config, { aliases: {}, merge: [], block: [], pin: [], topics: {}, minArticlesForPage: 2 });
});

test("docs/topics.example.yaml parses without warnings", () => {
  const { config, warnings } = parseTopicsConfig(readFileSync(join(ROOT, "docs/topics.example.yaml"), "utf8"));
  assert.deepEqual(warnings, []);
  assert.equal(config.aliases["Kiev"], "Kyiv");
  assert.equal(config.aliases["Zelensky"], "Volodymyr Zelenskyy");
});

test("every field is read", () => {
  const { config, warnings } = parseTopicsConfig(
    ["aliases:", "  Kiev: Kyiv", "merge:", "  - [European Union, EU]", "block: [Reuters]", "pin:", "- Valdoria", "topics:", "  NATO:", "    description: The alliance.", "    kind: organisation", "minArticlesForPage: 3"].join("\n"),
  );
  assert.deepEqual(warnings, []);
  assert.deepEqual(config, {
    aliases: { Kiev: "Kyiv" },
    merge: [["European Union", "EU"]],
    block: ["Reuters"],
    pin: ["Valdoria"],
    topics: { NATO: { description: "The alliance.", kind: "organisation" } },
    minArticlesForPage: 3,
  });
});

test("bad entries are skipped with warnings naming topics.yaml:LINE and the fix; good ones are kept", () => {
  const text = [
    "aliases:", //              1
    "  Kiev: Kyiv", //          2
    "  Zelensky: [a, b]", //    3
    "merge:", //                4
    "  - [EU]", //              5
    "block:", //                6
    "  - Reuters", //           7
    "  - 42", //                8
    "topics:", //               9
    "  Valdoria:", //           10
    "    kind: country", //     11
    "minArticlesForPage: 0", // 12
    "colour: blue", //          13
  ].join("\n");
  const { config, warnings } = parseTopicsConfig(text, "/site/topics.yaml");
  assert.deepEqual(warnings, [
    'topics.yaml:13: unknown field "colour"; expected one of aliases, merge, block, pin, topics, minArticlesForPage. It is ignored.',
    'topics.yaml:3: aliases: "Zelensky" must map to one name (text), e.g. "Zelensky: Canonical Name".',
    'topics.yaml:5: merge: entry 1 must be a list of at least two names, e.g. "- [European Union, EU]".',
    "topics.yaml:8: block: entry 2 must be a name (text), not 42.",
    'topics.yaml:10: topics: "Valdoria" kind: Invalid option: expected one of "person"|"place"|"organisation"|"subject"; use one of person, place, organisation, subject. The entry is ignored.',
    "topics.yaml:12: minArticlesForPage must be a whole number of at least 1 (got 0); using 2.",
  ]);
  assert.deepEqual(config.aliases, { Kiev: "Kyiv" });
  assert.deepEqual(config.block, ["Reuters"]);
  assert.equal(config.minArticlesForPage, 2);
});

test("invalid YAML is one warning with its line, never an exception", () => {
  const { config, warnings } = parseTopicsConfig("aliases:\n  Kiev: Kyiv\n  bad: [unclosed\n");
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /^topics\.yaml:\d+: not valid YAML/);
  assert.deepEqual(config.aliases, {});
  assert.deepEqual(parseTopicsConfig("- just\n- a list\n").warnings, ["topics.yaml:1: must be a mapping with the fields aliases, merge, block, pin, topics, minArticlesForPage; topics.yaml is ignored."]);
});
