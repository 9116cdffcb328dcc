/**
 * Lists the article files in the articles folder: `.txt` and `.md` files, in
 * sorted order (so builds never depend on the file system's order).
 *
 * Everything else is reported, not fatal: other extensions, folders that look
 * like files (`x.txt/`), symlinks leading outside the folder, unreadable files.
 * Nothing in the folder is ever modified.
 */
import { promises as fs, constants as fsConstants } from "node:fs";
import path from "node:path";

export interface ArticleFile {
  /** Path relative to the articles folder, `/`-separated. */
  file: string;
  /** Absolute path (the symlink's target for a symlink inside the folder). */
  abs: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

export interface ScanResult {
  files: ArticleFile[];
  skipped: Array<{ file: string; reason: string }>;
}

const ARTICLE_EXTENSIONS = new Set([".txt", ".md"]);

/** Scans `dir` recursively (hidden files and folders are ignored). */
export async function scanArticles(dir: string): Promise<ScanResult> {
  const root = await fs.realpath(dir);
  const files: ArticleFile[] = [];
  const skipped: ScanResult["skipped"] = [];
  await walk(root, "", root, files, skipped);
  const byName = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  files.sort(byName);
  skipped.sort(byName);
  return { files, skipped };
}

async function walk(root: string, rel: string, realRoot: string, files: ArticleFile[], skipped: ScanResult["skipped"]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
  } catch (error) {
    skipped.push({ file: rel || ".", reason: `folder cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}); skipped` });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const relPath = rel === "" ? entry.name : `${rel}/${entry.name}`;
    const abs = path.join(root, relPath);
    const ext = path.extname(entry.name).toLowerCase();
    if (entry.isSymbolicLink()) {
      let target: string;
      try {
        target = await fs.realpath(abs);
      } catch {
        skipped.push({ file: relPath, reason: "broken symlink; skipped" });
        continue;
      }
      if (!target.startsWith(realRoot + path.sep)) {
        skipped.push({ file: relPath, reason: "symlink to a file outside the articles folder; skipped (copy the file in instead)" });
        continue;
      }
      const stat = await fs.stat(target).catch(() => null);
      if (stat?.isFile() && ARTICLE_EXTENSIONS.has(ext)) await addFile(files, skipped, relPath, target);
      else if (stat?.isFile()) skipped.push({ file: relPath, reason: `not a .txt or .md file; skipped` });
      continue;
    }
    if (entry.isDirectory()) {
      await walk(root, relPath, realRoot, files, skipped);
      continue;
    }
    if (!entry.isFile()) {
      skipped.push({ file: relPath, reason: "not a regular file; skipped" });
      continue;
    }
    if (!ARTICLE_EXTENSIONS.has(ext)) {
      skipped.push({ file: relPath, reason: `not a .txt or .md file; skipped` });
      continue;
    }
    await addFile(files, skipped, relPath, abs);
  }
}

async function addFile(files: ArticleFile[], skipped: ScanResult["skipped"], file: string, abs: string): Promise<void> {
  try {
    await fs.access(abs, fsConstants.R_OK);
    const stat = await fs.stat(abs);
    files.push({ file, abs, size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino });
  } catch (error) {
    skipped.push({ file, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}); skipped` });
  }
}
