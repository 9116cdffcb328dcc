/**
 * Issue 3: a line that recurs across several articles of the same outlet is
 * furniture, even when it reads like prose.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { promises as fs } from "node:fs";
import path from "node:path";
import { articlesFolder, buildInto } from "../helpers/site-tree.ts";
import { withEnv } from "../helpers/env.ts";
import { parseRecordFile } from "../../src/store/records.ts";
import { leakedFurniture, lineHash, lineSignature, RecurringLines, recurringLines } from "../../src/model/outlet-furniture.ts";
import { blocksToBody } from "../../src/record/body.ts";

const FOOTER = "The Harbor Ledger is an independent newsroom funded by its readers in Port Vell.";
/** Furniture the first parse keeps (it reads like the article's own last paragraph): only the re-parse drops it. */
const GRANT = "Our harbour reporting is supported by a grant from the Coastal Communities Fund this year.";
const stories = [
  ["Port authority approves second container terminal", "The port authority on Monday approved plans for a second container terminal, ending two years of debate over dredging the outer harbour."],
  ["Ferry strike ends after pay deal with crews", "Ferry crews returned to work on Wednesday after their union accepted a pay offer that raises wages by six percent over two years."],
  ["City council votes to restore tram line to old town", "The city council voted on Thursday to restore the tram line to the old town, closed since the 1970s, at a cost of 40 million."],
  ["Fishing quotas cut as cod stocks fall again", "Regional fisheries officials cut cod quotas by a fifth for next year after surveys showed stocks falling for the third year running."],
];

function page([title, lead]: string[], day: number): string {
  return [
    "The Harbor Ledger",
    "News | Business | Sport | Opinion",
    title,
    `Published ${day} March 2023`,
    "",
    lead,
    "",
    "Officials said the decision followed months of consultation with residents, businesses and unions across the region, and that work would begin within the year.",
    "",
    "Critics said the plans had been rushed and called for an independent review of the costs before any contracts were signed.",
    "",
    GRANT,
    "",
    FOOTER,
    "",
  ].join("\n");
}

test("recurring lines are counted per outlet, with a minimum share", () => {
  const record = (outlet: string) => ({ outlet }) as never;
  const lines = (text: string) => lineSignature(text);
  const articles = [1, 2, 3].map((i) => ({ record: record("A"), lines: lines(`x${i}\nShared line\n`) }));
  articles.push({ record: record("B"), lines: lines("Shared line\n") });
  const furniture = recurringLines(articles);
  assert.equal(furniture.get("A")?.size, 1);
  assert.equal(furniture.has("B"), false, "an outlet with fewer than 3 articles has no recurring lines");
  const leaked = leakedFurniture({ title: "T", summary: "", body: "Shared line\n\nOther", related: [] } as never, furniture.get("A")!);
  assert.equal(leaked.length, 1);
});

test("a session's kept line counts give the recurring lines a fresh count gives, as articles come, change and go", () => {
  type Article = { record: { file: string; outlet: string | null }; lines: number[] };
  let n = 0;
  const article = (outlet: string | null, ...shared: string[]): Article => ({ record: { file: `f${n++}.txt`, outlet }, lines: lineSignature([`own line ${n}`, ...shared].join("\n")) });
  let articles: Article[] = [
    ...[1, 2, 3, 4].map(() => article("A", "Menu", "Footer A")),
    ...[1, 2].map(() => article("B", "Menu")),
    article(null, "Menu"),
  ];
  const kept = new RecurringLines();
  const sorted = (m: Map<string, Set<number>>) => [...m].map(([o, s]) => [o, [...s].sort()] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  const check = (what: string) => assert.deepEqual(sorted(kept.update(articles as never)), sorted(recurringLines(articles as never)), what);
  check("first");
  check("nothing changed");
  articles.push(article("B", "Menu"));
  check("B reaches three articles");
  articles = articles.filter((a) => a.record.file !== "f0.txt");
  check("one of A deleted");
  articles = articles.map((a) => (a.record.file === "f1.txt" ? { record: a.record, lines: lineSignature("Only its own lines now") } : a));
  check("one of A edited");
  articles = articles.map((a) => (a.record.file === "f2.txt" ? { record: { ...a.record, outlet: "B" }, lines: a.lines } : a));
  check("one of A moved to B");
  for (let i = 0; i < 20; i++) articles.push(article("A", "Newsletter"));
  check("A grows: its minimum share rises past the old footer's count");
  articles = articles.filter((a) => a.record.outlet !== "B");
  check("B gone");
  assert.ok(kept.update(articles as never).has("A"));
});

async function buildHarbor(env: Record<string, string> = {}) {
  const dir = await articlesFolder(Object.fromEntries(stories.map((s, i) => [`harbor-${i}.txt`, page(s, i + 10)])));
  return withEnv(env, () => buildInto(dir));
}

test("a leaked line is found however its block is escaped, spaced or marked as a heading; long paragraphs are not lines", () => {
  const stars = "Share: " + "*".repeat(110); // 117 characters, written as 227 in the record (each * escaped)
  const spaced = "Follow   us\tfor more"; // collapses to a short line
  const heading = "Most read this week";
  const long = "A paragraph of prose. ".repeat(8); // 176 characters: never furniture by recurrence
  const body = blocksToBody([
    { type: "paragraph", text: "An opening paragraph that is long enough to be prose and not a line of page furniture at all." },
    { type: "paragraph", text: stars },
    { type: "heading", text: heading },
    { type: "paragraph", text: long },
  ]).replace("Share", "\n\n" + spaced + "\n\nShare");
  const hashes = [stars, "Follow us for more", heading, long.trim()].map(lineHash);
  const leaked = leakedFurniture({ title: "T", summary: "", body, related: [] } as never, new Set(hashes));
  assert.deepEqual(leaked, hashes.slice(0, 3).sort((a, b) => a - b));
});

// Both ways: parsed again in this thread, and (as in a cold build of a large archive) on the analysis workers.
for (const [how, env] of [["inline", {}], ["on worker threads", { NEWS_ARCHIVE_THREADS: "2", NEWS_ARCHIVE_POOL_MIN: "0" }]] as const)
test(`a prose-like footer shared by an outlet's articles leaves their bodies (re-parsed ${how})`, async () => {
  const { work, result } = await buildHarbor(env);
  assert.equal(result.published, 4);
  for (let i = 0; i < stories.length; i++) {
    const file = path.join(work, "records", `harbor-${i}.txt.md`);
    const record = parseRecordFile(await fs.readFile(file, "utf8"), file);
    assert.equal(record.outlet, "The Harbor Ledger");
    assert.ok(!record.body.includes("independent newsroom"), `footer left out of ${file}`);
    assert.ok(!record.body.includes("Coastal Communities Fund"), `recurring grant line left out of ${file}`);
    assert.match(record.body, /Critics said/);
  }
});
