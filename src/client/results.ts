/** Renders result items and the filter controls. */
import type { DocRecord, FacetDict } from "../search/format.ts";
import { el, siteLink } from "./dom.ts";
import { chunkSnippet } from "./snippet.ts";

/** One result item, its snippet cut from body chunk `chunk` of `doc`; returns the surface words its snippet matched. */
export function resultItem(root: string, doc: DocRecord, chunk: number, terms: string[]): { li: HTMLLIElement; words: string[] } {
  const termSet = new Set(terms);
  const link = siteLink(root, doc.url) + (terms.length ? "?hl=" + encodeURIComponent(terms.join(" ")) : "");
  const a = el("a", { href: link, class: "search-result-link" }, doc.title || doc.url);
  const metaParts = [doc.date ? doc.date.slice(0, 10) : "Undated", doc.outlet ?? "", doc.topics.slice(0, 4).join(", ")].filter(Boolean);
  const snippet = chunkSnippet(doc.chunks, chunk, termSet);
  const p = el("p", { class: "result-snippet" });
  for (const s of snippet.segments) p.append(s.mark ? el("mark", {}, s.text) : document.createTextNode(s.text));
  const li = el("li", { class: "result" }, el("h2", { class: "result-title" }, a), el("p", { class: "result-meta" }, metaParts.join(" · ")), p);
  return { li, words: snippet.words };
}

export type FacetName = "topic" | "outlet" | "year";

/** A <select> of facet values with counts; `selected` is a value name or "". */
export function facetSelect(name: FacetName, label: string, values: Array<[string, number]>, selected: string): HTMLElement {
  const id = `search-filter-${name}`;
  const select = el("select", { id, name, "data-facet": name });
  select.append(el("option", { value: "" }, `All (${values.reduce((n, v) => n + v[1], 0)})`));
  for (const [value, count] of values) {
    const o = el("option", { value }, `${value} (${count})`);
    if (value === selected) o.selected = true;
    select.append(o);
  }
  if (selected && !values.some(([v]) => v === selected)) {
    const o = el("option", { value: selected }, `${selected} (0)`);
    o.selected = true;
    select.append(o);
  }
  return el("label", { for: id }, label, select);
}

export function facetName(dict: FacetDict, name: FacetName, id: number): string | null {
  const list = name === "topic" ? dict.topics : name === "outlet" ? dict.outlets : dict.years;
  return id >= 0 ? (list[id]?.[0] ?? null) : null;
}
