/**
 * Links from one page: every link a template writes goes through `linker(page.url, site)`,
 * so the site works from file:// (relative links, folder links naming index.html) and
 * from a server (folder links ending in "/").
 */
import type { SiteContext } from "../../src/model/pages.ts";
import { href, hrefFrom, absoluteUrl } from "../../src/site/links.ts";
import { escapeAttr } from "../../src/site/escape.ts";

export interface Linker {
  /** The escaped attribute value linking this page to the site path `to`. */
  (to: string): string;
  /** The escaped absolute URL of `to` when the site has a base URL, else the relative link. */
  abs(to: string): string;
}

export function linker(from: string, site: SiteContext): Linker {
  const folderIndex = site.baseUrl === null;
  const relative = hrefFrom(from);
  // A list page links to the same topics and sources from many of its cards.
  const made = new Map<string, string>();
  const link = ((to: string) => {
    let out = made.get(to);
    if (out === undefined) made.set(to, (out = escapeAttr(relative(to, folderIndex))));
    return out;
  }) as Linker;
  link.abs = (to: string) => escapeAttr(site.baseUrl === null ? relative(to, true) : absoluteUrl(site.baseUrl, to));
  return link;
}

/** The relative path from `from` to the site root ("./" on the home page, "../../../../" on an article). */
export function rootPath(from: string): string {
  return href(from, "/", false);
}
