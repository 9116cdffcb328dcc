/**
 * Article bodies to HTML. Bodies are untrusted: raw HTML is disabled, linkify
 * is off, and any link syntax in hand-edited markdown is rendered as its text
 * only (an archived article's body never links anywhere: the record format
 * from src/record/body.ts never produces links, so one would be an injection
 * or a hand edit). Images likewise become their alt text.
 */
import MarkdownIt from "markdown-it";
import { escapeHtml } from "./escape.ts";

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// Link tokens render as nothing, so "[text](url)" shows just "text".
md.renderer.rules.link_open = () => "";
md.renderer.rules.link_close = () => "";
// Images render as their (escaped) alt text; no external resource is ever loaded.
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  return escapeHtml(self.renderInlineAsText(token.children ?? [], options, env));
};
// Autolinks <http://...> are link tokens too (handled above); validateLink stays as the default guard.

/** Renders a record body (markdown) to HTML with links and images neutralised. */
export function renderBody(markdown: string): string {
  return md.render(markdown);
}
