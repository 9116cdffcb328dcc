import { promises as fs } from "node:fs";
import path from "node:path";

/**
 * Writes a file by writing a sibling temp file and renaming it over the target,
 * so a reader never sees half a file, and a hard link to the old file (an older
 * site sharing unchanged files) is left untouched.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await fs.writeFile(tmp, data);
  await fs.rename(tmp, file);
}
