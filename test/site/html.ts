/** Tiny HTML inspection helpers for the site tests (tags and attributes, not a full parser). */

export interface Tag {
  name: string;
  attrs: Array<[string, string]>;
}

const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Every start tag in the document with its attributes (values still entity-encoded). */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  for (const m of html.matchAll(TAG)) {
    const attrs: Array<[string, string]> = [];
    for (const a of (m[2] ?? "").matchAll(ATTR)) attrs.push([a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? ""]);
    out.push({ name: m[1]!.toLowerCase(), attrs });
  }
  return out;
}

/** Decodes the entities our escaping produces. */
export function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'" })[e]!);
}

/** Values of attribute `attr` on tags named `name` (decoded). */
export function attrValues(html: string, name: string, attr: string): string[] {
  return tags(html)
    .filter((t) => t.name === name)
    .flatMap((t) => t.attrs.filter(([k]) => k === attr).map(([, v]) => decodeEntities(v)));
}
