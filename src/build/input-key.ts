/**
 * The build's input key: a hash of everything the output depends on (the code,
 * the site settings, topics.yaml, what the scan skipped, and each article's
 * content hash). Equal to the previous build's: nothing to do.
 */
import { contentHash } from "../store/hash.ts";
import type { SiteContext } from "../model/pages.ts";
import type { SkippedFile } from "../model/input.ts";
import { sourceKey } from "./source-key.ts";

export async function inputKey(site: SiteContext, topicsText: string, scanSkipped: readonly SkippedFile[], files: ReadonlyArray<[string, string | null]>): Promise<string> {
  return contentHash(JSON.stringify([await sourceKey(), site, topicsText, scanSkipped, files]));
}
