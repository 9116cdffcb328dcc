/** `npm start`: build, serve on http://localhost:8080 with live reload, rebuild on changes. */
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { build } from "../src/build/build.ts";
import { parseCliOptions } from "../src/build/cli-args.ts";
import { formatSummary } from "../src/build/summary.ts";
import { watchAndRebuild } from "../src/build/watch.ts";

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const cli = parseCliOptions(argv);
  const result = await build(cli.build);
  console.log(formatSummary(result, cli.build, false));

  const server = EleventyDevServer.getServer("news-archive", cli.build.outDir, { liveReload: true, domDiff: false, showVersion: false });
  server.serve(cli.port);
  const buildArgs = argv.filter((a, i) => a !== "--port" && argv[i - 1] !== "--port");
  watchAndRebuild({
    paths: [cli.build.articlesDir, cli.build.topicsFile],
    buildArgs,
    onBuilt: () => server.reload({ subtype: undefined, files: [], build: {} }),
  });
  console.log(`Watching ${cli.build.articlesDir}/ and templates/ for changes. Press Ctrl+C to stop.`);
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
