/** Topic pages (paginated, with timeline and co-occurring topics), their feeds, and the topics index. */
import type { FeedPage, TopicPage, TopicRef, TopicsIndexPage } from "./pages.ts";
import { TOPIC_KINDS } from "../record/schema.ts";
import type { TopicInfo as ArchiveTopic } from "../topics/archive.ts";
import type { Entry } from "./build-model.ts";
import { paginate } from "./paginate.ts";
import { monthRange } from "./chronology.ts";
import { feedEntries } from "./feeds.ts";

/** A topic as merged across the archive, with its page: null when it has none (a single-article topic that is not pinned). */
export type TopicInfo = ArchiveTopic & { url: string | null };

const COOCCURRING = 8;

type Cooccurring = Array<{ info: TopicInfo; count: number }>;

/** What one topic's pages (its list pages and its feed) were made from. */
interface TopicInputs {
  info: TopicInfo;
  items: readonly Entry[];
  cooccurring: Cooccurring;
  pages: Array<TopicPage | FeedPage>;
}

/**
 * A build session's topic pages from its last model, by slug (ModelMemo). A topic whose articles (the same
 * entries: build-model.ts keeps an unchanged article's entry), name, page and co-occurring topics are what they
 * were keeps its page descriptors, the same objects, which the session's diff then passes over at once
 * (build/descriptor-hash.ts). After one new article in an archive of 10,000, 7 of ~2,100 topics change.
 */
export class TopicPagesMemo {
  bySlug = new Map<string, TopicInputs>();
}

function sameInfo(a: TopicInfo, b: TopicInfo): boolean {
  return a.name === b.name && a.kind === b.kind && a.url === b.url && a.description === b.description;
}

function sameItems(a: readonly Entry[], b: readonly Entry[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether the topics listed as co-occurring are as they were. With the same entries, the same topics co-occur
 * as often as before: an entry is kept only while its topics' names, kinds and pages are unchanged.
 */
function sameCooccurring(kept: Cooccurring, topics: ReadonlyMap<string, TopicInfo>): boolean {
  return kept.every((x) => {
    const now = topics.get(x.info.slug);
    return now !== undefined && sameInfo(now, x.info);
  });
}

/** `entries` must be sorted newest first. `memo`: a session's last topic pages, updated here. */
export function topicPages(entries: readonly Entry[], topics: ReadonlyMap<string, TopicInfo>, memo?: TopicPagesMemo): Array<TopicPage | FeedPage | TopicsIndexPage> {
  const members = new Map<string, Entry[]>();
  for (const e of entries) {
    for (const t of e.topics) {
      const list = members.get(t.slug);
      if (list === undefined) members.set(t.slug, [e]);
      else list.push(e);
    }
  }

  const monthOf = (e: Entry): string => e.key!.slice(0, 7);
  const out: Array<TopicPage | FeedPage | TopicsIndexPage> = [];
  const ref = (t: TopicInfo): TopicRef => ({ name: t.name, slug: t.slug, kind: t.kind, url: t.url });
  const made = new Map<string, TopicInputs>();
  for (const slug of [...members.keys()].sort()) {
    const info = topics.get(slug);
    if (!info || info.url === null) continue;
    const items = members.get(slug)!;
    const kept = memo?.bySlug.get(slug);
    if (kept !== undefined && sameInfo(kept.info, info) && sameItems(kept.items, items) && sameCooccurring(kept.cooccurring, topics)) {
      out.push(...kept.pages);
      made.set(slug, kept);
      continue;
    }
    const row = new Map<string, number>();
    for (const e of items) for (const other of e.topics) if (other.slug !== slug) row.set(other.slug, (row.get(other.slug) ?? 0) + 1);
    const best = mostFrequent(row, topics);
    const pages: TopicInputs["pages"] = [];
    // Items are newest first (undated last): the dated ones' months run from the last dated item's to the first's.
    const dated = items.filter((e) => e.key !== null);
    const counts = new Map<string, number>();
    for (const e of dated) {
      const month = monthOf(e);
      counts.set(month, (counts.get(month) ?? 0) + 1);
    }
    const timeline = dated.length === 0 ? [] : monthRange(monthOf(dated.at(-1)!), monthOf(dated[0]!)).map((month) => ({ month, count: counts.get(month) ?? 0 }));
    const cooccurring = best.map((x) => ({ ...ref(x.info), count: x.count }));
    const feedUrl = `/topics/${slug}/feed.xml`;
    const topic: TopicPage["topic"] = { ...ref(info), feedUrl };
    const overview: TopicPage["overview"] = {
      description: info.description,
      count: items.length,
      firstDate: dated.at(-1)?.a.record.date ?? null,
      lastDate: dated[0]?.a.record.date ?? null,
      timeline,
      cooccurring,
    };
    for (const slice of paginate(items.map((e) => e.card), info.url)) {
      pages.push({ kind: "topic", url: slice.url, topic, overview: slice.pager.first ? overview : null, items: slice.items, pager: slice.pager });
    }
    pages.push({ kind: "feed", url: feedUrl, title: info.name, pageUrl: info.url, ...feedEntries(items, false) });
    out.push(...pages);
    made.set(slug, { info, items, cooccurring: best, pages });
  }
  if (memo !== undefined) memo.bySlug = made;

  const groups = TOPIC_KINDS.map((kind) => ({
    kind,
    topics: [...topics.values()]
      .filter((t) => t.kind === kind && members.has(t.slug))
      .map((t) => ({ ...ref(t), count: members.get(t.slug)!.length }))
      .sort((x, y) => y.count - x.count || (x.slug < y.slug ? -1 : 1)),
  })).filter((g) => g.topics.length > 0);
  out.push({ kind: "topics", url: "/topics/", groups, total: groups.reduce((n, g) => n + g.topics.length, 0) });
  return out;
}

/** The COOCCURRING most frequent topics of a co-occurrence row (ties by slug), without sorting the whole row. */
function mostFrequent(row: ReadonlyMap<string, number>, topics: ReadonlyMap<string, TopicInfo>): Cooccurring {
  const best: Cooccurring = [];
  const before = (x: { info: TopicInfo; count: number }, y: { info: TopicInfo; count: number }) => x.count > y.count || (x.count === y.count && x.info.slug < y.info.slug);
  for (const [other, count] of row) {
    const info = topics.get(other);
    if (info === undefined) continue;
    const item = { info, count };
    if (best.length === COOCCURRING && !before(item, best[COOCCURRING - 1]!)) continue;
    let at = best.length;
    while (at > 0 && before(item, best[at - 1]!)) at--;
    best.splice(at, 0, item);
    if (best.length > COOCCURRING) best.pop();
  }
  return best;
}
