/**
 * Hashes of page descriptors, for deciding what to re-render.
 *
 * Article cards are shared objects: the same card appears on a topic page, a
 * month page, an outlet page and five "related" lists. Each card is serialised
 * and hashed once, and a page's hash is taken over its descriptor with every card
 * list replaced by its cards' hashes, instead of serialising the same card dozens
 * of times (at 10,000 articles that is hundreds of megabytes of JSON per build).
 * The lists are named, not searched for with a JSON.stringify replacer: a replacer
 * is called for every value of every page, which cost more than the hashing.
 * The result depends only on the descriptor's content.
 */
import type { ArticleCard, PageDescriptor } from "../model/pages.ts";
import { createHash } from "node:crypto";
import { contentHash } from "../store/hash.ts";

/** The names of a page type's fields that hold a list of article cards. */
type CardListKey<P> = { [K in keyof P]-?: P[K] extends readonly ArticleCard[] ? K : never }[keyof P];

/**
 * Every field of every page kind that holds a list of cards. A record over the union of those
 * names, so a page kind gaining such a field fails type checking until it is listed here.
 */
const CARD_LIST_FIELDS: Record<PageDescriptor extends infer P ? (P extends unknown ? CardListKey<P> : never) : never, true> = {
  relatedArticles: true,
  alsoReportedBy: true,
  latest: true,
  items: true,
  entries: true,
};
const CARD_LISTS = Object.keys(CARD_LIST_FIELDS);

export function descriptorHasher(): (page: PageDescriptor) => string {
  const cardHashes = new WeakMap<ArticleCard, string>();
  const cardHash = (card: ArticleCard): string => {
    let h = cardHashes.get(card);
    if (h === undefined) cardHashes.set(card, (h = contentHash(JSON.stringify(card))));
    return h;
  };
  return (page) => {
    const view: Record<string, unknown> = { ...page };
    for (const key of CARD_LISTS) {
      const list = view[key];
      if (Array.isArray(list)) view[key] = (list as ArticleCard[]).map(cardHash);
    }
    if (page.kind !== "article") return contentHash(JSON.stringify(view));
    // An article's body (most of its bytes) is hashed as it is, after the rest, instead of being escaped into
    // the JSON first. JSON.stringify escapes every control character, so the NUL cannot occur before it.
    view.body = null;
    return createHash("sha1").update(JSON.stringify(view)).update("\0").update(page.body).digest("hex");
  };
}
