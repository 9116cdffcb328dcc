/** The console summary printed at the end of a build. */
import path from "node:path";
import type { BuildOptions, BuildResult } from "./build.ts";

export function formatSummary(result: BuildResult, options: BuildOptions, quiet: boolean): string {
  const lines: string[] = [];
  const seconds = (result.durationMs / 1000).toFixed(2);
  const where = path.relative(process.cwd(), result.outDir) || ".";
  if (result.upToDate) {
    if (!quiet) lines.push(`${where}/ is up to date: nothing changed since the last build (checked ${result.files} article files in ${seconds} s). Its warnings are on the site's report page (report/index.html).`);
    return lines.join("\n");
  }
  if (!quiet) {
    lines.push(`Built ${result.published} article${result.published === 1 ? "" : "s"} into ${where}/ in ${seconds} s`);
    lines.push(`  articles: ${result.files} found, ${result.parsed} parsed, ${result.files - result.parsed} unchanged (cached), ${result.skipped.length} skipped`);
    lines.push(`  pages: ${result.pagesTotal}; files written ${result.filesWritten}, unchanged ${result.filesUnchanged}, deleted ${result.filesDeleted}`);
  }
  if (result.warnings.length > 0) {
    lines.push(`${result.warnings.length} warning${result.warnings.length === 1 ? "" : "s"}:`);
    for (const w of result.warnings) lines.push(`  ${displayPath(options, w.file)}: ${w.reason}`);
  }
  if (!quiet) lines.push(`Open ${path.join(where, "index.html")} in a browser, or run npm start to serve it with live reload.`);
  return lines.join("\n");
}

/** Article files are shown with their folder ("articles/x.txt"); other files (topics.yaml) as given. */
function displayPath(options: BuildOptions, file: string): string {
  return file === options.topicsFile || file.startsWith(options.topicsFile + ":") ? file : path.join(options.articlesDir, file);
}
