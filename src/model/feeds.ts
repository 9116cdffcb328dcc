/** Feed entries: the newest articles with their bodies. Feeds are dated by their newest entry, never the build time. */
import type { FeedPage } from "./pages.ts";
import type { Entry } from "./build-model.ts";

export const FEED_SIZE = 50;

type FeedEntry = FeedPage["entries"][number];

/**
 * One summary entry per article, shared by the feeds of all its topics, like its card: a rebuild in `npm start`
 * compares shared objects once (build/descriptor-hash.ts), and a build holds one copy instead of eight.
 */
const summaryEntries = new WeakMap<Entry, FeedEntry>();

function summaryEntry(e: Entry): FeedEntry {
  let entry = summaryEntries.get(e);
  if (entry === undefined) summaryEntries.set(e, (entry = { ...e.card, body: null }));
  return entry;
}

/**
 * `entries` must be sorted newest first; undated articles are left out of feeds.
 * `fullContent`: the main feed carries whole articles; topic feeds only summaries,
 * since an article is in the feeds of up to 8 topics.
 */
export function feedEntries(entries: readonly Entry[], fullContent: boolean): Pick<FeedPage, "updated" | "entries"> {
  const dated = entries.filter((e) => e.key !== null).slice(0, FEED_SIZE);
  return {
    updated: dated[0]?.a.record.date ?? null,
    entries: dated.map((e) => (fullContent ? { ...e.card, body: e.a.record.body } : summaryEntry(e))),
  };
}
