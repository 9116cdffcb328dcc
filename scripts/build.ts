/** `npm run build`: parse articles/ and render the site into _site/. */
import { writeFileSync } from "node:fs";
import { build } from "../src/build/build.ts";
import { parseCliOptions } from "../src/build/cli-args.ts";
import { formatSummary } from "../src/build/summary.ts";
import { settled } from "../src/store/output.ts";

async function main(): Promise<number> {
  const cli = parseCliOptions(process.argv.slice(2));
  const result = await build(cli.build);
  const summary = formatSummary(result, cli.build, cli.quiet);
  if (summary) console.log(summary);
  if (cli.summaryJson) writeFileSync(cli.summaryJson, JSON.stringify({ ...result, maxRssKb: process.resourceUsage().maxRSS }, null, 2));
  if (cli.strict && result.warnings.length > 0) {
    console.error(`--strict: failing because of ${result.warnings.length} warning(s).`);
    return 1;
  }
  return 0;
}

main()
  .then(
    (code) => code,
    (error: unknown) => {
      console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
      if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
      return 1;
    },
  )
  // The files the commit replaced are removed after it (store/output.ts): before the process ends.
  .then(async (code) => {
    await settled();
    process.exit(code);
  });
