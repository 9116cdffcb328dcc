/** Build options and results (shared by the quick check, the full build and the CLI). */
import type { SkippedFile } from "../model/input.ts";

export interface BuildOptions {
  /** Folder of raw articles. Default "articles". */
  articlesDir: string;
  /** Site output folder. Default "_site". */
  outDir: string;
  /** Absolute base URL for publishing (canonical links, feeds, sitemap), or null for a site opened from disk. */
  baseUrl: string | null;
  /** Where parsed records are written. Default "records". */
  recordsDir: string;
  /** Build cache. Default ".cache/news-archive". */
  cacheDir: string;
  /** topics.yaml; a missing file is fine. Default "topics.yaml". */
  topicsFile: string;
  /** Site title. Default "News archive". */
  title: string;
  /** Show progress on a terminal. */
  progress: boolean;
}

export interface BuildWarning {
  file: string;
  reason: string;
}

export interface BuildResult {
  /** True when nothing had changed since the last build and nothing was done. */
  upToDate: boolean;
  /** Article files found. */
  files: number;
  /** Articles parsed in this build (the rest came from the cache). */
  parsed: number;
  published: number;
  skipped: SkippedFile[];
  warnings: BuildWarning[];
  pagesTotal: number;
  filesWritten: number;
  filesUnchanged: number;
  filesDeleted: number;
  durationMs: number;
  timings: Record<string, number>;
  outDir: string;
}

export function defaultBuildOptions(overrides: Partial<BuildOptions> = {}): BuildOptions {
  return {
    articlesDir: "articles",
    outDir: "_site",
    baseUrl: null,
    recordsDir: "records",
    cacheDir: ".cache/news-archive",
    topicsFile: "topics.yaml",
    title: "News archive",
    progress: false,
    ...overrides,
  };
}

