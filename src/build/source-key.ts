/**
 * Hashes of source files, so caches and outputs made by other code are never
 * reused: `sourceKey()` covers everything that shapes the output (src/,
 * templates/, .eleventy.ts, the locked dependency versions); `analysisKey()`
 * only what shapes one article's analysis, so editing a template does not
 * make the build parse every article again.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { contentHash } from "../store/hash.ts";
import { PROJECT_ROOT } from "./paths.ts";
import { ANALYSIS_VERSION } from "./analysis-version.ts";
import { listFiles } from "../store/list-files.ts";

const memo = new Map<string, Promise<string>>();

/**
 * The code is hashed once per process (it is what the process runs); the templates at every call, because a
 * long-running process (`npm start`, session.ts) renders edited templates in a new worker.
 */
export async function sourceKey(): Promise<string> {
  const [code, templates] = await Promise.all([hashSources(["src", ".eleventy.ts", "package-lock.json"]), compute(["templates"])]);
  return contentHash(`${code}\n${templates}`);
}

/** Keys the analysis cache: the parser, topics, search statistics, fingerprints, and the record format. */
export function analysisKey(): Promise<string> {
  return hashSources(["src/ingest", "src/topics", "src/search", "src/similarity", "src/record", "src/build/analyse.ts", "src/model/outlet-furniture.ts", "package-lock.json"]).then((h) => `${ANALYSIS_VERSION}:${h}`);
}

/** Keys the search index's document files (see searchFiles): their format and the body's plain text. */
export function searchDocKey(): Promise<string> {
  return hashSources(["src/search", "src/record/body.ts"]);
}

function hashSources(paths: string[]): Promise<string> {
  const id = paths.join("\n");
  let promise = memo.get(id);
  if (!promise) memo.set(id, (promise = compute(paths)));
  return promise;
}

async function compute(paths: string[]): Promise<string> {
  return contentHash(await fileDigests(paths));
}

/** One line per file under the project-relative `paths`, in path order: its path and its content hash. */
export async function fileDigests(paths: string[]): Promise<string> {
  const files = (await Promise.all(paths.map((p) => listFiles(path.join(PROJECT_ROOT, p))))).flat().sort();
  const parts = await Promise.all(files.map(async (f) => `${path.relative(PROJECT_ROOT, f)}\0${contentHash(await fs.readFile(f))}`));
  return parts.join("\n");
}
