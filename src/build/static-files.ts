/** Files that are not rendered pages: the assets folder, the search program and the search index. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { bundleClient, searchFiles } from "../search/index.ts";
import type { SiteModel } from "../model/build-model.ts";
import { TEMPLATES_DIR } from "./paths.ts";
import { listFiles } from "../store/list-files.ts";

export interface StaticFile {
  /** Site path, e.g. "/assets/style.css". */
  path: string;
  content: string | Uint8Array;
}

/** Every static file, the search index's one at a time (see searchFiles). */
export async function staticFiles(model: SiteModel): Promise<Iterable<StaticFile>> {
  const assetsDir = path.join(TEMPLATES_DIR, "assets");
  const assets: StaticFile[] = [];
  for (const file of await listFiles(assetsDir)) {
    assets.push({ path: "/assets/" + path.relative(assetsDir, file).split(path.sep).join("/"), content: await fs.readFile(file) });
  }
  const client = await bundleClient();
  return (function* () {
    yield* assets;
    yield* client;
    yield* searchFiles(model.searchDocs, model.searchStore);
  })();
}
