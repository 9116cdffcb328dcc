/**
 * The record body format: markdown that renders to exactly the article's text.
 *
 * A body is a list of blocks: paragraphs and in-body headings. Paragraph text is
 * escaped so that nothing in it is read as markdown syntax (a paragraph starting
 * "1. " or "- " stays a paragraph, `*stars*` stay stars); headings are `## Text`.
 * Blocks are separated by one blank line. Other code reads a body back with
 * `bodyBlocks()` instead of parsing markdown itself.
 */

export interface BodyBlock {
  type: "paragraph" | "heading";
  text: string;
}

const INLINE_SPECIAL = /[\\`*_[\]<>&|~#]/g;
/** Whitespace that `collapseSpaces` changes: any but a lone space. */
const UNUSUAL_SPACE = /[^\S ]| {2}/;

/**
 * `text.replace(/\s+/g, " ")`, without building a new string when every whitespace run is already one space,
 * as in nearly every paragraph of a record (replacing each space by itself made the body's blocks cost ~3×).
 */
export function collapseSpaces(text: string): string {
  return UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, " ") : text;
}

/** Escapes text so markdown-it (html disabled, linkify off) renders it verbatim. */
export function escapeMarkdownText(text: string): string {
  let out = collapseSpaces(text).trim().replace(INLINE_SPECIAL, (c) => "\\" + c);
  // Block-level markers at the start of a paragraph: headings, quotes, lists, rules, code fences.
  out = out.replace(/^(#|>|[-+*=]|\d+[.)]|`{3}|~{3})/, (m) => (/^\d/.test(m) ? m.replace(/([.)])$/, "\\$1") : "\\" + m));
  return out;
}

/** Removes the escapes added by escapeMarkdownText. */
export function unescapeMarkdownText(text: string): string {
  if (!text.includes("\\")) return text;
  return text.replace(/\\([\\`*_[\]<>&|~#>+\-=.)])/g, "$1");
}

/** Builds a body from blocks of plain text. */
export function blocksToBody(blocks: readonly BodyBlock[]): string {
  return blocks
    .filter((b) => b.text.trim() !== "")
    .map((b) => (b.type === "heading" ? "## " + escapeMarkdownText(b.text) : escapeMarkdownText(b.text)))
    .join("\n\n");
}

/** Reads a body back into blocks of plain text (inverse of blocksToBody; tolerant of hand-written markdown). */
export function bodyBlocks(body: string): BodyBlock[] {
  return body
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== "")
    .map((chunk) => {
      const heading = chunk.startsWith("#") ? /^#{1,6}\s+(.*)$/s.exec(chunk) : null;
      return heading
        ? { type: "heading" as const, text: unescapeMarkdownText(collapseSpaces(heading[1]!).trim()) }
        : { type: "paragraph" as const, text: unescapeMarkdownText(collapseSpaces(chunk)) };
    });
}

/** The body as plain text, one block per line (for search, summaries and similarity). */
export function bodyText(body: string): string {
  return blocksText(bodyBlocks(body));
}

/** `bodyText` of blocks already read with `bodyBlocks`. */
export function blocksText(blocks: readonly BodyBlock[]): string {
  return blocks.map((b) => b.text).join("\n");
}
