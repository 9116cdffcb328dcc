/**
 * The file keys of search documents (format.ts, `KeyPart`): a document's key is a hash of its ref, so its
 * file keeps its name and bytes when other articles are added or deleted.
 */
import { KEY_WIDTH } from "./format.ts";
import { fnv1a32 } from "../store/hash.ts";

const KEY_SPACE = 36 ** KEY_WIDTH;

/**
 * The key of each of `refs` (sorted: document id order). When two refs' hashes collide, the first in ref
 * order keeps the slot and the next takes the following free one, so the keys depend on the set of refs
 * alone, never on the order in which the articles arrived (an incremental build equals a cold one).
 */
export function documentKeys(refs: readonly string[]): string[] {
  const taken = new Set<number>();
  return refs.map((ref) => {
    let slot = fnv1a32(ref) % KEY_SPACE;
    while (taken.has(slot)) slot = (slot + 1) % KEY_SPACE;
    taken.add(slot);
    return slot.toString(36).padStart(KEY_WIDTH, "0");
  });
}
