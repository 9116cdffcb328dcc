/**
 * The search page (/search/index.html): search as you type, filters with counts, sort, snippets,
 * "more results", keyboard navigation, `?q=` deep links, fuzzy retry when nothing matches.
 * Elements it uses (templates/search.11ty.ts renders them): #search-form, #search-q, #search-sort,
 * #search-status (aria-live), #search-notice, #search-filters, #search-results, #search-more.
 */
import type { DocRecord, FacetDict } from "../search/format.ts";
import { el, replaceUrl } from "./dom.ts";
import type { SearchEngine, Hit } from "./engine.ts";
import { FacetStore, type DocFacets } from "./facets.ts";
import { QuerySyntaxError } from "./query-plan.ts";
import type { Loader } from "./registry.ts";
import { facetName, facetSelect, resultItem, type FacetName } from "./results.ts";

const PAGE_SIZE = 20;
const FACETS: Array<[FacetName, string]> = [
  ["topic", "Topic"],
  ["outlet", "Source"],
  ["year", "Year"],
];

interface State {
  q: string;
  sort: "relevance" | "newest";
  filters: Record<FacetName, string>;
}

function $(id: string): HTMLElement {
  const e = document.getElementById(id);
  if (!e) throw new Error(`search page: #${id} is missing`);
  return e;
}

/** Adds "~1" to each plain word of four letters or more, for the retry when a query finds nothing. */
export function fuzzify(q: string): string | null {
  if (/[~*^]/.test(q)) return null;
  let changed = false;
  const out = q
    .trim()
    .split(/\s+/)
    .map((w) => {
      const m = /^([+-]?)((?:\w+:)?)(\S{4,})$/.exec(w);
      if (!m || m[1] === "-") return w;
      changed = true;
      return `${m[1]}${m[2]}${m[3]}~1`;
    })
    .join(" ");
  return changed ? out : null;
}

export class SearchPage {
  private input = $("search-q") as HTMLInputElement;
  private sortSelect = $("search-sort") as HTMLSelectElement;
  private status = $("search-status");
  private notice = $("search-notice");
  private filtersBox = $("search-filters");
  private list = $("search-results") as HTMLOListElement;
  private more = $("search-more") as HTMLButtonElement;
  private facets: FacetStore;
  /** By document id. */
  private docs = new Map<number, Promise<DocRecord>>();
  /**
   * Facet data (about 14 bytes per document of the archive for a broad query) loads only when it is used:
   * a filter or "newest first" is set, or the person asked for the filters (then for every later query too).
   */
  private facetsWanted = false;
  /** Hits of the current query before filters (for the filter controls). */
  private allHits: { hits: Hit[]; seq: number } = { hits: [], seq: 0 };
  private seq = 0;
  private timer = 0;
  private state: State;
  /** Current results after filters and sort, and how many are shown. */
  private current: { hits: Hit[]; shown: number; seq: number } = { hits: [], shown: 0, seq: 0 };

  constructor(
    private readonly engine: SearchEngine,
    private readonly load: Loader,
    private readonly root: string,
  ) {
    this.facets = new FacetStore(engine.meta, load);
    const params = new URLSearchParams(location.search);
    this.state = {
      q: params.get("q") ?? "",
      sort: params.get("sort") === "newest" ? "newest" : "relevance",
      filters: { topic: params.get("topic") ?? "", outlet: params.get("outlet") ?? "", year: params.get("year") ?? "" },
    };
    this.input.value = this.state.q;
    this.sortSelect.value = this.state.sort;
    $("search-form").addEventListener("submit", (e) => {
      e.preventDefault();
      this.schedule(0);
    });
    this.input.addEventListener("input", () => this.schedule(60));
    this.sortSelect.addEventListener("change", () => {
      this.state.sort = this.sortSelect.value === "newest" ? "newest" : "relevance";
      this.schedule(0);
    });
    this.filtersBox.addEventListener("click", (e) => {
      if (!(e.target as HTMLElement).closest(".search-filters-show")) return;
      this.facetsWanted = true;
      const { hits, seq } = this.allHits;
      void this.loadCounts(hits).then(([counted, dict, docFacets]) => {
        if (seq !== this.seq) return;
        this.renderFilters(counted, dict, docFacets, hits.length);
        this.filtersBox.querySelector("select")?.focus();
      });
    });
    this.filtersBox.addEventListener("change", (e) => {
      const t = e.target as HTMLSelectElement;
      const name = t.dataset["facet"] as FacetName | undefined;
      if (name) {
        this.state.filters[name] = t.value;
        this.schedule(0);
      }
    });
    this.more.addEventListener("click", () => void this.showMore());
    this.list.addEventListener("keydown", (e) => this.onListKey(e));
    this.input.addEventListener("keydown", (e) => {
      if (e.key === "ArrowDown") {
        const first = this.list.querySelector<HTMLAnchorElement>(".search-result-link");
        if (first) {
          e.preventDefault();
          first.focus();
        }
      }
    });
    this.notice.addEventListener("click", (e) => {
      const a = (e.target as HTMLElement).closest<HTMLAnchorElement>("a[data-query]");
      if (a) {
        e.preventDefault();
        this.input.value = a.dataset["query"] ?? "";
        this.schedule(0);
      }
    });
    void this.run();
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.run(), ms);
  }

  private onListKey(e: KeyboardEvent): void {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp" && e.key !== "Escape") return;
    const links = [...this.list.querySelectorAll<HTMLAnchorElement>(".search-result-link")];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    e.preventDefault();
    if (e.key === "Escape" || (e.key === "ArrowUp" && i <= 0)) return this.input.focus();
    const next = links[e.key === "ArrowDown" ? Math.min(links.length - 1, i + 1) : i - 1];
    if (next) next.focus();
    else if (e.key === "ArrowDown" && !this.more.hidden) void this.showMore().then(() => this.list.querySelectorAll<HTMLAnchorElement>(".search-result-link")[i + 1]?.focus());
  }

  private syncUrl(): void {
    const p = new URLSearchParams();
    if (this.state.q) p.set("q", this.state.q);
    if (this.state.sort !== "relevance") p.set("sort", this.state.sort);
    for (const [name] of FACETS) if (this.state.filters[name]) p.set(name, this.state.filters[name]);
    const s = p.toString();
    replaceUrl(s ? "?" + s : "");
  }

  /** The stored file of a hit's document: the result's metadata and every chunk of its body (one request). */
  private doc(hit: Hit): Promise<DocRecord> {
    let p = this.docs.get(hit.id);
    if (!p) {
      p = this.engine.docPath(hit.id).then((path) => this.load(path) as Promise<DocRecord>);
      this.docs.set(hit.id, p);
    }
    return p;
  }

  private loadFacets(hits: Hit[]): Promise<[FacetDict, DocFacets[]]> {
    return Promise.all([this.facets.dict(), this.facets.of(hits.map((h) => h.id))]);
  }

  /** Facets for the filter counts alone: a sample of the hits when they span many facet chunks (FacetStore.sampleOf). */
  private async loadCounts(hits: Hit[]): Promise<[Hit[], FacetDict, DocFacets[]]> {
    const { ids, sampled } = this.facets.sampleOf(hits.map((h) => h.id));
    const keep = new Set(ids);
    const counted = sampled ? hits.filter((h) => keep.has(h.id)) : hits;
    const [dict, docFacets] = await this.loadFacets(counted);
    return [counted, dict, docFacets];
  }

  private setStatus(text: string): void {
    if (this.status.textContent !== text) this.status.textContent = text;
  }

  private setNotice(...children: Array<Node | string>): void {
    this.notice.replaceChildren(...children);
    this.notice.hidden = children.length === 0;
  }

  async run(): Promise<void> {
    const seq = ++this.seq;
    const q = this.input.value.trim();
    this.state.q = q;
    this.syncUrl();
    if (q === "") {
      this.list.replaceChildren();
      this.filtersBox.replaceChildren();
      this.more.hidden = true;
      this.setNotice();
      this.setStatus(`Type a word to search ${this.engine.meta.docCount.toLocaleString("en")} articles.`);
      return;
    }
    let hits: Hit[];
    let retried: string | null = null;
    try {
      hits = await this.engine.search(q);
      if (hits.length === 0) {
        const fq = fuzzify(q);
        if (fq) {
          const again = await this.engine.search(fq).catch(() => []);
          if (again.length > 0) [hits, retried] = [again, fq];
        }
      }
    } catch (err) {
      if (seq !== this.seq) return;
      this.list.replaceChildren();
      this.filtersBox.replaceChildren();
      this.more.hidden = true;
      this.setStatus("");
      this.setNotice(el("strong", {}, err instanceof QuerySyntaxError ? "Check your search: " : "Search failed: "), err instanceof Error ? err.message : String(err));
      return;
    }
    if (seq !== this.seq) return;

    this.allHits = { hits, seq };
    const needFacets = this.state.sort === "newest" || FACETS.some(([n]) => this.state.filters[n]);
    let shown = hits;
    if (needFacets) {
      this.facetsWanted = true; // filters in use: keep their controls for the next queries too
      const [dict, docFacets] = await this.loadFacets(hits);
      if (seq !== this.seq) return;
      shown = this.filterSort(hits, dict, docFacets);
      this.renderFilters(hits, dict, docFacets);
    } else if (this.facetsWanted && hits.length > 0) {
      // Results first: the filter counts follow when their data has loaded.
      void this.loadCounts(hits).then(([counted, dict, docFacets]) => seq === this.seq && this.renderFilters(counted, dict, docFacets, hits.length));
    } else this.renderFilterButton(hits);

    this.current = { hits: shown, shown: 0, seq };
    this.list.replaceChildren();
    const words = await this.showMore();
    if (seq !== this.seq) return;
    const n = shown.length;
    this.setStatus(n === 0 ? `No results for “${q}”.` : `${n.toLocaleString("en")} result${n === 1 ? "" : "s"} for “${retried ?? q}”${hits.length !== n ? ` (filtered from ${hits.length.toLocaleString("en")})` : ""}.`);
    if (n === 0 && hits.length === 0) this.setNotice("Nothing matched. Check the spelling, use fewer words, or try a prefix like ", el("code", {}, "elect*"), ".");
    else if (retried) {
      const suggestion = mostCommon(words, q);
      this.setNotice(
        `No exact matches for “${q}”. Showing results for “${retried}”.`,
        ...(suggestion ? [" Did you mean ", el("a", { href: "?q=" + encodeURIComponent(suggestion), "data-query": suggestion }, suggestion), "?"] : []),
      );
    } else this.setNotice();
  }

  /** Renders the next page of results; returns the words their snippets matched. */
  private async showMore(): Promise<string[]> {
    const { hits, shown, seq } = this.current;
    const page = hits.slice(shown, shown + PAGE_SIZE);
    // The snippet's chunk: the one holding most of the hit's matched words (from the postings of this query).
    const chunks = page.map((h) => this.engine.chunkOf(h));
    const docs = await Promise.all(page.map((h) => this.doc(h)));
    if (seq !== this.seq || this.current.shown !== shown) return [];
    const words: string[] = [];
    const frag = document.createDocumentFragment();
    docs.forEach((doc, i) => {
      const item = resultItem(this.root, doc, chunks[i]!, page[i]!.terms);
      words.push(...item.words);
      frag.append(item.li);
    });
    this.list.append(frag);
    this.current.shown = shown + page.length;
    this.more.hidden = this.current.shown >= hits.length;
    this.more.textContent = `More results (${(hits.length - this.current.shown).toLocaleString("en")} more)`;
    return words;
  }

  private matches(f: DocFacets, dict: FacetDict, skip: FacetName | null): boolean {
    for (const [name] of FACETS) {
      const want = this.state.filters[name];
      if (!want || name === skip) continue;
      if (name === "topic" ? !f.topics.some((t) => facetName(dict, "topic", t) === want) : facetName(dict, name, name === "outlet" ? f.outlet : f.year) !== want) return false;
    }
    return true;
  }

  private filterSort(hits: Hit[], dict: FacetDict, facets: DocFacets[]): Hit[] {
    const kept = hits.map((h, i) => ({ h, f: facets[i]! })).filter((x) => this.matches(x.f, dict, null));
    if (this.state.sort === "newest") kept.sort((a, b) => a.f.rank - b.f.rank || b.h.score - a.h.score);
    return kept.map((x) => x.h);
  }

  /** Until facets are wanted: one button that loads them. */
  private renderFilterButton(hits: Hit[]): void {
    if (hits.length === 0) return this.filtersBox.replaceChildren();
    if (this.filtersBox.querySelector(".search-filters-show")) return;
    this.filtersBox.replaceChildren(el("button", { type: "button", class: "search-filters-show" }, "Filter by topic, source or year"));
  }

  /** Filter selects with counts over `hits` (all hits, or a sample of the `total`). */
  private renderFilters(hits: Hit[], dict: FacetDict, facets: DocFacets[], total = hits.length): void {
    if (hits.length === 0) return this.filtersBox.replaceChildren();
    const boxes = FACETS.map(([name, label]) => {
      const counts = new Map<number, number>();
      facets.forEach((f) => {
        if (!this.matches(f, dict, name)) return;
        const ids = name === "topic" ? f.topics : [name === "outlet" ? f.outlet : f.year];
        for (const id of ids) if (id >= 0) counts.set(id, (counts.get(id) ?? 0) + 1);
      });
      let values = [...counts].map(([id, n]): [string, number] => [facetName(dict, name, id) ?? "", n]);
      values = name === "year" ? values.sort((a, b) => (a[0] < b[0] ? 1 : -1)) : values.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 40);
      return facetSelect(name, label, values, this.state.filters[name]);
    });
    const note =
      hits.length < total
        ? [el("p", { class: "search-filters-note" }, `Counts from ${hits.length.toLocaleString("en")} of the ${total.toLocaleString("en")} results; choosing a value filters all of them.`)]
        : [];
    this.filtersBox.replaceChildren(...boxes, ...note);
  }
}

/** The most frequent matched word that is not already in the query. */
function mostCommon(words: string[], q: string): string | null {
  const typed = new Set(q.toLowerCase().split(/\W+/));
  const counts = new Map<string, number>();
  for (const w of words.map((w) => w.toLowerCase())) if (!typed.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best: string | null = null;
  let bestN = 0;
  for (const [w, n] of counts) if (n > bestN || (n === bestN && best !== null && w < best)) [best, bestN] = [w, n];
  return best;
}
