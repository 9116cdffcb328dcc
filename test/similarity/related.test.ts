import { cpus, loadavg } from "node:os";
import { test } from "node:test";
import assert from "node:assert/strict";
import { fingerprint, relatedArticles, RelatedMemo, type RelatedInput } from "../../src/similarity/index.ts";
import { random, shuffled, syntheticArchive } from "./synthetic.ts";

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

test("related: a memo kept between calls gives the lists a fresh call gives, through additions, edits, deletions and duplicates", () => {
  const all = syntheticArchive(2600, 9);
  const rnd = random(4);
  let docs = all.slice(0, 2000);
  let spare = all.slice(2000);
  const memo = new RelatedMemo();
  const sizes: number[] = [];
  const check = (what: string) => {
    const kept = relatedArticles(shuffled(docs, sizes.length), 5, memo);
    assert.deepEqual([...kept], [...relatedArticles(docs, 5)], what);
    sizes.push(memo.scored);
  };
  check("first call");
  check("nothing changed");
  assert.equal(memo.scored, 0, "nothing changed: nothing scored");
  const pick = () => Math.floor(rnd() * docs.length);
  const steps: Array<[string, () => void]> = [
    ["add", () => void (docs = [...docs, spare[0]!], (spare = spare.slice(1)))],
    ["delete", () => void docs.splice(pick(), 1)],
    ["edit terms", () => {
      const i = pick();
      const d = docs[i]!;
      docs[i] = { ...d, fp: { ...d.fp, terms: [...d.fp.terms.slice(1), `fresh${sizes.length}`], counts: [...d.fp.counts.slice(1), 2] } };
    }],
    ["move in time", () => {
      const i = pick();
      docs[i] = { ...docs[i]!, date: `20${10 + Math.floor(rnd() * 15)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}` };
    }],
    ["change topics", () => {
      const i = pick();
      docs[i] = { ...docs[i]!, topics: [...docs[i]!.topics.slice(1), `topic-${1 + Math.floor(rnd() * 100)}`] };
    }],
    ["undate", () => {
      const i = pick();
      docs[i] = { ...docs[i]!, date: null };
    }],
    // Exact copies (same text hash) elsewhere in time; the first in id order is the one listed.
    ["add a copy", () => void (docs = [...docs, { ...docs[pick()]!, id: `copy-${sizes.length}`, date: "2019-05-05" }])],
    ["add a copy listed instead of its original", () => void (docs = [...docs, { ...docs[pick()]!, id: `0copy-${sizes.length}`, date: "2021-07-07" }])],
    ["delete the original of a copy", () => {
      const copy = docs.find((d) => d.id.includes("copy-"))!;
      docs = docs.filter((d) => d.id === copy.id || d.fp.hash !== copy.fp.hash);
    }],
    ["add and delete several", () => {
      docs.splice(pick(), 3);
      docs = [...docs, ...spare.slice(0, 5)];
      spare = spare.slice(5);
    }],
  ];
  for (let round = 0; round < 6; round++) for (const [what, step] of steps) {
    step();
    check(`${what}, round ${round}`);
  }
  // Not a full scoring each time: most changes reach a part of the archive (here, of only 2,000 articles, the
  // neighbours of a key that moved to another octave are often a large part of it).
  const partial = sizes.slice(2).filter((s) => s < docs.length / 2).length;
  assert.ok(partial >= (sizes.length - 2) / 2, `scored per call: ${sizes.join(" ")}`);
});

test("related: with a memo, a copy that takes over from its original far away in time is listed where the original was", () => {
  // 100 articles a day apart with the same one topic and one word (their texts differ in a number only, which is
  // no term): each is related to its neighbours in time only, and a copy moves no key to another octave.
  const day = (d: number) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10);
  const docs: RelatedInput[] = Array.from({ length: 100 }, (_, i) => ({ id: `b${String(i).padStart(3, "0")}`, topics: ["harbour"], fp: fingerprint(`Story ${i}.`), date: day(i) }));
  const memo = new RelatedMemo();
  relatedArticles(docs, 5, memo);
  // A copy of b005 (same text), dated 90 days later, whose id comes first: the neighbours of b005 now list it instead.
  const copy: RelatedInput = { ...docs[5]!, id: "a-copy", date: day(95) };
  const withCopy = relatedArticles([...docs, copy], 5, memo);
  assert.deepEqual([...withCopy], [...relatedArticles([...docs, copy], 5)]);
  assert.ok(withCopy.get("b004")!.includes("a-copy"), withCopy.get("b004")!.join(", "));
  // And back when the copy is deleted.
  assert.deepEqual([...relatedArticles(docs, 5, memo)], [...relatedArticles(docs, 5)]);
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
