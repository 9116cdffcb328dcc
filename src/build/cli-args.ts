/** Command-line options shared by `npm run build` and `npm start`. */
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
  return { build: defaultBuildOptions(overrides), strict: values.strict ?? false, quiet: values.quiet ?? false, summaryJson: values["summary-json"] ?? null, port };
}
