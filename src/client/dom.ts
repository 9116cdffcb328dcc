/** Tiny DOM helpers: every piece of article text goes in through textContent. */

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(typeof c === "string" ? document.createTextNode(c) : c);
  return node;
}

/** A link from the current page to a site path, using the page's relative root. */
export function siteLink(root: string, path: string): string {
  const rel = path.replace(/^\//, "");
  return root + (rel === "" || rel.endsWith("/") ? rel + "index.html" : rel);
}

/** The page's relative root (`<html data-root="../../">`), "./" when missing. */
export function pageRoot(doc: Document): string {
  return doc.documentElement.dataset["root"] || "./";
}

/** history.replaceState that never throws (file:// pages may refuse it). */
export function replaceUrl(search: string): void {
  try {
    history.replaceState(history.state, "", search === "" ? location.pathname : search);
  } catch {
    // The address bar keeps its old query; the search still works.
  }
}
