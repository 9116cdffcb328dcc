import { test } from "node:test";
import assert from "node:assert/strict";
import MarkdownIt from "markdown-it";
import { blocksToBody, bodyBlocks, bodyText, type BodyBlock } from "../../src/record/body.ts";

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

test("paragraph text renders verbatim, whatever markdown it looks like", () => {
  const blocks: BodyBlock[] = [
    { type: "paragraph", text: "1. Not a list <script>alert(1)</script> *not em* _x_ [a](javascript:alert(1)) & co" },
    { type: "heading", text: "ON CYBER DEFENSE #1" },
    { type: "paragraph", text: "- not a bullet" },
    { type: "paragraph", text: "# not a heading" },
    { type: "paragraph", text: "> not a quote" },
    { type: "paragraph", text: "12) still text" },
  ];
  const html = md.render(blocksToBody(blocks));
  assert.equal(
    html,
    "<p>1. Not a list &lt;script&gt;alert(1)&lt;/script&gt; *not em* _x_ [a](javascript:alert(1)) &amp; co</p>\n" +
      "<h2>ON CYBER DEFENSE #1</h2>\n<p>- not a bullet</p>\n<p># not a heading</p>\n<p>&gt; not a quote</p>\n<p>12) still text</p>\n",
  );
  assert.deepEqual(bodyBlocks(blocksToBody(blocks)), blocks);
});

test("bodyText gives plain text, one block per line", () => {
  const body = blocksToBody([
    { type: "paragraph", text: "First  paragraph\nwrapped." },
    { type: "heading", text: "Heading" },
    { type: "paragraph", text: "Second *one*." },
  ]);
  assert.equal(bodyText(body), "First paragraph wrapped.\nHeading\nSecond *one*.");
});
