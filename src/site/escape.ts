/**
 * Escaping for untrusted article text. Every string that comes from an article
 * (titles, authors, outlets, topics, file names, summaries...) goes through one
 * of these before it reaches HTML or XML.
 */

const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for an HTML element's content. @example escapeHtml("<b>") === "&lt;b&gt;" */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * Escapes text for a double-quoted HTML attribute value. Same set as escapeHtml
 * (quotes included), kept separate so call sites say where the text goes.
 */
export function escapeAttr(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * Escapes text for XML content or attributes, and drops the characters XML 1.0
 * forbids (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF),
 * which would otherwise make the whole feed unparsable.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .replace(/[&<>"']/g, (c) => (c === "'" ? "&apos;" : HTML[c]!));
}
