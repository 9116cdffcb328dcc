import { cpus, loadavg } from "node:os";
import { test } from "node:test";
import assert from "node:assert/strict";
import { fingerprint, relatedArticles, type RelatedInput } from "../../src/similarity/index.ts";
import { shuffled, syntheticArchive } from "./synthetic.ts";

const STORIES: Record<string, string[]> = {
  cable: [
    "Subsea power cable damaged. Investigators examine a cargo ship after the subsea cable linking Estmark and Valdoria was damaged; the grid operator says the interconnector is out for weeks.",
    "Grid operator warns of tight supply after cable fault. The subsea interconnector outage leaves the grid operator short of capacity and power prices rise.",
    "Navy patrols subsea cables. Governments step up patrols near subsea power cables and pipelines after the interconnector damage.",
    "Cable repair ship booked for July. A cable-laying vessel will repair the damaged subsea power cable, the grid operator said.",
  ],
  election: [
    "Valdoria votes in snap election. Voters in Valdoria elect a new parliament; the governing party trails in polls as turnout rises.",
    "Election count delayed. Officials in Valdoria delay the election count after ballot papers go missing in two districts; parliament convenes later.",
    "Coalition talks begin after election. The party leaders start coalition talks after the parliament election left no majority.",
  ],
  football: [
    "Harbor City win the cup final. A late goal gives Harbor City the cup in front of a record crowd; the coach praises the defence.",
    "Striker signs new contract. The club's top striker signs a new contract after a season of goals; the coach calls him the heart of the team.",
  ],
};

function smallArchive(): RelatedInput[] {
  const docs: RelatedInput[] = [];
  let day = 1;
  for (const [topic, texts] of Object.entries(STORIES)) {
    texts.forEach((text, i) => {
      docs.push({ id: `${topic}-${i}`, topics: [topic, "valdoria-news"], fp: fingerprint(text), date: `2023-06-${String(day++).padStart(2, "0")}` });
    });
  }
  return docs;
}


test("related: an article about X lists the other X articles before unrelated ones", () => {
  const related = relatedArticles(smallArchive(), 5);
  for (const [topic, texts] of Object.entries(STORIES)) {
    for (let i = 0; i < texts.length; i++) {
      const list = related.get(`${topic}-${i}`)!;
      const same = list.slice(0, texts.length - 1);
      assert.ok(same.every((id) => id.startsWith(topic + "-")), `${topic}-${i}: ${list.join(", ")}`);
      assert.ok(!list.includes(`${topic}-${i}`), "never itself");
    }
  }
});

test("related: text alone (no topics) and topics alone (no text) both rank the same story first", () => {
  const textOnly = smallArchive().map((d) => ({ ...d, topics: [] }));
  const byText = relatedArticles(textOnly, 3).get("cable-0")!;
  assert.ok(byText.every((id) => id.startsWith("cable-")), byText.join(", "));
  const topicsOnly: RelatedInput[] = smallArchive().map((d) => ({ ...d, fp: { ...d.fp, terms: [], counts: [] } }));
  const byTopics = relatedArticles(topicsOnly, 2).get("election-1")!;
  assert.deepEqual(byTopics, ["election-0", "election-2"], "ties in id order");
});

test("related: rare topics count for more than a topic every article has", () => {
  const docs: RelatedInput[] = smallArchive().map((d) => ({ ...d, fp: { ...d.fp, terms: [], counts: [] } }));
  docs.push({ id: "wide-0", topics: ["valdoria-news"], fp: fingerprint(""), date: "2023-06-30" });
  const list = relatedArticles(docs, 3).get("football-0")!;
  assert.deepEqual(list.slice(0, 1), ["football-1"]);
});

test("related: exact duplicates are not related to each other, and only the first copy is listed", () => {
  const docs = smallArchive();
  const copyOf = docs.find((d) => d.id === "cable-1")!;
  docs.push({ ...copyOf, id: "cable-9-copy", date: "2023-07-01" });
  const related = relatedArticles(docs, 5);
  assert.ok(!related.get("cable-1")!.includes("cable-9-copy"), "not the copy of itself");
  assert.ok(!related.get("cable-9-copy")!.includes("cable-1"), "not the original of itself");
  for (const id of ["cable-0", "cable-2", "cable-3"]) {
    assert.ok(related.get(id)!.includes("cable-1"), id);
    assert.ok(!related.get(id)!.includes("cable-9-copy"), id);
  }
});

test("related: the result does not depend on input order", () => {
  const docs = syntheticArchive(3000, 4);
  const a = [...relatedArticles(docs, 5)];
  const b = [...relatedArticles(shuffled(docs, 9), 5)];
  assert.deepEqual(b, a);
  assert.deepEqual(a.map(([id]) => id), docs.map((d) => d.id).sort(), "keys in id order");
});

test("related: adding an unrelated article far away in time changes no other article's list", () => {
  const docs = syntheticArchive(3000, 6);
  const before = relatedArticles(docs, 5);
  const stranger: RelatedInput = { id: "a000000-new", topics: ["topic-0", "far-away"], fp: fingerprint("Zyxx qwopp blorf."), date: "1990-01-01" };
  const after = relatedArticles([...docs, stranger], 5);
  // It shares the huge topic-0 but sits years before every other article: only the earliest few can see it.
  const changed = docs.filter((d) => JSON.stringify(after.get(d.id)) !== JSON.stringify(before.get(d.id))).map((d) => d.id);
  assert.ok(changed.length <= 16, `${changed.length} lists changed`);
  const unrelated: RelatedInput = { id: "zz-unrelated", topics: ["far-away"], fp: fingerprint("Zyxx qwopp blorf."), date: "2035-01-01" };
  const after2 = relatedArticles([...docs, unrelated], 5);
  for (const d of docs) assert.deepEqual(after2.get(d.id), before.get(d.id), d.id);
});

test("related: k limits the list, and an archive of one article has no related articles", () => {
  const docs = syntheticArchive(500, 2);
  for (const list of relatedArticles(docs, 3).values()) assert.ok(list.length <= 3, list.join(", "));
  assert.deepEqual([...relatedArticles(docs.slice(0, 1), 5)], [[docs[0]!.id, []]]);
  assert.deepEqual([...relatedArticles([], 5)], []);
});

const LINEAR_BOUND = 10;

test("related: time grows linearly with the archive, even with one topic on half of all articles", (t) => {
  const archives = new Map([5000, 20000].map((n) => [n, syntheticArchive(n, n)]));
  for (const [n, docs] of archives) {
    const related = relatedArticles(docs, 5);
    const topicsOf = new Map(docs.map((d) => [d.id, new Set(d.topics)]));
    let listed = 0;
    let sharing = 0;
    for (const d of docs) {
      for (const r of related.get(d.id)!) {
        listed++;
        if (d.topics.some((t) => t !== "topic-0" && topicsOf.get(r)!.has(t))) sharing++;
      }
    }
    console.log(`relatedArticles: ${n} docs, ${((100 * sharing) / listed).toFixed(1)}% of listed share a topic other than topic-0`);
    assert.ok(sharing / listed > 0.8, "most related articles share a specific topic");
  }
  // A complexity check, not a speed target (those live in `npm run bench`): 4× the documents must
  // cost well under 16× the time, which is what a quadratic step would give. Per-document cost
  // still grows a little with the archive (more candidates, colder caches), so the bound is 10.
  // CPU time (steadier than wall time when other processes share the machine), best of two
  // interleaved runs; a timing disturbed by a busy machine is measured again, up to three times.
  const ratios: number[] = [];
  for (let attempt = 0; attempt < 3 && !(ratios.at(-1)! < LINEAR_BOUND); attempt++) {
    const best = new Map<number, number>();
    for (let round = 0; round < 2; round++) {
      for (const [n, docs] of archives) {
        const cpu = process.cpuUsage();
        relatedArticles(docs, 5);
        best.set(n, Math.min(best.get(n) ?? Infinity, process.cpuUsage(cpu).user / 1000));
      }
    }
    for (const [n, ms] of best) console.log(`relatedArticles: ${n} docs in ${ms.toFixed(0)} ms CPU (${((ms * 1000) / n).toFixed(1)} µs/doc)`);
    ratios.push(best.get(20000)! / best.get(5000)!);
    console.log(`relatedArticles: 20,000 / 5,000 docs time ratio ${ratios.at(-1)!.toFixed(2)} (4 = linear)`);
  }
  // On a machine running more than two jobs per core, other processes evict this one's caches
  // and the larger archive suffers more; the ratio is still logged, but not asserted.
  const load = loadavg()[0]!;
  if (ratios.at(-1)! >= LINEAR_BOUND && load > 2 * cpus().length) {
    t.skip(`machine overloaded (load average ${load.toFixed(1)} on ${cpus().length} cores): ratios ${ratios.map((r) => r.toFixed(2)).join(", ")} not asserted`);
    return;
  }
  assert.ok(ratios.at(-1)! < LINEAR_BOUND, `ratios ${ratios.map((r) => r.toFixed(2)).join(", ")}`);
});
