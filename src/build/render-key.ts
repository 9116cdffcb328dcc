/**
 * The render key: a hash of everything that shapes rendering besides a page's own descriptor. In a module of
 * its own, so that computing it does not load Eleventy (render.ts) into a thread that does not render.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { SiteContext } from "../model/pages.ts";
import { contentHash } from "../store/hash.ts";
import { listFiles } from "../store/list-files.ts";
import { ELEVENTY_CONFIG, PROJECT_ROOT, TEMPLATES_DIR } from "./paths.ts";

/** The hash of everything that shapes rendering besides a page's own descriptor. */
export async function renderKey(site: SiteContext): Promise<string> {
  const files = [
    ...(await listFiles(TEMPLATES_DIR)),
    ...(await listFiles(path.join(PROJECT_ROOT, "src/site"))),
    path.join(PROJECT_ROOT, "src/model/pages.ts"),
    ELEVENTY_CONFIG,
  ].sort();
  const parts = await Promise.all(files.map(async (f) => `${path.relative(PROJECT_ROOT, f)}\0${contentHash(await fs.readFile(f))}`));
  return contentHash(`${JSON.stringify(site)}\n${parts.join("\n")}`);
}
