/** `npm start`: build, serve on http://localhost:8080 with live reload, rebuild on changes. */
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { parseCliOptions } from "../src/build/cli-args.ts";
import { formatSummary } from "../src/build/summary.ts";
import { watchAndRebuild } from "../src/build/watch.ts";
import { BuildSession } from "../src/build/session.ts";

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const cli = parseCliOptions(argv);
  // One session for the first build and every rebuild: each starts from the last one's state in memory.
  const session = new BuildSession();
  const result = await session.build(cli.build);
  console.log(formatSummary(result, cli.build, false));
  // A site found up to date was checked without loading the cache: load it now, so the first rebuild is warm.
  // (And warm up: see BuildSession.preload. A failure there only means the first rebuild starts from the disk.)
  if (result.upToDate) {
    void session.preload(cli.build).catch(async (error: unknown) => {
      console.error(`[news-archive] warming up failed (${error instanceof Error ? error.message : String(error)}); the first rebuild will read everything from disk`);
      await session.forget();
    });
  }

  const server = EleventyDevServer.getServer("news-archive", cli.build.outDir, { liveReload: true, domDiff: false, showVersion: false });
  server.serve(cli.port);
  const buildArgs = argv.filter((a, i) => a !== "--port" && argv[i - 1] !== "--port");
  const watching = watchAndRebuild({
    paths: [cli.build.articlesDir, cli.build.topicsFile],
    session,
    // Like the fresh-process rebuilds before sessions (--quiet): no progress lines between the watch messages.
    options: { ...cli.build, progress: false },
    buildArgs,
    report: (rebuilt) => {
      const summary = formatSummary(rebuilt, cli.build, true);
      if (summary) console.log(summary);
    },
    onBuilt: () => server.reload({ subtype: undefined, files: [], build: {} }),
  });
  await watching.ready;
  console.log(`Watching ${cli.build.articlesDir}/ and templates/ for changes. Press Ctrl+C to stop.`);
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
