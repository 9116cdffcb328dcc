/**
 * Relative links between site paths, so the site works opened from disk
 * (`file:///…/_site/index.html`), served from `/`, or from a sub-path.
 *
 * Without a base URL a link to a folder names its `index.html` (a browser on
 * `file://` shows a directory listing otherwise); with one, folder links end in `/`.
 */

/**
 * The link from the page at `from` to the site path `to` (which may carry `?query` or `#fragment`).
 * @example href("/2022/11/10/a/", "/topics/nato/", false) === "../../../../topics/nato/index.html"
 */
export function href(from: string, to: string, folderIndex: boolean): string {
  return hrefFrom(from)(to, folderIndex);
}

/** `href` from one page, with the page's own path split once (a list page links to hundreds of paths). */
export function hrefFrom(from: string): (to: string, folderIndex: boolean) => string {
  const fromDir = from.endsWith("/") ? from : from.slice(0, from.lastIndexOf("/") + 1);
  const fromParts = fromDir.split("/").filter(Boolean);
  return (to, folderIndex) => {
    const cut = to.search(/[?#]/);
    const path = cut === -1 ? to : to.slice(0, cut);
    const suffix = cut === -1 ? "" : to.slice(cut);
    const toParts = path.split("/").filter(Boolean);
    let common = 0;
    while (common < fromParts.length && common < toParts.length - (path.endsWith("/") ? 0 : 1) && fromParts[common] === toParts[common]) common++;
    const up = "../".repeat(fromParts.length - common);
    let rest = toParts.slice(common).map(encodeURIComponent).join("/");
    if (path.endsWith("/") && rest !== "") rest += "/";
    let link = up + rest;
    if (path.endsWith("/") && folderIndex) link += "index.html";
    if (link === "") link = "./";
    return link + suffix;
  };
}

/** An absolute URL for `path` under `baseUrl` (for canonical links, feeds and the sitemap). */
export function absoluteUrl(baseUrl: string, path: string): string {
  const base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
  return new URL(path.replace(/^\//, "").split("/").map((s) => (s.includes("?") || s.includes("#") ? s : encodeURIComponent(s))).join("/"), base).href;
}

/** The file a site path is written to, relative to the output folder ("/a/b/" → "a/b/index.html"). */
export function outputPath(url: string): string {
  const rel = url.replace(/^\//, "");
  return rel === "" || rel.endsWith("/") ? rel + "index.html" : rel;
}
