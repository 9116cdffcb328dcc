/** Article page descriptors: the article, its neighbours in time, related and near-duplicate articles. */
import type { ArticlePage } from "./pages.ts";
import type { Entry, NearDuplicate } from "./build-model.ts";

/** `entries` must be sorted newest first. */
export function articlePages(
  entries: readonly Entry[],
  byFile: ReadonlyMap<string, Entry>,
  related: ReadonlyMap<string, string[]>,
  near: readonly NearDuplicate[],
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
    return {
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
      alsoReportedBy: (alsoReported.get(e) ?? []).map((x) => x.card).sort((x, y) => (x.url < y.url ? -1 : 1)),
      sourceFile: r.file,
      readingMinutes: e.readingMinutes,
      notArticle: r.kind === "not-article",
      prev: older ? { url: older.url, title: older.a.record.title } : null,
      next: newer ? { url: newer.url, title: newer.a.record.title } : null,
    };
  });
}
