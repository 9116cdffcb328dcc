/**
 * The render key: a hash of everything that shapes rendering besides a page's own descriptor. In a module of
 * its own, so that computing it does not load Eleventy (render.ts) into a thread that does not render.
 */
import type { SiteContext } from "../model/pages.ts";
import { contentHash } from "../store/hash.ts";
import { fileDigests } from "./source-key.ts";

/** The hash of everything that shapes rendering besides a page's own descriptor. */
export async function renderKey(site: SiteContext): Promise<string> {
  const files = await fileDigests(["templates", "src/site", "src/model/pages.ts", ".eleventy.ts"]);
  return contentHash(`${JSON.stringify(site)}\n${files}`);
}
