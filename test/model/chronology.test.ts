import { test } from "node:test";
import assert from "node:assert/strict";
import { compareNewestFirst, monthLabel, monthRange, timeKey } from "../../src/model/chronology.ts";

test("time keys honour a stated zone and take unzoned times as printed", () => {
  assert.equal(timeKey("2022-11-10"), "2022-11-10T00:00:00");
  assert.equal(timeKey("2022-11-10T03:40"), "2022-11-10T03:40:00");
  assert.equal(timeKey("2022-11-10T03:40+02:00"), "2022-11-10T01:40:00");
  assert.equal(timeKey(null), null);
});

test("newest first, undated last, ties by URL", () => {
  const items = [
    { key: null, url: "/undated/b/" },
    { key: "2022-01-01T00:00:00", url: "/2022/01/01/b/" },
    { key: "2023-01-01T00:00:00", url: "/2023/01/01/a/" },
    { key: "2022-01-01T00:00:00", url: "/2022/01/01/a/" },
    { key: null, url: "/undated/a/" },
  ];
  assert.deepEqual(items.sort(compareNewestFirst).map((i) => i.url), ["/2023/01/01/a/", "/2022/01/01/a/", "/2022/01/01/b/", "/undated/a/", "/undated/b/"]);
});

test("month ranges and labels", () => {
  assert.deepEqual(monthRange("2022-11", "2023-02"), ["2022-11", "2022-12", "2023-01", "2023-02"]);
  assert.equal(monthLabel("2022-11"), "November 2022");
});
