/**
 * Atomic, incremental output. A build writes only into a staging folder next to
 * the output folder; the previous site is untouched until the commit.
 *
 * - **Full** (no previous site, or every page re-rendered): the staging folder is
 *   the whole new site, swapped in with two renames at the end.
 * - **Sparse** (an incremental build): the staging folder holds only the files
 *   that changed. The commit first writes a journal (what to move in, what to
 *   delete), then renames each changed file over its old version (the manifest
 *   last; the old version keeps a hard link beside the site until the commit is
 *   done, see applyJournal) and deletes removed pages. Unchanged files are never touched: they
 *   keep their bytes, inode and modification time, and nothing is copied.
 *   SIGINT/SIGTERM during the commit (a few milliseconds for a few hundred
 *   files) is held until it is done; if the process dies anyway, the next build
 *   finds the journal and completes the commit before doing anything else.
 *
 * Either way a build that fails or is interrupted leaves the previous site
 * whole (or, once the commit has begun, the new one); the next build clears
 * what it left.
 */
import { promises as fs, existsSync, renameSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { mapConcurrent } from "./concurrency.ts";

export const MANIFEST_FILE = ".news-archive.json";
const MANIFEST_VERSION = 2;

/** What the site in an output folder was built from: the hash of every page's descriptor and every file. */
export interface Manifest {
  version: number;
  /** Hash of the templates and site settings the pages were rendered with. */
  renderKey: string;
  /** Hash of everything the site was built from (code, settings, each article's content): equal means nothing to do. */
  inputKey: string;
  /** Page URL → hash of its descriptor. */
  pages: Record<string, string>;
  /** Output-relative path → content hash. */
  files: Record<string, string>;
  /** Output-relative path → input key, for files made only when their inputs change (search documents). */
  inputs: Record<string, string>;
}

export async function readManifest(outDir: string): Promise<Manifest | null> {
  try {
    const data = JSON.parse(await fs.readFile(path.join(outDir, MANIFEST_FILE), "utf8")) as Manifest;
    if (data.version !== MANIFEST_VERSION) return null;
    data.inputs ??= {}; // written before input keys existed
    return data;
  } catch {
    return null;
  }
}

export function emptyManifest(renderKey: string): Manifest {
  return { version: MANIFEST_VERSION, renderKey, inputKey: "", pages: {}, files: {}, inputs: {} };
}

interface Journal {
  /** The staging folder's name (next to the site). */
  staging: string;
  /** Output-relative paths to move from the staging folder into the site (the manifest last). */
  moves: string[];
  /** Output-relative paths to delete from the site. */
  deletions: string[];
}

/** A manifest as it is written. */
export function manifestText(manifest: Manifest): string {
  // Keys sorted: the manifest is part of the output, and must not depend on the order work was done in.
  const sorted = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({ ...manifest, pages: sorted(manifest.pages), files: sorted(manifest.files), inputs: sorted(manifest.inputs) });
}

export class OutputTransaction {
  private done = false;
  private committing = false;
  private interruptedDuringCommit = false;
  private readonly madeDirs = new Set<string>();
  private readonly written = new Set<string>();
  private readonly deletions = new Set<string>();
  private constructor(
    readonly outDir: string,
    readonly staging: string,
    /** Sparse: the staging folder holds only changed files, moved into the existing site at commit. */
    readonly sparse: boolean,
  ) {}

  /** Starts a transaction; `incremental` (and a previous site) makes it sparse, else the staging folder is a whole new site. */
  static async begin(outDir: string, incremental: boolean): Promise<OutputTransaction> {
    const abs = path.resolve(outDir);
    await settled();
    await recoverInterrupted(abs);
    const staging = `${abs}.staging-${process.pid}`;
    await fs.rm(staging, { recursive: true, force: true });
    await fs.mkdir(staging, { recursive: true });
    return new OutputTransaction(abs, staging, incremental && existsSync(abs));
  }

  /** Writes a file into the staging folder. (No per-file atomicity is needed: a failed build discards the whole folder.) */
  async write(rel: string, content: string | Uint8Array): Promise<void> {
    const file = this.resolve(rel);
    const dir = path.dirname(file);
    if (!this.madeDirs.has(dir)) {
      await fs.mkdir(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    await fs.writeFile(file, content);
    this.written.add(path.relative(this.staging, file).split(path.sep).join("/"));
    this.deletions.delete(rel);
  }

  /** Writes many files, several at a time (the disk, not the CPU, is the limit here). */
  async writeMany(files: ReadonlyArray<{ rel: string; content: string | Uint8Array }>, concurrency = 16): Promise<void> {
    // Folders first, parents before children, so concurrent writes never race on mkdir.
    const dirs = [...new Set(files.map((f) => path.dirname(this.resolve(f.rel))))].sort();
    for (const dir of dirs) {
      if (this.madeDirs.has(dir)) continue;
      await fs.mkdir(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    await mapConcurrent(files, concurrency, (f) => this.write(f.rel, f.content));
  }

  /**
   * A full (non-sparse) transaction's staging folder, for another thread to write files into directly (at
   * `resolveInside(folder, rel)`) and record them with `adopt(rel)`. Null for a sparse transaction, whose
   * files go through write().
   */
  get folderForDirectWrites(): string | null {
    return this.sparse ? null : this.staging;
  }

  /** Records a file another thread wrote into `folderForDirectWrites`. */
  adopt(rel: string): void {
    this.resolve(rel);
    this.written.add(rel);
    this.deletions.delete(rel);
  }

  /** Removes a file of the previous site (at commit; a full transaction simply does not contain it). */
  async remove(rel: string): Promise<void> {
    this.resolve(rel);
    if (this.sparse) this.deletions.add(rel);
  }

  /**
   * Writes the manifest and puts the new site in place (swap, or sparse moves). The manifest may come as its
   * text (manifestText), made while the last files were still being written.
   */
  async commit(manifest: Manifest | string): Promise<void> {
    await this.write(MANIFEST_FILE, typeof manifest === "string" ? manifest : manifestText(manifest));
    if (!this.sparse) return this.swap();
    const moves = [...this.written].filter((r) => r !== MANIFEST_FILE).sort();
    moves.push(MANIFEST_FILE);
    const journal: Journal = { staging: path.basename(this.staging), moves, deletions: [...this.deletions].sort() };
    this.committing = true;
    // Written whole or not at all: a torn journal must never be read as a plan.
    await fs.writeFile(`${journalPath(this.outDir)}.tmp`, JSON.stringify(journal));
    await fs.rename(`${journalPath(this.outDir)}.tmp`, journalPath(this.outDir));
    await applyJournal(this.outDir, this.staging, journal, false);
    this.done = true;
    this.committing = false;
  }

  /** True when a signal arrived during the commit: the caller should exit (130) now that the site is whole. */
  get interruptedInCommit(): boolean {
    return this.interruptedDuringCommit;
  }

  private async swap(): Promise<void> {
    const old = `${this.outDir}.old-${process.pid}`;
    const hadOld = existsSync(this.outDir);
    if (hadOld) await fs.rename(this.outDir, old);
    await fs.rename(this.staging, this.outDir);
    this.done = true;
    if (hadOld) await removeTree(old);
  }

  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    await fs.rm(this.staging, { recursive: true, force: true });
  }

  /**
   * For signal handlers: before the commit, clean up and return true (the caller exits);
   * during a sparse commit, return false: the commit finishes, then the process exits with 130.
   */
  interrupt(): boolean {
    if (this.committing) {
      this.interruptedDuringCommit = true;
      return false;
    }
    this.abortSync();
    return true;
  }

  /** Synchronous cleanup for signal handlers. */
  abortSync(): void {
    if (this.done) return;
    this.done = true;
    // Interrupted between the swap's two renames: put the previous site back now, not at the next build.
    const old = `${this.outDir}.old-${process.pid}`;
    if (!existsSync(this.outDir) && existsSync(old)) renameSync(old, this.outDir);
    spawnSync("rm", ["-rf", this.staging]);
  }

  private resolve(rel: string): string {
    return resolveInside(this.staging, rel);
  }
}

/** The path of the output-relative `rel` inside `root`; throws for a path that would leave it ("../x", "/x"). */
export function resolveInside(root: string, rel: string): string {
  const file = path.resolve(root, rel);
  if (!file.startsWith(root + path.sep)) throw new Error(`refusing to write outside the output folder: ${rel}`);
  return file;
}

function journalPath(outDir: string): string {
  return `${outDir}.journal.json`;
}

/**
 * Moves the journal's files from the staging folder into the site and deletes the removed ones; safe to run
 * twice (`resuming`: an earlier run may have moved some files already).
 */
async function applyJournal(outDir: string, staging: string, journal: Journal, resuming: boolean): Promise<void> {
  // Moved already by an earlier, interrupted run: skipped.
  const moves = resuming ? journal.moves.filter((rel) => existsSync(path.join(staging, rel))) : [...journal.moves];
  for (const dir of [...new Set(moves.map((rel) => path.dirname(path.join(outDir, rel))))].sort()) await fs.mkdir(dir, { recursive: true });
  // Several at a time (one after another, each waited for, took 0.3 s for a rebuild's 800 files); the
  // manifest, last in the journal, only once every other file is in place.
  const manifest = moves.at(-1) === MANIFEST_FILE ? moves.pop() : undefined;
  // A file renamed over frees the old file's blocks in the rename itself: ~150 µs a file here, for a file written
  // long ago (85–90 ms for a rebuild's ~500). A hard link to the old file first keeps it alive, so the rename only
  // swaps names (35–55 ms with the links); the links' folder is removed after the commit (removeReplaced), while
  // the user already has the site. The replacement stays atomic for a reader. Without hard links (some file
  // systems), files are renamed over as before.
  const replaced = replacedFolder(outDir);
  let linking = await fs.mkdir(replaced, { recursive: true }).then(() => true, () => false);
  await mapConcurrent(moves.map((rel, i) => ({ rel, i })), 16, async ({ rel, i }) => {
    const target = path.join(outDir, rel);
    if (linking) {
      await fs.link(target, path.join(replaced, String(i))).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") linking = false; // ENOENT: a new file, nothing replaced
      });
    }
    await fs.rename(path.join(staging, rel), target);
  });
  if (manifest !== undefined) await fs.rename(path.join(staging, manifest), path.join(outDir, manifest));
  for (const rel of journal.deletions) {
    const file = path.join(outDir, rel);
    await fs.rm(file, { force: true });
    // Remove folders left empty, up to the site's root.
    for (let dir = path.dirname(file); dir.startsWith(outDir + path.sep); dir = path.dirname(dir)) {
      try {
        await fs.rmdir(dir);
      } catch {
        break;
      }
    }
  }
  await fs.rm(journalPath(outDir), { force: true });
  // Only folders are left (and, resuming, files of a journal that was never applied): no need to start an `rm`.
  await fs.rm(staging, { recursive: true, force: true });
  removeReplaced(replaced);
}

/** Removals of replaced files' folders still running (removeReplaced): `settled()` waits for them. */
const removals = new Set<Promise<void>>();

/** Removes a commit's folder of replaced files in the background. One left behind (the process ended) is cleared by the next build. */
function removeReplaced(folder: string): void {
  const removal = fs.rm(folder, { recursive: true, force: true }).catch(() => undefined);
  removals.add(removal);
  void removal.finally(() => removals.delete(removal));
}

/** Resolves once the files replaced by this process's commits are removed (before it exits, and before the next build's commit). */
export async function settled(): Promise<void> {
  while (removals.size > 0) await Promise.all(removals);
}

/** Completes a sparse commit a dead process left half done, clears staging folders of interrupted builds, and puts back a site whose swap was interrupted. */
async function recoverInterrupted(outDir: string): Promise<void> {
  const journalFile = journalPath(outDir);
  await fs.rm(`${journalFile}.tmp`, { force: true });
  if (existsSync(journalFile)) {
    const journal = JSON.parse(await fs.readFile(journalFile, "utf8")) as Journal;
    await applyJournal(outDir, path.join(path.dirname(outDir), journal.staging), journal, true);
  }
  const parent = path.dirname(outDir);
  const base = path.basename(outDir);
  let names: string[] = [];
  try {
    names = await fs.readdir(parent);
  } catch {
    return;
  }
  const olds = names.filter((n) => n.startsWith(`${base}.old-`));
  if (!existsSync(outDir) && olds.length > 0) await fs.rename(path.join(parent, olds[0]!), outDir);
  for (const n of names) {
    if ((n.startsWith(`${base}.staging-`) || n.startsWith(`${base}.old-`) || n.startsWith(`${base}.replaced-`)) && existsSync(path.join(parent, n))) {
      const pid = Number(n.slice(n.lastIndexOf("-") + 1));
      if (pid !== process.pid && isRunning(pid)) continue; // another build is running
      await fs.rm(path.join(parent, n), { recursive: true, force: true });
    }
  }
}

let commits = 0;
function replacedFolder(outDir: string): string {
  return `${outDir}.replaced-${++commits}-${process.pid}`;
}

/** `rm -rf`, natively where there is one (several times faster than a recursive fs.rm on a large site). */
async function removeTree(dir: string): Promise<void> {
  if (process.platform !== "win32" && spawnSync("rm", ["-rf", dir]).status === 0) return;
  await fs.rm(dir, { recursive: true, force: true });
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
