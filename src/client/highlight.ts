/**
 * On an article page opened from a result (`…/index.html?hl=grid+pact`), wraps the words of the article
 * that match those index terms in <mark class="search-hl">, working on text nodes only (no innerHTML).
 */
import { wordRanges } from "./words.ts";

/** Where the article text is: the first of these found. */
const CONTAINERS = ["[data-search-body]", ".article-body", "article", "main"];

export function highlightFromUrl(doc: Document, search: string): number {
  const hl = new URLSearchParams(search).get("hl");
  if (!hl) return 0;
  const terms = new Set(hl.split(/\s+/).filter(Boolean));
  if (terms.size === 0) return 0;
  const root = CONTAINERS.map((s) => doc.querySelector(s)).find((e) => e !== null);
  if (!root) return 0;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest("script, style, mark, form, nav") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let count = 0;
  let first: HTMLElement | null = null;
  for (const node of nodes) {
    const text = node.data;
    const matches = wordRanges(text).filter((w) => terms.has(w.term));
    if (matches.length === 0) continue;
    const frag = doc.createDocumentFragment();
    let at = 0;
    for (const m of matches) {
      if (m.start > at) frag.appendChild(doc.createTextNode(text.slice(at, m.start)));
      const mark = doc.createElement("mark");
      mark.className = "search-hl";
      mark.textContent = text.slice(m.start, m.end);
      frag.appendChild(mark);
      first ??= mark;
      at = m.end;
      count++;
    }
    if (at < text.length) frag.appendChild(doc.createTextNode(text.slice(at)));
    node.replaceWith(frag);
  }
  first?.scrollIntoView({ block: "center" });
  return count;
}
