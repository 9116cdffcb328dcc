/**
 * The Eleventy data every template exports: paginate over this build's
 * descriptors of one kind (`batch.<kind>`, see src/build/render.ts), one page
 * each, aliased `p` (Eleventy reserves `page`), written at the descriptor's URL.
 */
import type { PageKind } from "../../src/model/pages.ts";
import { outputPath } from "../../src/site/links.ts";

export function pageData(kind: PageKind) {
  return {
    pagination: { data: `batch.${kind}`, size: 1, alias: "p" },
    permalink: (d: { p: { url: string } }) => outputPath(d.p.url),
    eleventyExcludeFromCollections: true,
  };
}
