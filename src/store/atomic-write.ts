import { closeSync, fstatSync, mkdirSync, openSync, promises as fs, renameSync, writeSync, type Stats } from "node:fs";
import path from "node:path";

/**
 * Writes a file by writing a sibling temp file and renaming it over the target,
 * so a reader never sees half a file, and a hard link to the old file (an older
 * site sharing unchanged files) is left untouched. The folder is created only
 * when it is missing (a mkdir per write costs more than the write).
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    await fs.writeFile(tmp, data);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(tmp, data);
  }
  await fs.rename(tmp, file);
}

/**
 * `writeFileAtomic` without the event loop, returning the file's stat: for worker threads
 * writing thousands of small files, where each async round trip costs more than the write.
 */
export function writeFileAtomicSync(file: string, data: string): Stats {
  const tmp = `${file}.tmp-${process.pid}`;
  let fd: number;
  try {
    fd = openSync(tmp, "w");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    mkdirSync(path.dirname(file), { recursive: true });
    fd = openSync(tmp, "w");
  }
  let stat: Stats;
  try {
    writeSync(fd, data);
    stat = fstatSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  return stat;
}
