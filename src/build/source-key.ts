/**
 * A hash of the code and templates that shape the output (src/, templates/,
 * .eleventy.ts, the locked dependency versions). Part of the build's input key,
 * so a rebuild with nothing changed can stop early, and a new version of
 * news-archive never reuses output made by the old one.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { contentHash } from "../store/hash.ts";
import { PROJECT_ROOT } from "./paths.ts";

let memo: Promise<string> | null = null;

export function sourceKey(): Promise<string> {
  memo ??= compute();
  return memo;
}

async function compute(): Promise<string> {
  const files = [
    ...(await listFiles(path.join(PROJECT_ROOT, "src"))),
    ...(await listFiles(path.join(PROJECT_ROOT, "templates"))),
    path.join(PROJECT_ROOT, ".eleventy.ts"),
    path.join(PROJECT_ROOT, "package-lock.json"),
  ].sort();
  const parts = await Promise.all(files.map(async (f) => `${path.relative(PROJECT_ROOT, f)}\0${contentHash(await fs.readFile(f).catch(() => ""))}`));
  return contentHash(parts.join("\n"));
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(abs)));
    else out.push(abs);
  }
  return out;
}
