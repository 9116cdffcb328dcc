/** Files that are not rendered pages: the assets folder, the search program and the search index. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { bundleClient, buildSearchFiles } from "../search/index.ts";
import type { SiteModel } from "../model/build-model.ts";
import { TEMPLATES_DIR } from "./paths.ts";
import { listFiles } from "../store/list-files.ts";

export interface StaticFile {
  /** Site path, e.g. "/assets/style.css". */
  path: string;
  content: string | Uint8Array;
}

export async function staticFiles(model: SiteModel): Promise<StaticFile[]> {
  const assetsDir = path.join(TEMPLATES_DIR, "assets");
  const assets: StaticFile[] = [];
  for (const file of await listFiles(assetsDir)) {
    assets.push({ path: "/assets/" + path.relative(assetsDir, file).split(path.sep).join("/"), content: await fs.readFile(file) });
  }
  return [...assets, ...(await bundleClient()), ...buildSearchFiles(model.searchDocs, model.searchStore)];
}
