/** The result of a build that found nothing to do. */
import path from "node:path";
import type { SkippedFile } from "../model/input.ts";
import type { Manifest } from "../store/output.ts";
import type { BuildResult } from "./options.ts";

/** The result of a build that found nothing to do. Warnings are not recomputed: the report page has them. */
export function unchangedResult(files: number, skipped: SkippedFile[], manifest: Manifest, started: number, timings: Record<string, number>, outDir: string): BuildResult {
  return {
    upToDate: true,
    files,
    parsed: 0,
    published: Object.keys(manifest.pages).filter((u) => /^\/(?:\d{4}\/\d{2}\/\d{2}|undated)\/[^/]+\/$/.test(u) && !u.startsWith("/undated/page/")).length,
    skipped,
    warnings: [],
    pagesTotal: Object.keys(manifest.pages).length,
    filesWritten: 0,
    filesUnchanged: Object.keys(manifest.files).length,
    filesDeleted: 0,
    durationMs: Math.round(performance.now() - started),
    timings,
    outDir: path.resolve(outDir),
  };
}

