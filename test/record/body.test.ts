import { test } from "node:test";
import assert from "node:assert/strict";
import MarkdownIt from "markdown-it";
import fc from "fast-check";
import { blocksToBody, bodyBlocks, bodyText, collapseSpaces, type BodyBlock } from "../../src/record/body.ts";

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

test("collapseSpaces is replace(/\\s+/g, \" \") for any text, including every kind of Unicode whitespace", () => {
  // Every character \s matches, and a few that it does not (zero-width space, NUL, letters).
  const chars = [" ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\u200b", "\0", "a", "Z", "é", "#", "\\"];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (parts) => {
      const text = parts.join("");
      assert.equal(collapseSpaces(text), text.replace(/\s+/g, " "));
    }),
    { numRuns: 5000 },
  );
  const single = "one space between each word";
  assert.equal(collapseSpaces(single), single);
});

test("bodyBlocks reads back escaped text and headings with odd whitespace as it always did", () => {
  const body = "## Heading\u00a0 with\tspaces  \n\nA paragraph\u2028over\n two  lines with \\*stars\\* and AT\\&T.\n\n\n  \n\nPlain one.";
  assert.deepEqual(bodyBlocks(body), [
    { type: "heading", text: "Heading with spaces" },
    { type: "paragraph", text: "A paragraph over two lines with *stars* and AT&T." },
    { type: "paragraph", text: "Plain one." },
  ]);
});
