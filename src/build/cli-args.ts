/** Command-line options shared by `npm run build` and `npm start`. */
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { defaultBuildOptions, type BuildOptions } from "./build.ts";

export interface CliOptions {
  build: BuildOptions;
  strict: boolean;
  quiet: boolean;
  summaryJson: string | null;
  port: number;
}

export const USAGE = `Options:
  --articles DIR      raw article files (default: articles)
  --out DIR           site output folder (default: _site)
  --base-url URL      absolute URL the site is published at: canonical and feed links, sitemap
  --records DIR       where parsed records are written (default: records)
  --cache DIR         build cache (default: .cache/news-archive)
  --topics FILE       topic settings (default: topics.yaml, optional)
  --title TEXT        site title (default: "News archive")
  --strict            exit 1 when there are warnings
  --quiet             print only warnings and errors
  --summary-json FILE write the build summary as JSON (for benchmarks)
  --port N            npm start only: port to serve on (default: 8080)`;

export function parseCliOptions(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: "string" },
      out: { type: "string" },
      "base-url": { type: "string" },
      records: { type: "string" },
      cache: { type: "string" },
      topics: { type: "string" },
      title: { type: "string" },
      strict: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      "summary-json": { type: "string" },
      port: { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  let baseUrl: string | null = null;
  if (values["base-url"] !== undefined) {
    try {
      baseUrl = new URL(values["base-url"]).href;
    } catch {
      throw new Error(`--base-url must be an absolute URL such as https://example.org/news/ (got "${values["base-url"]}")`);
    }
    if (!baseUrl.endsWith("/")) baseUrl += "/";
  }
  const overrides: Partial<BuildOptions> = { progress: !values.quiet, baseUrl };
  if (values.articles !== undefined) overrides.articlesDir = values.articles;
  if (values.out !== undefined) overrides.outDir = values.out;
  if (values.records !== undefined) overrides.recordsDir = values.records;
  if (values.cache !== undefined) overrides.cacheDir = values.cache;
  if (values.topics !== undefined) overrides.topicsFile = values.topics;
  if (values.title !== undefined) overrides.title = values.title;
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`--port must be a port number (got "${values.port}")`);
  const build = defaultBuildOptions(overrides);
  assertSafePaths(build);
  return { build, strict: values.strict ?? false, quiet: values.quiet ?? false, summaryJson: values["summary-json"] ?? null, port };
}

/** The manifest file a built site folder carries (src/store/output.ts). */
const SITE_MARKER = ".news-archive.json";

/**
 * Refuses folder choices that would destroy files. The output folder is replaced
 * whole on every build and the records folder is pruned, so:
 * - none of --out, --records, --cache may be the articles folder, inside it, or contain it;
 * - --out must be missing, empty, or a site this tool built (it has `.news-archive.json`):
 *   `--out ~/Documents` must not replace the user's documents with a site.
 * @throws Error naming the option and the folder, saying what to do instead.
 */
export function assertSafePaths(options: BuildOptions): void {
  const articles = resolveReal(options.articlesDir);
  const folders: Array<[string, string]> = [
    ["--out", options.outDir],
    ["--records", options.recordsDir],
    ["--cache", options.cacheDir],
  ];
  for (const [flag, dir] of folders) {
    const abs = resolveReal(dir);
    if (abs === articles || isInside(abs, articles) || isInside(articles, abs)) {
      throw new Error(`${flag} ${dir} overlaps the articles folder ${options.articlesDir}; the build never writes into articles. Choose a folder outside it.`);
    }
  }
  const out = resolveReal(options.outDir);
  if (!existsSync(out)) return;
  const stat = statSync(out);
  if (!stat.isDirectory()) throw new Error(`--out ${options.outDir} is a file, not a folder; the site would replace it. Choose another --out.`);
  const names = readdirSync(out);
  if (names.length > 0 && !names.includes(SITE_MARKER)) {
    throw new Error(`--out ${options.outDir} is not empty and was not built by news-archive (no ${SITE_MARKER}); the build replaces the whole folder. Delete or empty it, or choose another --out.`);
  }
}

/** The absolute path with symlinks resolved as far as the path exists. */
function resolveReal(p: string): string {
  const abs = path.resolve(p);
  let head = abs;
  const tail: string[] = [];
  while (!existsSync(head)) {
    const parent = path.dirname(head);
    if (parent === head) return abs;
    tail.unshift(path.basename(head));
    head = parent;
  }
  return path.join(realpathSync(head), ...tail);
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
