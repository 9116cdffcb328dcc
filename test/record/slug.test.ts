import { test } from "node:test";
import assert from "node:assert/strict";
import { slugify } from "../../src/record/slug.ts";
import { articleSlug, articleUrl, utcDay } from "../../src/record/url.ts";

test("titles that differ only in case or punctuation get the same slug", () => {
  assert.equal(slugify("NATO chief: Russia is losing"), "nato-chief-russia-is-losing");
  assert.equal(slugify("Nato Chief — Russia Is Losing!"), "nato-chief-russia-is-losing");
  assert.equal(slugify("Russia’s Ukraine strikes ‘sign of weakness,’ says NATO chief"), "russias-ukraine-strikes-sign-of-weakness-says-nato-chief");
});

test("accents are dropped from Latin letters, other scripts are kept", () => {
  assert.equal(slugify("Kyïv: São Paulo Überraschung"), "kyiv-sao-paulo-uberraschung");
  assert.equal(slugify("Москва и Киев"), "москва-и-киев");
  assert.equal(slugify("الناتو يحذر روسيا"), "الناتو-يحذر-روسيا");
});

test("an empty slug falls back", () => {
  assert.equal(slugify("🔥🔥🔥", "fallback"), "fallback");
  assert.equal(slugify("   ", "x"), "x");
  assert.equal(articleSlug("🔥🔥", "000_abc.txt"), "000-abc");
  assert.match(articleSlug("🔥", "🔥.txt"), /^article-[0-9a-f]{8}$/);
});

test("long slugs are cut at a word boundary", () => {
  const slug = slugify("word ".repeat(40));
  assert.ok(slug.length <= 80);
  assert.ok(!slug.endsWith("-"));
  assert.match(slug, /^(word-)*word$/);
});

test("article URLs use the publication day in UTC", () => {
  assert.equal(articleUrl("2022-11-10T03:40", "x"), "/2022/11/10/x/");
  assert.equal(articleUrl("2022-11-10", "x"), "/2022/11/10/x/");
  assert.equal(articleUrl("2022-11-10T01:30+03:00", "x"), "/2022/11/09/x/");
  assert.equal(articleUrl("2022-11-10T23:30-05:00", "x"), "/2022/11/11/x/");
  assert.equal(articleUrl(null, "x"), "/undated/x/");
  assert.deepEqual(utcDay("2022-11-10T15:04+00:00"), ["2022", "11", "10"]);
});
