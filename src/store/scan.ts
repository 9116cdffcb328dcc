/**
 * Lists the article files in the articles folder: `.txt` and `.md` files, in
 * sorted order (so builds never depend on the file system's order).
 *
 * Everything else is reported with a one-line reason, never fatal: other
 * extensions, empty folders named like article files (`x.txt/`), symlinks
 * leading outside the folder or to something that is not a file, FIFOs and
 * sockets, files too large to be an article, unreadable files and folders.
 * Nothing in the folder is ever modified, and nothing is opened but regular
 * files (a FIFO would block the build forever). Catalogue: docs/SECURITY.md.
 */
import { promises as fs, constants as fsConstants, accessSync, statSync } from "node:fs";
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

/** True when `seen` (a cache entry's stat) still describes `file`: same size, mtime and inode. */
export function sameStat(seen: { size: number; mtimeMs: number; ino: number } | undefined, file: ArticleFile): boolean {
  return seen !== undefined && seen.size === file.size && seen.mtimeMs === file.mtimeMs && seen.ino === file.ino;
}

export interface ScanResult {
  files: ArticleFile[];
  skipped: Array<{ file: string; reason: string }>;
}

const ARTICLE_EXTENSIONS = new Set([".txt", ".md"]);

/**
 * The largest file read as an article: 5 MB. A long news article is ~100 KB of
 * text; a file 50 times that is a dump or a mistake, and publishing it would put
 * megabytes into one page and the search index. Default 5 * 1024 * 1024.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Scans `dir` recursively (hidden files and folders are ignored). */
export async function scanArticles(dir: string, maxBytes = MAX_ARTICLE_BYTES): Promise<ScanResult> {
  const root = await fs.realpath(dir);
  const files: ArticleFile[] = [];
  const skipped: ScanResult["skipped"] = [];
  await walk({ root, files, skipped, maxBytes }, "");
  const byName = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  files.sort(byName);
  skipped.sort(byName);
  return { files, skipped };
}

interface Walk {
  /** The articles folder, symlinks resolved. */
  root: string;
  files: ArticleFile[];
  skipped: ScanResult["skipped"];
  maxBytes: number;
}

async function walk(w: Walk, rel: string): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(path.join(w.root, rel), { withFileTypes: true });
  } catch (error) {
    w.skipped.push({ file: rel || ".", reason: `folder cannot be read (${errorCode(error)}); skipped` });
    return;
  }
  if (rel !== "" && entries.length === 0 && isArticleName(rel)) {
    w.skipped.push({ file: rel, reason: "is an empty folder, not an article file; skipped" });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const relPath = rel === "" ? entry.name : `${rel}/${entry.name}`;
    const abs = path.join(w.root, relPath);
    if (entry.isSymbolicLink()) {
      await symlink(w, relPath, abs);
      continue;
    }
    if (entry.isDirectory()) {
      await walk(w, relPath);
      continue;
    }
    if (!entry.isFile()) {
      w.skipped.push({ file: relPath, reason: `is ${special(entry)}, not a regular file; skipped` });
      continue;
    }
    if (!isArticleName(relPath)) {
      w.skipped.push({ file: relPath, reason: "not a .txt or .md file; skipped" });
      continue;
    }
    await addFile(w, relPath, abs);
  }
}

/** A symlink is followed only to a regular article file inside the articles folder. */
async function symlink(w: Walk, relPath: string, abs: string): Promise<void> {
  let target: string;
  try {
    target = await fs.realpath(abs);
  } catch {
    w.skipped.push({ file: relPath, reason: "broken symlink; skipped" });
    return;
  }
  if (!target.startsWith(w.root + path.sep)) {
    w.skipped.push({ file: relPath, reason: "symlink to a file outside the articles folder; skipped (copy the file in instead)" });
    return;
  }
  const stat = await fs.stat(target).catch(() => null);
  if (stat === null) w.skipped.push({ file: relPath, reason: "broken symlink; skipped" });
  else if (stat.isDirectory()) w.skipped.push({ file: relPath, reason: "symlink to a folder; skipped (its files are read where they are)" });
  else if (!stat.isFile()) w.skipped.push({ file: relPath, reason: "symlink to something that is not a regular file; skipped" });
  else if (!isArticleName(relPath)) w.skipped.push({ file: relPath, reason: "not a .txt or .md file; skipped" });
  else await addFile(w, relPath, target);
}

async function addFile(w: Walk, file: string, abs: string): Promise<void> {
  try {
    // Synchronous: for 10,000 small calls a promise each costs more than the call (this runs on every build).
    const stat = statSync(abs);
    // Readable by everyone (the usual case) needs no access() call; else ask (owner, group, ACLs).
    if ((stat.mode & 0o004) === 0) accessSync(abs, fsConstants.R_OK);
    if (stat.size > w.maxBytes) {
      w.skipped.push({ file, reason: `is ${megabytes(stat.size)}, too large to be one article (limit ${megabytes(w.maxBytes)}); skipped` });
      return;
    }
    w.files.push({ file, abs, size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino });
  } catch (error) {
    w.skipped.push({ file, reason: `cannot be read (${errorCode(error)}); skipped` });
  }
}

function isArticleName(name: string): boolean {
  return ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase());
}

function special(entry: { isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean }): string {
  if (entry.isFIFO()) return "a named pipe (FIFO)";
  if (entry.isSocket()) return "a socket";
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return "a device";
  return "not a file or folder";
}

/** "20.0 MB", "5 MB". */
function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? "error";
}
