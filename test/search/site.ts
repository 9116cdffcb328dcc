/** Writes a tiny site for browser tests and benchmarks: search page, article pages, index files, bundle. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildSearchFiles, bundleClient, prepareSearchDoc } from "../../src/search/index.ts";
import type { SearchDocInput } from "../../src/search/prepare.ts";
import type { SearchStoreEntry } from "../../src/search/store.ts";
import { outputPath, href } from "../../src/site/links.ts";
import { searchMain } from "../../templates/search.11ty.ts";

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The layout's contract in miniature: data-root, the header search form, the deferred script. */
export function shell(url: string, title: string, main: string): string {
  const root = href(url, "/", false);
  return `<!doctype html>
<html lang="en" data-root="${esc(root)}">
<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><title>${esc(title)}</title></head>
<body>
<header><form class="site-search" role="search" action="${esc(href(url, "/search/", true))}"><input type="search" name="q" id="site-search-q" aria-label="Search the archive"></form></header>
<main id="main">
${main}
</main>
<script src="${esc(href(url, "/assets/search.js", true))}" defer></script>
</body>
</html>
`;
}

function write(dir: string, path: string, content: string): void {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

export async function writeTestSite(dir: string, articles: ReadonlyArray<{ doc: SearchDocInput; entry: SearchStoreEntry }>, options: { articlePages?: boolean } = {}): Promise<void> {
  const files = buildSearchFiles(
    articles.map((a) => prepareSearchDoc(a.doc)),
    articles.map((a) => a.entry),
  );
  for (const f of [...files, ...(await bundleClient())]) write(dir, f.path.slice(1), f.content);
  write(dir, "search/index.html", shell("/search/", "Search", searchMain(((to: string) => esc(href("/search/", to, true))) as never)));
  if (options.articlePages ?? true) {
    for (const { entry } of articles) {
      const paragraphs = entry.body.split("\n").map((p) => `<p>${esc(p)}</p>`).join("\n");
      write(dir, outputPath(entry.url), shell(entry.url, entry.title, `<article><h1>${esc(entry.title)}</h1><div class="article-body">\n${paragraphs}\n</div></article>`));
    }
  }
  write(dir, "index.html", shell("/", "Home", "<h1>Home</h1><p>Welcome to the archive.</p>"));
}
