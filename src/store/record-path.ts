/** Where an article's record file lives (no dependencies: used by the quick no-change check too). */
import path from "node:path";
import { createHash } from "node:crypto";

/** File names longer than this (in bytes) are shortened, leaving room for the writer's temp suffix within the usual 255-byte limit. */
const MAX_NAME_BYTES = 200;

/** `records/<article file>.md`, mirroring sub-folders. */
export function recordPath(recordsDir: string, file: string): string {
  const parts = file.split("/");
  const name = `${parts.pop()!}.md`;
  return path.join(recordsDir, ...parts, Buffer.byteLength(name) <= MAX_NAME_BYTES ? name : shortName(name));
}

/** A long name cut to its first ~150 bytes plus a hash of the whole, so it stays unique. */
function shortName(name: string): string {
  let head = "";
  for (const ch of name) {
    if (Buffer.byteLength(head + ch) > 150) break;
    head += ch;
  }
  return `${head}-${createHash("sha1").update(name).digest("hex").slice(0, 12)}.md`;
}
