/** Site-wide pages: home, search, the main feed, the build report and the sitemap. */
import type { PageDescriptor, ReportPage } from "./pages.ts";
import { TOPIC_KINDS } from "../record/schema.ts";
import type { Entry, NearDuplicate } from "./build-model.ts";
import type { TopicInfo } from "./topic-pages.ts";
import type { SkippedFile } from "./input.ts";
import { feedEntries } from "./feeds.ts";

const HOME_LATEST = 20;
const HOME_TOPICS = 30;
const HOME_OUTLETS = 20;

export interface ReportFacts {
  skipped: readonly SkippedFile[];
  warnings: ReadonlyArray<{ file: string; reason: string }>;
  duplicates: ReadonlyArray<{ file: string; duplicateOf: string }>;
  near: readonly NearDuplicate[];
}

/** `entries` sorted newest first; `pages` are the pages made so far (for the sitemap and the home page's links). */
export function sitePages(entries: readonly Entry[], topics: ReadonlyMap<string, TopicInfo>, pages: readonly PageDescriptor[], facts: ReportFacts): PageDescriptor[] {
  const counts = topicCounts(entries);
  const ranked = [...topics.values()]
    .filter((t) => counts.has(t.slug))
    .map((t) => ({ name: t.name, slug: t.slug, kind: t.kind, url: t.url, count: counts.get(t.slug)! }))
    .sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : 1));

  const years: Array<{ year: string; url: string; count: number }> = [];
  const outlets: Array<{ name: string; url: string; count: number }> = [];
  for (const p of pages) {
    if (p.kind === "year") years.push({ year: p.year, url: p.url, count: p.count });
    if (p.kind === "outlets") outlets.push(...p.outlets.slice(0, HOME_OUTLETS).map((o) => ({ name: o.name, url: o.url, count: o.count })));
  }
  years.sort((a, b) => (a.year < b.year ? 1 : -1));

  const undated = entries.filter((e) => e.key === null);
  const brief = (e: Entry) => ({ file: e.a.record.file, url: e.url, title: e.a.record.title });
  const warningsByFile = new Map<string, string[]>();
  for (const w of [...facts.warnings, ...facts.skipped.map((s) => ({ file: s.file, reason: s.reason }))]) {
    warningsByFile.set(w.file, [...(warningsByFile.get(w.file) ?? []), w.reason]);
  }
  const report: ReportPage = {
    kind: "report",
    url: "/report/",
    articleCount: entries.length,
    warnings: [...warningsByFile].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([file, reasons]) => ({ file, reasons })),
    undated: undated.map(brief).sort((a, b) => (a.file < b.file ? -1 : 1)),
    duplicates: [...facts.duplicates],
    nearDuplicates: facts.near.map((n) => ({ a: brief(n.a), b: brief(n.b) })),
    skipped: [...facts.skipped],
    topicStats: {
      total: ranked.length,
      withPage: ranked.filter((t) => t.url !== null).length,
      byKind: TOPIC_KINDS.map((kind) => ({ kind, count: ranked.filter((t) => t.kind === kind).length })),
      largest: ranked.slice(0, 20),
    },
  };

  const htmlUrls = pages.filter((p) => p.kind !== "feed" && p.kind !== "sitemap").map((p) => p.url);
  return [
    {
      kind: "home",
      url: "/",
      latest: entries.filter((e) => e.key !== null).slice(0, HOME_LATEST).map((e) => e.card),
      topTopics: ranked.filter((t) => t.url !== null).slice(0, HOME_TOPICS),
      years,
      outlets,
      undatedCount: undated.length,
      articleCount: entries.length,
    },
    { kind: "search", url: "/search/" },
    report,
    { kind: "feed", url: "/feed.xml", title: "Latest articles", pageUrl: "/", ...feedEntries(entries, true) },
    { kind: "sitemap", url: "/sitemap.xml", urls: ["/", "/search/", ...htmlUrls].sort() },
  ];
}

function topicCounts(entries: readonly Entry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) for (const t of e.topics) counts.set(t.slug, (counts.get(t.slug) ?? 0) + 1);
  return counts;
}
