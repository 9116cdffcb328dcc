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
 *
 * A long-running process (`npm start`) also has the previous build's descriptors in memory: a page whose
 * descriptor equals its previous one, value for value, keeps its previous hash without being serialised. At
 * 10,000 articles the diff of a rebuild's ~13,600 pages takes 0.15–0.2 s, against ~0.5 s to hash them all.
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

/** The previous build's pages and their hashes (its manifest's `pages`), when this process built them. */
export interface PreviousPages {
  pages: ReadonlyMap<string, PageDescriptor>;
  hashes: Readonly<Record<string, string>>;
}

export function descriptorHasher(previous: PreviousPages | null = null): (page: PageDescriptor) => string {
  const hash = hasher();
  if (previous === null) return hash;
  const same = sameness();
  return (page) => {
    const before = previous.pages.get(page.url);
    const h = previous.hashes[page.url];
    return before !== undefined && h !== undefined && same(page, before) ? h : hash(page);
  };
}

function hasher(): (page: PageDescriptor) => string {
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

/**
 * Whether two descriptors have the same JSON, key order included (then their hashes are equal too). Plain
 * objects, arrays and primitives only: anything else counts as different, which costs a hash, never a stale
 * page. A card appears in many lists: once a new card was found equal to an old one, the pair is remembered.
 */
function sameness(): (page: PageDescriptor, before: PageDescriptor) => boolean {
  const sameCards = new WeakMap<object, object>();
  const sameCardLists = (a: readonly ArticleCard[], b: unknown): boolean => {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const card = a[i]!;
      const old: unknown = b[i];
      if (typeof old === "object" && old !== null && sameCards.get(card) === old) continue;
      if (!same(card, old)) return false;
      sameCards.set(card, old as object);
    }
    return true;
  };
  return (page, before) => {
    // The same object: a session's model kept the page (model/article-pages.ts, topic-pages.ts).
    if (page === before) return true;
    const keys = Object.keys(page);
    const oldKeys = Object.keys(before);
    if (keys.length !== oldKeys.length) return false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key !== oldKeys[i]) return false;
      const value = (page as unknown as Record<string, unknown>)[key];
      const old = (before as unknown as Record<string, unknown>)[key];
      if (key in CARD_LIST_FIELDS && Array.isArray(value) ? !sameCardLists(value as ArticleCard[], old) : !same(value, old)) return false;
    }
    return true;
  };
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const keys = Object.keys(a);
  const oldKeys = Object.keys(b);
  if (keys.length !== oldKeys.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== oldKeys[i] || !same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}
