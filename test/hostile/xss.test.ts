/**
 * Escaping everywhere: an archive whose titles, bodies, authors, outlets,
 * sections, topics, related headlines, summaries and file names are XSS payloads
 * (test/helpers/xss.ts), built end to end. Every output file of every page type
 * is parsed as a browser or feed reader would: payloads appear only as text,
 * no script or event handler or `javascript:` URL comes from article text, every
 * HTML page has a CSP allowing scripts from the site only, and the search data
 * scripts are inert literals.
 */
import { before, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { articlesFolder, buildInto, readTree } from "../helpers/site-tree.ts";
import { FILE_NAME_PAYLOADS, NAME_PAYLOADS, PAYLOADS, cspProblems, scanDataScript, scanHtml, scanXml, xssArticles } from "../helpers/xss.ts";

let tree: Map<string, Buffer>;

before(async () => {
  const dir = await articlesFolder(xssArticles());
  const { out } = await buildInto(dir);
  tree = await readTree(out);
});

/** The page types the site has, each with a test for its output path. */
const PAGE_TYPES: Array<[string, (rel: string) => boolean]> = [
  ["home", (r) => r === "index.html"],
  ["article (dated)", (r) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(r)],
  ["article (undated)", (r) => /^undated\/(?!page\/)[^/]+\/index\.html$/.test(r)],
  ["undated index", (r) => r === "undated/index.html"],
  ["topic", (r) => /^topics\/[^/]+\/index\.html$/.test(r)],
  ["topics index", (r) => r === "topics/index.html"],
  ["year", (r) => /^\d{4}\/index\.html$/.test(r)],
  ["month", (r) => /^\d{4}\/\d{2}\/index\.html$/.test(r)],
  ["outlet", (r) => /^sources\/[^/]+\/index\.html$/.test(r)],
  ["outlets index", (r) => r === "sources/index.html"],
  ["archive", (r) => r === "archive/index.html"],
  ["report", (r) => r === "report/index.html"],
  ["search page", (r) => r === "search/index.html"],
  ["site feed", (r) => r === "feed.xml"],
  ["topic feed", (r) => /^topics\/[^/]+\/feed\.xml$/.test(r)],
  ["sitemap", (r) => r === "sitemap.xml"],
  ["search data scripts", (r) => /^search\/.+\.js$/.test(r)],
];

test("the payload archive has every page type", () => {
  const missing = PAGE_TYPES.filter(([, is]) => ![...tree.keys()].some(is)).map(([name]) => name);
  assert.deepEqual(missing, []);
});

test("every HTML page: payloads only as text, no inline script or handler, a CSP with script-src 'self'", () => {
  const problems: string[] = [];
  for (const [rel, content] of tree) {
    if (!rel.endsWith(".html")) continue;
    const scan = scanHtml(content.toString());
    for (const p of [...scan.problems, ...cspProblems(scan.csp)]) problems.push(`${rel}: ${p}`);
  }
  assert.deepEqual(problems, []);
});

test("payloads really are on the pages, as text (the test is not vacuous)", () => {
  const article = [...tree].find(([rel, c]) => /^\d{4}\//.test(rel) && rel.endsWith("/index.html") && c.includes("Source file: <code>payload-00.txt</code>"));
  assert.ok(article, "the article page of payload-00.txt");
  const text = scanHtml(article![1].toString()).text;
  assert.ok(text.includes(PAYLOADS[0]!), "title payload shown as text");
  for (const p of PAYLOADS) assert.ok(text.includes(p.replace(/\u2028|\u2029/g, "").trim().slice(0, 20)) || text.includes(p.slice(0, 20)), `body payload shown: ${p.slice(0, 30)}`);
  assert.ok(text.includes(NAME_PAYLOADS[0]!), "author payload shown as text");
  assert.ok(text.includes("{{ 7*7 }}") && text.includes("${window.__xss=1}"), "template syntax is not evaluated");
  const report = scanHtml(tree.get("report/index.html")!.toString()).text;
  for (const f of FILE_NAME_PAYLOADS) assert.ok(report.includes(f) || [...tree.values()].some((c) => scanHtml(c.toString()).text.includes(f)), `file name ${f} appears as text`);
});

test("every feed and the sitemap: well-formed, no markup from article text, HTML content double-escaped", () => {
  const problems: string[] = [];
  for (const [rel, content] of tree) {
    if (!rel.endsWith(".xml")) continue;
    const xml = content.toString();
    for (const p of scanXml(xml)) problems.push(`${rel}: ${p}`);
    if (!xml.startsWith("<?xml")) problems.push(`${rel}: no XML declaration`);
  }
  assert.deepEqual(problems, []);
});

test("every search data script is inert literal data that keeps the payloads intact", () => {
  const problems: string[] = [];
  let sawPayload = false;
  for (const [rel, content] of tree) {
    if (!/^search\/.+\.js$/.test(rel)) continue;
    const { problems: p, data } = scanDataScript(content.toString());
    problems.push(...p.map((x) => `${rel}: ${x}`));
    if (JSON.stringify(data).includes(JSON.stringify(PAYLOADS[4]!).slice(1, -1))) sawPayload = true;
  }
  assert.deepEqual(problems, []);
  assert.ok(sawPayload, "a payload title survives, unchanged, in the search data");
});

test("no output file has a path outside the site or a name from raw payload characters", () => {
  for (const rel of tree.keys()) {
    assert.ok(!rel.split("/").some((s) => s === ".." || s === "."), rel);
    assert.doesNotMatch(rel, /[<>"'`{}$\\]/, `file name made from payload characters: ${rel}`);
  }
  assert.ok(path.posix.isAbsolute("/" + [...tree.keys()][0]!));
});

test("the checks themselves catch what they look for (so a green run means something)", () => {
  const bad = scanHtml(`<p title="x" onclick="y">a</p><script>alert(1)</script><a href=" jav&#x09;ascript:alert(1)">x</a><img id=xss src=x><iframe src=x></iframe>`);
  assert.equal(bad.inlineScripts, 1);
  for (const re of [/onclick/, /inline <script>/, /dangerous URL/, /id="xss"/, /<iframe>/]) assert.ok(bad.problems.some((p) => re.test(p)), `${re} in ${bad.problems.join(" | ")}`);
  assert.deepEqual(scanHtml(`<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;script&gt;</p>`).problems, [], "escaped payloads are text");
  assert.ok(cspProblems(null).length > 0);
  assert.ok(cspProblems("default-src 'self'; script-src 'self' 'unsafe-inline'").some((p) => /unsafe-inline/.test(p)));
  assert.deepEqual(cspProblems("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'"), []);
  assert.ok(scanXml(`<feed><entry><content type="html">&lt;script&gt;alert(1)&lt;/script&gt;</content></entry></feed>`).some((p) => /inline <script>/.test(p)), "single-escaped HTML in a feed is caught");
  assert.deepEqual(scanXml(`<feed><entry><content type="html">&amp;lt;script&amp;gt;</content></entry></feed>`), []);
  assert.ok(scanDataScript(`__newsArchiveSearch(1,"/x.js",{"t":"</script>"});`).problems.length > 0);
  assert.ok(scanDataScript(`__newsArchiveSearch(1,"/x.js",alert(1));`).problems.some((p) => /non-literal/.test(p)));
  assert.deepEqual(scanDataScript(`__newsArchiveSearch(1,"/x.js",{"t":"\\u003c/script\\u003e","n":[1,-2,null,true]});`).problems, []);
});
