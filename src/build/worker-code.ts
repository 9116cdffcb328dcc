/**
 * The code a worker thread runs: the build's TypeScript sources bundled by esbuild into one ES module per
 * kind of worker (and chunks they share), made once per version of the sources and kept in
 * `node_modules/.cache/news-archive/workers/<key>/`.
 *
 * Why: a worker thread that loads the sources through tsx gets a module-loader thread of its own, and every
 * module it imports (Eleventy's few hundred included) makes a round trip to it: CPU that a cold build, with
 * both cores busy, pays in wall time (docs/DESIGN.md, "Decision: how Eleventy renders"). A bundle is one
 * file to load, and the packages in node_modules load through Node's own loader.
 *
 * The key hashes the project's folder and every source file (src/, templates/, .eleventy.ts, the lockfile,
 * which pins esbuild's version), read afresh each time workers start: a worker started after an edit (a
 * template edited while `npm start` runs) gets a bundle of the edited sources. The main thread keeps running
 * the sources through tsx.
 *
 * Anything that stops the bundle (a syntax error, a read-only node_modules) makes the workers load the sources
 * through tsx, as before, and the error, if it is in the sources, is reported from there as it always was.
 * NEWS_ARCHIVE_BUNDLE=0 does the same on purpose (tests of that path, and profiling against the sources).
 */
import { existsSync, promises as fs, readdirSync, readFileSync, statSync, utimesSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { contentHash } from "../store/hash.ts";
import { PROJECT_ROOT } from "./paths.ts";

/** The worker modules, in src/build/: what `startWorker` (workers.ts) can start. */
export const WORKER_MODULES = ["analyse-worker", "render-worker", "search-worker"] as const;
export type WorkerModule = (typeof WORKER_MODULES)[number];

/** Changes when the way bundles are made changes (the options below), so old bundles are not reused. */
const BUNDLE_FORMAT = 2;
const SOURCES = ["src", "templates", ".eleventy.ts", "package-lock.json"];
/**
 * Bundles of other versions of the sources are removed once unused for this long (another process may run
 * one), and at once when the project they were made for is gone (a test's copy of the project).
 */
const KEEP_UNUSED_MS = 24 * 60 * 60 * 1000;

const CACHE_DIR = path.join(PROJECT_ROOT, "node_modules", ".cache", "news-archive", "workers");

let current: { key: string; dir: string | null | Promise<string | null> } | null = null;

/**
 * The folder holding `<module>.mjs` for every worker module, bundled from the sources as they are now; null
 * when the workers are to load the sources through tsx. Synchronous (~5–10 ms of hashing) unless the bundle
 * has to be made: a worker started while this thread is busy (the rendering workers, started while it builds
 * the site model) must not wait for its event loop to learn what to load.
 */
export function workerCodeDir(): string | null | Promise<string | null> {
  if (process.env.NEWS_ARCHIVE_BUNDLE === "0") return null;
  try {
    // The project's folder too: a bundle names its sources' files (see originalImportMetaUrl). The lockfile
    // among the sources pins esbuild's version.
    const key = contentHash(`${BUNDLE_FORMAT}\n${PROJECT_ROOT}\n${sourceDigests()}`);
    if (current?.key !== key) {
      const dir = path.join(CACHE_DIR, key);
      if (existsSync(path.join(dir, "complete"))) {
        // Marks the bundle as in use, for the clean-up of unused ones.
        const now = new Date();
        utimesSync(dir, now, now);
        current = { key, dir };
      } else {
        const made = bundle(key).catch(() => null);
        current = { key, dir: made };
        // Once made, later workers get the folder at once.
        void made.then((dir) => {
          if (current?.key === key) current.dir = dir;
        });
      }
    }
    return current.dir;
  } catch {
    return null;
  }
}

/** The file URL of `module`'s bundle in `dir`, or null for none. */
export function workerCodeUrl(dir: string | null, module: WorkerModule): string | null {
  return dir === null ? null : pathToFileURL(path.join(dir, `${module}.mjs`)).href;
}

/** One line per source file, in path order: its project-relative path and its content hash. */
function sourceDigests(): string {
  const files: string[] = [];
  const walk = (file: string) => {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) for (const name of readdirSync(file)) walk(path.join(file, name));
    else if (stat) files.push(file);
  };
  for (const source of SOURCES) walk(path.join(PROJECT_ROOT, source));
  return files
    .sort()
    .map((f) => `${path.relative(PROJECT_ROOT, f)}\0${contentHash(readFileSync(f))}`)
    .join("\n");
}

async function bundle(key: string): Promise<string> {
  const esbuild = await import("esbuild");
  const cache = CACHE_DIR;
  const dir = path.join(cache, key);
  const now = new Date();
  const staging = `${dir}.staging-${process.pid}-${Date.now()}`;
  try {
    await esbuild.build({
      entryPoints: Object.fromEntries(WORKER_MODULES.map((m) => [m, path.join(PROJECT_ROOT, "src", "build", `${m}.ts`)])),
      outdir: staging,
      outExtension: { ".js": ".mjs" },
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      // node_modules is loaded by Node, from the project's own node_modules (the bundle lives inside it).
      packages: "external",
      // Stack traces name the sources (render.ts's templateError finds the template's line in them).
      sourcemap: "linked",
      sourcesContent: false,
      plugins: [originalImportMetaUrl, bundledPackages],
      logLevel: "silent",
    });
    await absoluteSources(staging);
    await fs.writeFile(path.join(staging, "complete"), `${PROJECT_ROOT}\n`);
    await fs.rename(staging, dir).catch(async (error: NodeJS.ErrnoException) => {
      // Another process made the same bundle meanwhile: use that one.
      if (!(await exists(path.join(dir, "complete")))) throw error;
    });
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
  await removeUnused(cache, key, now.getTime());
  return dir;
}

/**
 * compromise is bundled in rather than loaded by Node: its ES module entry is ~450 small files, which an analysis
 * worker took ~0.3 s to load one by one. Its own one-file ES module build (next to the CommonJS one that
 * `require.resolve` finds) holds the same lexicon, the only part the build uses; without it, it stays external.
 */
const bundledPackages = {
  name: "bundled-packages",
  setup(build: import("esbuild").PluginBuild) {
    build.onResolve({ filter: /^compromise$/ }, (args) => {
      const oneFile = createRequire(args.importer).resolve("compromise").replace(/\.cjs$/, ".mjs");
      return oneFile.endsWith(".mjs") && existsSync(oneFile) ? { path: oneFile } : undefined;
    });
  },
};

/**
 * Every module sees `import.meta.url` as its source file's URL, not the bundle's: paths.ts finds the project
 * from it, and other modules their neighbouring files.
 */
const originalImportMetaUrl = {
  name: "original-import-meta-url",
  setup(build: import("esbuild").PluginBuild) {
    build.onLoad({ filter: /\.(ts|mjs|js)$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = await fs.readFile(args.path, "utf8");
      const contents = source.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader: args.path.endsWith(".ts") ? "ts" : "js" };
    });
  },
};

/**
 * esbuild names each source relative to the bundle's folder, and Node resolves those names against the
 * bundle's real path: under a node_modules that is a link to another project's (a test's copy of the
 * project), they would name that project's files. File URLs name this project's own.
 */
async function absoluteSources(dir: string): Promise<void> {
  for (const name of await fs.readdir(dir)) {
    if (!name.endsWith(".map")) continue;
    const file = path.join(dir, name);
    const map = JSON.parse(await fs.readFile(file, "utf8")) as { sources: string[] };
    map.sources = map.sources.map((s) => new URL(s, pathToFileURL(file)).href);
    await fs.writeFile(file, JSON.stringify(map));
  }
}

async function removeUnused(cache: string, keep: string, now: number): Promise<void> {
  for (const name of await fs.readdir(cache).catch(() => [] as string[])) {
    if (name === keep) continue;
    const dir = path.join(cache, name);
    const stat = await fs.stat(dir).catch(() => null);
    const project = (await fs.readFile(path.join(dir, "complete"), "utf8").catch(() => "")).trim();
    const gone = project !== "" && !(await exists(project));
    if (stat !== null && (gone || now - stat.mtimeMs > KEEP_UNUSED_MS)) await fs.rm(dir, { recursive: true, force: true });
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
