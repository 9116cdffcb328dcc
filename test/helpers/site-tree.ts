/** Helpers for tests that build a site into a temporary folder and look at the files. */
import { promises as fs, mkdtempSync, rmSync } from "node:fs";
import assert from "node:assert/strict";
import os from "node:os";
import path from "node:path";
import { build, defaultBuildOptions, type BuildOptions, type BuildResult } from "../../src/build/build.ts";

const made: string[] = [];

/**
 * A fresh folder under the system's temp folder, removed when this test file's process exits (node --test
 * runs each file in a process of its own): a full `npm test` makes several hundred MB of sites, records and
 * caches, which used to stay behind.
 */
export function tempDir(prefix = "na-test-"): string {
  if (made.length === 0) process.on("exit", removeTempDirs);
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function removeTempDirs(): void {
  for (const dir of made.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // A folder a child process still writes to, or made read-only by a test: left behind.
    }
  }
}

/** Options for a build of `articlesDir` whose site, records, cache and topics.yaml live in `work`. */
export function workOptions(articlesDir: string, work: string, overrides: Partial<BuildOptions> = {}): BuildOptions {
  return defaultBuildOptions({
    articlesDir,
    outDir: path.join(work, "_site"),
    recordsDir: path.join(work, "records"),
    cacheDir: path.join(work, "cache"),
    topicsFile: path.join(work, "topics.yaml"),
    ...overrides,
  });
}

/** Builds `articlesDir` into a fresh temp folder (its own records and cache). */
export async function buildInto(articlesDir: string, work = tempDir(), overrides: Partial<BuildOptions> = {}): Promise<{ result: BuildResult; out: string; work: string }> {
  const options = workOptions(articlesDir, work, overrides);
  const result = await build(options);
  return { result, out: options.outDir, work };
}

/** Every file under `dir` as relative path → content (Buffer). */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) await walk(abs);
      else out.set(path.relative(dir, abs).split(path.sep).join("/"), await fs.readFile(abs));
    }
  };
  await walk(dir);
  return out;
}

/** The relative links (href/src) of an HTML page that point inside the site. */
export function localLinks(html: string): string[] {
  const links: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const link = m[1]!.replace(/&amp;/g, "&");
    if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith("#") || link === "") continue;
    links.push(link);
  }
  return links;
}

/** Copies the given files into a fresh folder (an articles folder for a test). */
export async function articlesFolder(files: Record<string, string | Buffer>): Promise<string> {
  const dir = tempDir("na-articles-");
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), content);
  }
  return dir;
}

/** Fails unless the folders hold the same files with the same bytes, naming the files that differ. */
export async function assertSameTree(actualDir: string, expectedDir: string): Promise<void> {
  const [a, b] = await Promise.all([readTree(actualDir), readTree(expectedDir)]);
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort(), "the same files");
  assert.deepEqual([...a.keys()].filter((k) => !a.get(k)!.equals(b.get(k)!)), [], "files with different bytes");
}
