/**
 * The site model: from analysed articles to the full list of page descriptors
 * (and the search documents). Pure and deterministic: the same articles, in any
 * order, give the same pages.
 */
import type { ArticleCard, PageDescriptor, TopicRef } from "./pages.ts";
import type { AnalysedArticle, SkippedFile } from "./input.ts";
import type { TopicsConfig } from "../topics/config.ts";
import { canonicaliseTopics } from "../topics/archive.ts";
import { exactDuplicates, nearDuplicates, NearMemo, relatedArticles, RelatedMemo } from "../similarity/index.ts";
import { bodyText } from "../record/body.ts";
import type { ArticleRecord } from "../record/schema.ts";
import { contentHash } from "../store/hash.ts";
import { slugify } from "../record/slug.ts";
import { timeKey, compareNewestFirst } from "./chronology.ts";
import { articlePages, type ArticlePagesMemo } from "./article-pages.ts";
import { RecurringLines } from "./outlet-furniture.ts";
import { topicPages, TopicPagesMemo, type TopicInfo } from "./topic-pages.ts";
import { archivePages } from "./archive-pages.ts";
import { sitePages } from "./site-pages.ts";
import { prepareSearchDoc, type SearchDocStats, type SearchStoreEntry } from "../search/index.ts";

/**
 * Digests of records' bodies, for the search documents' input keys (search/store.ts). Records are immutable and
 * a long-running process (`npm start`) keeps them between builds, so each body is hashed once, not at every build.
 */
const bodyDigests = new WeakMap<ArticleRecord, string>();

function bodyDigest(record: ArticleRecord): string {
  let digest = bodyDigests.get(record);
  if (digest === undefined) bodyDigests.set(record, (digest = contentHash(record.body)));
  return digest;
}

/**
 * An article's search statistics with its merged topic names. Kept per analysis, like the body digests: in a
 * long-running process an article whose topics did not change gets the same object again (which the session's
 * search indexer recognises without comparing its statistics).
 */
const mergedSearchDocs = new WeakMap<SearchDocStats, { topics: string; doc: SearchDocStats }>();

function searchDoc(own: SearchDocStats, topics: readonly TopicRef[]): SearchDocStats {
  const names = topics.map((t) => t.name);
  const key = names.join("\n");
  const kept = mergedSearchDocs.get(own);
  if (kept !== undefined && kept.topics === key) return kept.doc;
  const topicsField = prepareSearchDoc({ ref: own.ref, title: "", topics: names, outlet: null, body: "" }).fields[1];
  const [title, , outlet, body] = own.fields;
  const doc: SearchDocStats = { ref: own.ref, fields: [title, topicsField, outlet, body] };
  mergedSearchDocs.set(own, { topics: key, doc });
  return doc;
}

/** Each entry's search store entry (a function of the entry, which a session keeps while it is unchanged). */
const storeEntries = new WeakMap<Entry, SearchStoreEntry>();

function sameRefs(a: readonly TopicRef[], b: readonly TopicRef[]): boolean {
  return a.length === b.length && a.every((t, i) => t.name === b[i]!.name && t.slug === b[i]!.slug && t.kind === b[i]!.kind && t.url === b[i]!.url);
}

/** One published article with everything the pages need to know about it. */
export interface Entry {
  a: AnalysedArticle;
  url: string;
  /** Sortable UTC time key, null when undated. */
  key: string | null;
  topics: TopicRef[];
  outletSlug: string | null;
  readingMinutes: number;
  card: ArticleCard;
}

export interface NearDuplicate {
  a: Entry;
  b: Entry;
  similarity: number;
}

export interface SiteModel {
  pages: PageDescriptor[];
  searchDocs: SearchDocStats[];
  searchStore: SearchStoreEntry[];
  /** Build-level warnings (duplicates, URL collisions), by file. */
  warnings: Array<{ file: string; reason: string }>;
  published: number;
}

export interface ModelOptions {
  topicsConfig: TopicsConfig;
  /** The topics.yaml path, for warnings about it. */
  topicsFile: string;
  skipped: SkippedFile[];
  /** Parse warnings already reported per file (shown on the report page). */
  parseWarnings: Array<{ file: string; reason: string }>;
  /**
   * Called with the search documents and store entries as soon as they are known, before related articles
   * and pages: a build session indexes them in a worker meanwhile (build/search-indexer.ts).
   */
  onSearchInputs?: (docs: readonly SearchDocStats[], store: readonly SearchStoreEntry[]) => void;
  /** Kept from the previous build (a session): related lists and near duplicates are redone only where a change can reach. */
  memo?: ModelMemo;
}

/**
 * What a build session keeps of one model for the next: the last related lists and near-duplicate pairs with
 * what they were made from (similarity/related.ts, duplicates.ts), the entries of unchanged articles, and the
 * outlet-furniture pass's line counts. The model is the same with or without it.
 */
export class ModelMemo {
  readonly related = new RelatedMemo();
  readonly near = new NearMemo();
  /** The last model's entries by analysis: an article whose URL and topics did not change keeps its entry. */
  readonly entries = new WeakMap<AnalysedArticle, Entry>();
  /** The last model's article and topic pages (article-pages.ts, topic-pages.ts). */
  readonly articlePages: ArticlePagesMemo = new WeakMap();
  readonly topicPages = new TopicPagesMemo();
  /** And, for the outlet-furniture pass before the model, its line counts (outlet-furniture.ts). */
  readonly lines = new RecurringLines();
}

export function buildModel(input: readonly AnalysedArticle[], options: ModelOptions): SiteModel {
  const articles = [...input].sort((x, y) => (x.record.file < y.record.file ? -1 : x.record.file > y.record.file ? 1 : 0));
  const warnings: SiteModel["warnings"] = [];

  // 1. Exact duplicates: the same article under another name is published once.
  // (Near duplicates are looked for after the search inputs are handed over, step 4.)
  const dupes = exactDuplicates(articles.map((a) => ({ id: a.record.file, fp: a.fp })));
  const duplicateOf = new Map(dupes.exact.map((d) => [d.id, d.duplicateOf]));
  for (const [file, original] of duplicateOf) {
    warnings.push({ file, reason: `same article as ${original}; published once, as ${original}` });
  }
  const published = articles.filter((a) => !duplicateOf.has(a.record.file));

  // 2. Topics, merged across the archive.
  const topicArchive = canonicaliseTopics(
    published.map((a) => ({ id: a.record.file, topics: a.topics })),
    options.topicsConfig,
  );
  for (const reason of topicArchive.warnings) warnings.push({ file: options.topicsFile, reason: reason.replace(/^topics\.yaml: /, "") });
  const minForPage = options.topicsConfig.minArticlesForPage ?? 2;
  const topicInfo = new Map<string, TopicInfo>();
  for (const [slug, t] of topicArchive.topics) {
    const hasPage = t.pinned || t.count >= minForPage;
    topicInfo.set(slug, { ...t, url: hasPage ? `/topics/${slug}/` : null });
  }

  // 3. URLs: collisions get -2, -3 … in file-name order.
  const taken = new Set<string>();
  const entries: Entry[] = published.map((a) => {
    let url = a.record.url;
    if (taken.has(url)) {
      const base = url.slice(0, -1);
      let n = 2;
      while (taken.has(`${base}-${n}/`)) n++;
      url = `${base}-${n}/`;
      warnings.push({ file: a.record.file, reason: `another article has the same title and date; published at ${url}` });
    }
    taken.add(url);
    const topics: TopicRef[] = (topicArchive.articles.get(a.record.file) ?? []).map((t) => {
      const info = topicInfo.get(t.slug);
      return { name: info?.name ?? t.name, slug: t.slug, kind: info?.kind ?? t.kind, url: info?.url ?? null };
    });
    // An article whose URL and topics are what they were in the last build keeps its entry, card and all: the
    // pages that show it then hold the same objects, which the session's descriptor comparison sees at once.
    const kept = options.memo?.entries.get(a);
    if (kept !== undefined && kept.url === url && sameRefs(kept.topics, topics)) return kept;
    const readingMinutes = Math.max(1, Math.round(a.words / 230));
    const outletSlug = a.record.outlet === null ? null : slugify(a.record.outlet, "source");
    const card: ArticleCard = {
      url,
      title: a.record.title,
      date: a.record.date,
      outlet: a.record.outlet,
      outletUrl: outletSlug === null ? null : `/sources/${outletSlug}/`,
      author: a.record.author,
      summary: a.record.summary,
      topics,
      readingMinutes,
    };
    const entry: Entry = { a, url, key: timeKey(a.record.date), topics, outletSlug, readingMinutes, card };
    options.memo?.entries.set(a, entry);
    return entry;
  });
  entries.sort(compareNewestFirst);
  const byFile = new Map(entries.map((e) => [e.a.record.file, e]));

  // The cached statistics were made with the article's own topic names; index the merged ones.
  const searchDocs = entries.map((e) => searchDoc(e.a.search, e.topics));
  const searchStore: SearchStoreEntry[] = entries.map((e) => {
    const kept = storeEntries.get(e);
    if (kept !== undefined) return kept;
    const record = e.a.record;
    const entry: SearchStoreEntry = {
      ref: e.a.search.ref,
      url: e.url,
      title: record.title,
      date: record.date,
      outlet: record.outlet,
      topics: e.topics.map((t) => t.name),
      year: e.key === null ? null : e.key.slice(0, 4),
      summary: record.summary,
      // Derived only for the documents whose search file is made (most rebuilds: a few).
      get body() {
        return bodyText(record.body);
      },
      bodySource: record.body,
      bodySourceDigest: () => bodyDigest(record),
      memo: record,
    };
    storeEntries.set(e, entry);
    return entry;
  });
  options.onSearchInputs?.(searchDocs, searchStore);

  // 4. Near duplicates and related articles.
  const near: NearDuplicate[] = [];
  for (const pair of nearDuplicates(dupes.originals, options.memo?.near)) {
    const a = byFile.get(pair.a);
    const b = byFile.get(pair.b);
    if (a && b) near.push({ a, b, similarity: pair.similarity });
  }
  const related = relatedArticles(
    entries.map((e) => ({ id: e.a.record.file, topics: e.topics.map((t) => t.slug), fp: e.a.fp, date: e.a.record.date })),
    5,
    options.memo?.related,
  );

  const pages: PageDescriptor[] = [
    ...articlePages(entries, byFile, related, near, options.memo?.articlePages),
    ...topicPages(entries, topicInfo, options.memo?.topicPages),
    ...archivePages(entries),
  ];
  pages.push(
    ...sitePages(entries, topicInfo, pages, {
      skipped: options.skipped,
      warnings: [...options.parseWarnings, ...warnings],
      duplicates: [...duplicateOf].map(([file, original]) => ({ file, duplicateOf: original })),
      near,
    }),
  );

  return { pages, searchDocs, searchStore, warnings, published: entries.length };
}
