/**
 * Atomic, incremental output.
 *
 * A build writes into a fresh staging folder next to the output folder, which
 * starts as a hard-link copy of the previous site (so unchanged files keep their
 * bytes, inode and modification time, and cost nothing to "copy"). Changed files
 * are written by rename, which breaks the link and leaves the previous site
 * untouched. At the end the staging folder is swapped in with two renames. A
 * build that fails or is interrupted leaves the previous site whole; the next
 * build clears what it left.
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
}

export async function readManifest(outDir: string): Promise<Manifest | null> {
  try {
    const data = JSON.parse(await fs.readFile(path.join(outDir, MANIFEST_FILE), "utf8")) as Manifest;
    return data.version === MANIFEST_VERSION ? data : null;
  } catch {
    return null;
  }
}

export function emptyManifest(renderKey: string): Manifest {
  return { version: MANIFEST_VERSION, renderKey, inputKey: "", pages: {}, files: {} };
}

export class OutputTransaction {
  private done = false;
  private readonly madeDirs = new Set<string>();
  private constructor(
    readonly outDir: string,
    readonly staging: string,
  ) {}

  /** Starts a transaction; `reuse` hard-links the previous site into the staging folder. */
  static async begin(outDir: string, reuse: boolean): Promise<OutputTransaction> {
    const abs = path.resolve(outDir);
    await recoverInterrupted(abs);
    const staging = `${abs}.staging-${process.pid}`;
    await fs.rm(staging, { recursive: true, force: true });
    await fs.mkdir(path.dirname(abs), { recursive: true });
    if (reuse && existsSync(abs)) await linkCopy(abs, staging);
    else await fs.mkdir(staging, { recursive: true });
    return new OutputTransaction(abs, staging);
  }

  /**
   * Writes a file into the staging folder. A file that existed in the previous
   * site (`replace`) is a hard link there, so it is unlinked first, never written
   * through. (No per-file atomicity is needed: a failed build discards the
   * whole folder.)
   */
  async write(rel: string, content: string | Uint8Array, replace = true): Promise<void> {
    const file = this.resolve(rel);
    const dir = path.dirname(file);
    if (!this.madeDirs.has(dir)) {
      await fs.mkdir(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    if (replace) await fs.rm(file, { force: true });
    await fs.writeFile(file, content);
  }

  /** Writes many files, several at a time (the disk, not the CPU, is the limit here). */
  async writeMany(files: ReadonlyArray<{ rel: string; content: string | Uint8Array; replace: boolean }>, concurrency = 16): Promise<void> {
    // Folders first, parents before children, so concurrent writes never race on mkdir.
    const dirs = [...new Set(files.map((f) => path.dirname(this.resolve(f.rel))))].sort();
    for (const dir of dirs) {
      if (this.madeDirs.has(dir)) continue;
      await fs.mkdir(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    await mapConcurrent(files, concurrency, (f) => this.write(f.rel, f.content, f.replace));
  }

  async remove(rel: string): Promise<void> {
    const file = this.resolve(rel);
    await fs.rm(file, { force: true });
    // Remove folders left empty, up to the staging root.
    let dir = path.dirname(file);
    while (dir.startsWith(this.staging + path.sep)) {
      try {
        await fs.rmdir(dir);
        this.madeDirs.delete(dir);
      } catch {
        break;
      }
      dir = path.dirname(dir);
    }
  }

  /** Writes the manifest and swaps the staging folder in. */
  async commit(manifest: Manifest): Promise<void> {
    // Keys sorted: the manifest is part of the output, and must not depend on the order work was done in.
    const sorted = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await this.write(MANIFEST_FILE, JSON.stringify({ ...manifest, pages: sorted(manifest.pages), files: sorted(manifest.files) }));
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

  /** Synchronous cleanup for signal handlers. */
  abortSync(): void {
    if (this.done) return;
    this.done = true;
    // Interrupted between commit's two renames: put the previous site back now, not at the next build.
    const old = `${this.outDir}.old-${process.pid}`;
    if (!existsSync(this.outDir) && existsSync(old)) renameSync(old, this.outDir);
    spawnSync("rm", ["-rf", this.staging]);
  }

  private resolve(rel: string): string {
    const file = path.resolve(this.staging, rel);
    if (!file.startsWith(this.staging + path.sep)) throw new Error(`refusing to write outside the output folder: ${rel}`);
    return file;
  }
}

/** Clears staging folders of interrupted builds, and puts back a site whose swap was interrupted. */
async function recoverInterrupted(outDir: string): Promise<void> {
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
    if ((n.startsWith(`${base}.staging-`) || n.startsWith(`${base}.old-`)) && existsSync(path.join(parent, n))) {
      const pid = Number(n.slice(n.lastIndexOf("-") + 1));
      if (pid !== process.pid && isRunning(pid)) continue; // another build is running
      await fs.rm(path.join(parent, n), { recursive: true, force: true });
    }
  }
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

/** A hard-link copy of a folder tree: `cp -al` where there is one, else a walk. */
async function linkCopy(from: string, to: string): Promise<void> {
  if (process.platform !== "win32") {
    const r = spawnSync("cp", ["-al", from, to]);
    if (r.status === 0) return;
    await fs.rm(to, { recursive: true, force: true });
  }
  const walk = async (src: string, dst: string): Promise<void> => {
    await fs.mkdir(dst, { recursive: true });
    for (const e of await fs.readdir(src, { withFileTypes: true })) {
      const s = path.join(src, e.name);
      const d = path.join(dst, e.name);
      if (e.isDirectory()) await walk(s, d);
      else await fs.link(s, d).catch(() => fs.copyFile(s, d));
    }
  };
  await walk(from, to);
}
