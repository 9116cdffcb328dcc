/**
 * The search script every page loads (`<script src="…/assets/search.js" defer>`).
 * - every page: `/` focuses the search box (#search-q on the search page, else the header's #site-search-q);
 * - article pages opened from a result (`?hl=terms`): the terms are marked in the text;
 * - the search page (#search-app): the search program.
 * Data files are found from `<html data-root="…">`, the page's relative path to the site root.
 */
import { pageRoot } from "./dom.ts";
import { SearchEngine } from "./engine.ts";
import { highlightFromUrl } from "./highlight.ts";
import { SearchPage } from "./page.ts";
import { scriptLoader } from "./script-loader.ts";

function isTyping(target: EventTarget | null): boolean {
  const e = target as HTMLElement | null;
  return !!e && (e.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.tagName));
}

function start(): void {
  document.addEventListener("keydown", (e) => {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    const box = (document.getElementById("search-q") ?? document.getElementById("site-search-q")) as HTMLInputElement | null;
    if (box) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  });

  const app = document.getElementById("search-app");
  if (!app) {
    highlightFromUrl(document, location.search);
    return;
  }
  const load = scriptLoader(pageRoot(document));
  const status = document.getElementById("search-status");
  SearchEngine.open(load).then(
    (engine) => {
      app.classList.add("search-ready");
      new SearchPage(engine, load, pageRoot(document));
    },
    (err: unknown) => {
      if (status) status.textContent = err instanceof Error ? err.message : String(err);
    },
  );
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
