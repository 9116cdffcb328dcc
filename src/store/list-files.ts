import { promises as fs } from "node:fs";
import path from "node:path";

/** Every file under `target` (or `target` itself when it is a file), sorted; [] when it does not exist. */
export async function listFiles(target: string): Promise<string[]> {
  const stat = await fs.stat(target).catch(() => null);
  if (!stat) return [];
  if (!stat.isDirectory()) return [target];
  const out: string[] = [];
  for (const e of await fs.readdir(target, { withFileTypes: true })) out.push(...(await listFiles(path.join(target, e.name))));
  return out.sort();
}
