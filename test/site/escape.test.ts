import { test } from "node:test";
import assert from "node:assert/strict";
import { escapeAttr, escapeHtml, escapeXml } from "../../src/site/escape.ts";
import { renderBody } from "../../src/site/markdown.ts";
import { blocksToBody } from "../../src/record/body.ts";

test("escapeHtml and escapeAttr escape the five special characters", () => {
  assert.equal(escapeHtml(`<script>alert("x")</script> & 'y'`), "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  assert.equal(escapeAttr(`"><img src=x onerror=alert(1)>`), "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
});

test("escapeXml escapes and drops characters XML 1.0 forbids", () => {
  assert.equal(escapeXml(`a<b>&"c'\u0000\u0008\u000B\uFFFF\uD800 d\te\n`), "a&lt;b&gt;&amp;&quot;c&apos; d\te\n");
  assert.equal(escapeXml("😀"), "😀");
});

test("renderBody renders record bodies verbatim", () => {
  const body = blocksToBody([
    { type: "paragraph", text: "1. Not a list, *not emphasis*, <b>not bold</b> & [not a link](https://x.org)" },
    { type: "heading", text: "A heading" },
  ]);
  assert.equal(
    renderBody(body),
    "<p>1. Not a list, *not emphasis*, &lt;b&gt;not bold&lt;/b&gt; &amp; [not a link](https://x.org)</p>\n<h2>A heading</h2>\n",
  );
});

test("renderBody drops raw HTML, links and images from hand-edited markdown", () => {
  const html = renderBody(
    "Raw <script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) [site](https://evil.example/) ![alt <b>](https://evil.example/x.png) <https://evil.example/auto>",
  );
  assert.doesNotMatch(html, /<(?:script|img|a)\b|\b(?:href|src)="/i);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /\bsite\b/);
  assert.match(html, /alt &lt;b&gt;/);
});
