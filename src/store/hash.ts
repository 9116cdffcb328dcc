import { createHash } from "node:crypto";

/** A content hash (SHA-1, hex): for change detection, not security. */
export function contentHash(data: string | Uint8Array): string {
  return createHash("sha1").update(data).digest("hex");
}
