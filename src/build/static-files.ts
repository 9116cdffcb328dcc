/** Files that are not rendered pages: the assets folder, the search program and the search index. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { bundleClient, searchFiles } from "../search/index.ts";
import { documentFiles } from "../search/build.ts";
import type { SessionIndex } from "./search-indexer.ts";
import type { SiteModel } from "../model/build-model.ts";
import { TEMPLATES_DIR } from "./paths.ts";
import { listFiles } from "../store/list-files.ts";
import { searchDocKey } from "./source-key.ts";

export interface StaticFile {
  /** Site path, e.g. "/assets/style.css". */
  path: string;
  /** The bytes, or a function that makes them (search files: only when the file has changed, see inputKey). */
  content: string | Uint8Array | (() => string);
  /** Equal across builds only when the file's bytes are: a file whose key is unchanged is kept without being made. */
  inputKey: string | null;
  /** The content's hash, when it was computed where the content was made. */
  hash?: string;
}

/**
 * Every static file, the search index's one at a time (see searchFiles). `index`: the index files (all but the
 * documents') made by a session's worker (search-indexer.ts); without it they are made here.
 */
export async function staticFiles(model: SiteModel, index: SessionIndex | null = null): Promise<Iterable<StaticFile>> {
  const assetsDir = path.join(TEMPLATES_DIR, "assets");
  const assets: StaticFile[] = [];
  for (const file of await listFiles(assetsDir)) {
    assets.push({ path: "/assets/" + path.relative(assetsDir, file).split(path.sep).join("/"), content: await fs.readFile(file), inputKey: null });
  }
  const client = (await bundleClient()).map((f) => ({ ...f, inputKey: null }));
  const docKeySalt = await searchDocKey();
  const indexFiles = index === null ? [] : await index.files;
  return (function* (): Generator<StaticFile> {
    yield* assets;
    yield* client;
    for (const f of indexFiles) yield { path: f.path, content: f.content, inputKey: null, hash: f.hash };
    const search = index === null ? searchFiles(model.searchDocs, model.searchStore, { docKeySalt }) : documentFiles(index.entries, { docKeySalt });
    for (const f of search) yield { path: f.path, content: f.make, inputKey: f.inputKey };
  })();
}
