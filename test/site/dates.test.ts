import { test } from "node:test";
import assert from "node:assert/strict";
import { atomDate, formatDate, formatMonth, formatShortDate } from "../../src/site/dates.ts";

test("a date and time without a zone is shown as stated", () => {
  assert.equal(formatDate("2022-11-10T03:40"), "10 November 2022, 03:40");
});

test("the machine's time zone never shifts a displayed date", () => {
  const saved = process.env.TZ;
  try {
    for (const tz of ["Pacific/Kiritimati", "America/Los_Angeles", "Asia/Kolkata"]) {
      process.env.TZ = tz;
      assert.equal(formatDate("2022-11-10T03:40"), "10 November 2022, 03:40", tz);
      assert.equal(formatDate("2022-01-01"), "1 January 2022", tz);
      assert.equal(formatShortDate("2022-11-10T23:59+00:00"), "10 Nov 2022", tz);
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test("a stated offset is shown with the time", () => {
  assert.equal(formatDate("2022-11-10T15:04+00:00"), "10 November 2022, 15:04 GMT");
  assert.equal(formatDate("2022-11-10T15:04+03:00"), "10 November 2022, 15:04 GMT+03:00");
  assert.equal(formatDate("2022-11-10T15:04:30-05:30"), "10 November 2022, 15:04 GMT-05:30");
});

test("a date only shows the day; null shows Date unknown", () => {
  assert.equal(formatDate("2022-11-10"), "10 November 2022");
  assert.equal(formatDate(null), "Date unknown");
  assert.equal(formatShortDate(null), "Undated");
});

test("formatMonth names the month", () => {
  assert.equal(formatMonth("2022-02"), "February 2022");
});

test("atomDate adds the zone Atom requires, reading zone-less dates as UTC", () => {
  assert.equal(atomDate("2022-11-10"), "2022-11-10T00:00:00Z");
  assert.equal(atomDate("2022-11-10T03:40"), "2022-11-10T03:40:00Z");
  assert.equal(atomDate("2022-11-10T15:04+00:00"), "2022-11-10T15:04:00Z");
  assert.equal(atomDate("2022-11-10T15:04:09+03:00"), "2022-11-10T15:04:09+03:00");
  assert.equal(atomDate(null), null);
});
