/** Article page descriptors: the article, its neighbours in time, related and near-duplicate articles. */
import type { ArticleCard, ArticlePage } from "./pages.ts";
import type { Entry, NearDuplicate } from "./build-model.ts";

/**
 * A build session's article pages from its last model, by entry (ModelMemo): an article whose entry (its
 * record, URL and topics: build-model.ts), related and near-duplicate cards and neighbours in time are as they
 * were keeps its page descriptor, the same object, which the session's diff then passes over at once.
 */
export type ArticlePagesMemo = WeakMap<Entry, ArticlePage>;

const sameCards = (a: readonly ArticleCard[], b: readonly ArticleCard[]): boolean => a.length === b.length && a.every((c, i) => c === b[i]);
const sameNeighbour = (link: ArticlePage["prev"], e: Entry | null): boolean => (link === null ? e === null : e !== null && link.url === e.url && link.title === e.a.record.title);

/** `entries` must be sorted newest first. `memo`: a session's last article pages, updated here. */
export function articlePages(
  entries: readonly Entry[],
  byFile: ReadonlyMap<string, Entry>,
  related: ReadonlyMap<string, string[]>,
  near: readonly NearDuplicate[],
  memo?: ArticlePagesMemo,
): ArticlePage[] {
  const alsoReported = new Map<Entry, Entry[]>();
  for (const pair of near) {
    alsoReported.set(pair.a, [...(alsoReported.get(pair.a) ?? []), pair.b]);
    alsoReported.set(pair.b, [...(alsoReported.get(pair.b) ?? []), pair.a]);
  }
  const dated = entries.filter((e) => e.key !== null);
  const position = new Map(dated.map((e, i) => [e, i]));

  return entries.map((e): ArticlePage => {
    const r = e.a.record;
    const i = position.get(e);
    const newer = i === undefined || i === 0 ? null : dated[i - 1]!;
    const older = i === undefined ? null : (dated[i + 1] ?? null);
    const relatedCards = (related.get(r.file) ?? []).flatMap((file) => {
      const other = byFile.get(file);
      return other ? [other.card] : [];
    });
    const alsoReportedBy = (alsoReported.get(e) ?? []).map((x) => x.card).sort((x, y) => (x.url < y.url ? -1 : 1));
    const kept = memo?.get(e);
    if (kept !== undefined && sameNeighbour(kept.prev, older) && sameNeighbour(kept.next, newer) && sameCards(kept.relatedArticles, relatedCards) && sameCards(kept.alsoReportedBy, alsoReportedBy)) {
      return kept;
    }
    const page: ArticlePage = {
      kind: "article",
      url: e.url,
      title: r.title,
      date: r.date,
      updated: r.updated,
      outlet: r.outlet,
      outletUrl: e.card.outletUrl,
      author: r.author,
      section: r.section,
      language: r.language,
      topics: e.topics,
      summary: r.summary,
      body: r.body,
      captions: r.captions,
      relatedHeadlines: r.related,
      relatedArticles: relatedCards,
      alsoReportedBy,
      sourceFile: r.file,
      readingMinutes: e.readingMinutes,
      notArticle: r.kind === "not-article",
      prev: older ? { url: older.url, title: older.a.record.title } : null,
      next: newer ? { url: newer.url, title: newer.a.record.title } : null,
    };
    memo?.set(e, page);
    return page;
  });
}
