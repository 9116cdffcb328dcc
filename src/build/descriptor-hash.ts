/**
 * Hashes of page descriptors, for deciding what to re-render.
 *
 * Article cards are shared objects: the same card appears on a topic page, a
 * month page, an outlet page and five "related" lists. Each card is serialised
 * and hashed once, and a page's hash is taken over its descriptor with every card
 * replaced by the card's hash, instead of serialising the same card dozens of
 * times (at 10,000 articles that is hundreds of megabytes of JSON per build).
 * The result depends only on the descriptor's content, as before.
 */
import type { ArticleCard, PageDescriptor } from "../model/pages.ts";
import { contentHash } from "../store/hash.ts";

export function descriptorHasher(): (page: PageDescriptor) => string {
  const cardHashes = new WeakMap<object, string>();
  const isCard = (value: object): value is ArticleCard => "readingMinutes" in value && "outletUrl" in value && "summary" in value && !("kind" in value);
  const replacer = (_key: string, value: unknown): unknown => {
    if (value === null || typeof value !== "object" || Array.isArray(value) || !isCard(value)) return value;
    let h = cardHashes.get(value);
    if (h === undefined) cardHashes.set(value, (h = `card:${contentHash(JSON.stringify(value))}`));
    return h;
  };
  return (page) => contentHash(JSON.stringify(page, replacer));
}
