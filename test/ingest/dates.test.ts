/**
 * Date reading: formats, published vs updated, zones, ambiguous numeric dates,
 * relative stamps, impossible dates. Computed in UTC: run under any TZ
 * (`TZ=Asia/Tokyo node --import tsx --test test/ingest/dates.test.ts`).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates, toIso } from "../../src/ingest/dates.ts";
import { chooseDates, disambiguate, isEmptyStamp, isRelativeStamp, stampDates } from "../../src/ingest/date-lines.ts";
import { toUnits } from "../../src/ingest/blocks.ts";

/** The ISO date of the first date in a line (ambiguous dates read day first). */
function iso(line: string): string | null {
  const h = findDates(line)[0];
  return h ? toIso(h.year, h.month, h.day, h.time, h.zone) : null;
}

const FORMATS: Array<[string, string]> = [
  ["Published On 27 Feb 2026", "2026-02-27"],
  ["Feb 26, 2026 | 9:05 AM", "2026-02-26T09:05"],
  ["Jun 14, 2023 | 5:48 PM", "2023-06-14T17:48"],
  ["27.02.2026 - Update : 27.02.2026", "2026-02-27"],
  ["February 27, 2026", "2026-02-27"],
  ["2022-11-10T14:32:00Z", "2022-11-10T14:32+00:00"],
  ["Updated: 2022-11-10T14:32:00+02:00", "2022-11-10T14:32+02:00"],
  ["2023-06-14", "2023-06-14"],
  ["Thursday 10 November 2022 15:04 GMT", "2022-11-10T15:04+00:00"],
  ["March 5, 2024 4:17 PM UTC", "2024-03-05T16:17+00:00"],
  ["03.02.2021 08:05", "2021-02-03T08:05"],
  ["14/07/2023 07:02", "2023-07-14T07:02"],
  ["14 de junio de 2023 - 10:45 CEST", "2023-06-14T10:45+02:00"],
  ["3 de marzo de 2024", "2024-03-03"],
  ["Publié le 14 juin 2023 à 10:45", "2023-06-14T10:45"],
  ["- Published Date: 03:40 | 10 November 2022", "2022-11-10T03:40"],
  ["Sun 9 Jun 2024 20.30 BST", "2024-06-09T20:30"],
  ["Thu 2 Dec 2021, 22:15", "2021-12-02T22:15"],
  ["5 October 2023, 06:30", "2023-10-05T06:30"],
  ["Published: 02 Dec 2021 - 18:40", "2021-12-02T18:40"],
  ["By Daniel Whitaker | July 19, 2021 at 04:12 PM", "2021-07-19T16:12"],
  ["Posted 03/04/2024 at 10:30 AM PT", "2024-04-03T10:30"],
  ["Sept. 28, 2021", "2021-09-28"],
  ["Tuesday, 2 April 2024", "2024-04-02"],
  ["12 PM? no: December 12, 2023 12:00 AM EST", "2023-12-12T00:00-05:00"],
];

for (const [line, expected] of FORMATS) {
  test(`date format: ${line}`, () => assert.equal(iso(line), expected));
}

test("no absolute date in relative or partial stamps", () => {
  for (const line of ["12 minutes ago", "Updated 2 hours ago", "on Tuesday", "March 7", "Tide times – Thursday 10 November", "Archives: March 2024", "Correction, Sept. 21:"]) {
    assert.deepEqual(findDates(line), [], line);
  }
  assert.ok(isRelativeStamp("12 minutes ago"));
  assert.ok(isRelativeStamp("Updated 2 hours ago"));
  assert.ok(isEmptyStamp("Published: Updated:"));
});

test("labels: published vs updated on one line", () => {
  const hits = findDates("Published September 20, 2022 · Updated September 21, 2022");
  assert.deepEqual(hits.map((h) => h.label), ["published", "updated"]);
  assert.deepEqual(findDates("05.12.2022 - Update : 06.12.2022").map((h) => h.label), [null, "updated"]);
  assert.deepEqual(findDates("- Modified Date: 03:58 | 10 November 2022").map((h) => h.label), ["updated"]);
  assert.deepEqual(findDates("Last Updated: 02 Dec 2021 - 21:05").map((h) => h.label), ["updated"]);
});

test("impossible dates and years out of range are flagged", () => {
  assert.match(findDates("31 February 2023")[0]!.problem ?? "", /not a real calendar date/);
  assert.match(findDates("10 November 1850")[0]!.problem ?? "", /outside 1900-2100/);
  assert.match(findDates("2150-01-01")[0]!.problem ?? "", /outside 1900-2100/);
});

test("ambiguous numeric dates carry the other reading", () => {
  const h = findDates("Posted on 10/11/2022")[0]!;
  assert.deepEqual([h.day, h.month], [10, 11]);
  assert.deepEqual(h.alt, { month: 10, day: 11 });
  assert.equal(findDates("14/07/2023")[0]!.alt, null);
  assert.equal(findDates("07/14/2023")[0]!.month, 7);
  assert.equal(findDates("10.11.2022")[0]!.alt, null, "dotted dates are day first");
});

test("ambiguous date resolved by a weekday in the text", () => {
  const h = findDates("Posted on 10/11/2022")[0]!;
  assert.deepEqual(disambiguate(h, { evidence: "The company said on Thursday that ..." }), { month: 11, day: 10 });
  const us = findDates("Posted 03/04/2024")[0]!;
  assert.deepEqual(disambiguate(us, { evidence: "Lumenta on Monday released ..." }), { month: 3, day: 4 });
});

test("ambiguous date resolved by a month name elsewhere on the page", () => {
  const h = findDates("03/04/2024")[0]!;
  assert.deepEqual(disambiguate(h, { evidence: "The conference runs through March 7." }), { month: 3, day: 4 });
});

test("ambiguous date resolved by the outlet convention", () => {
  const h = findDates("10/11/2022")[0]!;
  assert.deepEqual(disambiguate(h, { evidence: "", order: "MDY" }), { month: 10, day: 11 });
  assert.deepEqual(disambiguate(h, { evidence: "", order: "DMY" }), { month: 11, day: 10 });
});

test("ambiguous date without evidence stays null with a warning", () => {
  const units = toUnits("Allotment list grows\nPosted on 10/11/2022\nMore people than ever want a plot, the council said.");
  const c = chooseDates({ units, excluded: new Set(), bodyStart: 2, evidence: units.map((u) => u.text).join("\n") });
  assert.equal(c.date, null);
  assert.equal(c.source, "none");
  assert.deepEqual(c.warnings, ["line 2: ambiguous date 10/11/2022 (10 Nov or 11 Oct); add `date:` front matter"]);
});

test("a labelled publication stamp beats an unlabelled one and an updated one", () => {
  const units = toUnits("Headline here\nSun 9 Jun 2024 23.52 BST\nLast Updated: 10 Jun 2024\nBody text.\nFirst published on Sun 9 Jun 2024 20.30 BST");
  const c = chooseDates({ units, excluded: new Set(), bodyStart: 3, evidence: "" });
  assert.equal(c.date, "2024-06-09T20:30");
  assert.equal(c.source, "published-line");
  assert.equal(c.updated, "2024-06-10");
});

test("only an updated stamp: used as the date, source updated-line", () => {
  const units = toUnits("Headline here\nUpdated: 2022-11-10T14:32:00Z\nBody text.");
  const c = chooseDates({ units, excluded: new Set(), bodyStart: 2, evidence: "" });
  assert.equal(c.date, "2022-11-10T14:32+00:00");
  assert.equal(c.source, "updated-line");
});

test("dates inside sentences are not stamps", () => {
  assert.equal(stampDates("Supporters celebrate outside his headquarters in Vessk, Corvenia, March 3, 2024, after the result was announced."), null);
  assert.equal(stampDates("— Pazar Market (@PazarMarket) December 2, 2021"), null);
  assert.notEqual(stampDates("Issue 214 | 19 July 2021"), null);
});

test("results do not depend on the local time zone", () => {
  const before = process.env.TZ;
  process.env.TZ = "Asia/Tokyo";
  try {
    assert.equal(iso("Thursday 10 November 2022 23:30 GMT"), "2022-11-10T23:30+00:00");
    assert.equal(iso("1 January 2024"), "2024-01-01");
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
});
