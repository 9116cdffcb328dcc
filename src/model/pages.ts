/**
 * Page descriptors: everything one output file needs, and nothing else.
 *
 * The build computes the full list of descriptors from the records; a page is
 * re-rendered only when the hash of its descriptor (plus the templates) changes.
 * So a template must read only its descriptor and the SiteContext: never a
 * global collection, or incremental builds would go stale.
 *
 * All text fields are plain, untrusted text from articles: templates escape them.
 * All `url` fields are site paths ("/2022/11/10/slug/", "/feed.xml"); templates
 * turn them into relative links with `href(page.url, target)` from src/site/links.ts.
 */
import type { TopicKind } from "../record/schema.ts";

/** A link to a topic. `url` is null when the topic has no page of its own (a single-article topic). */
export interface TopicRef {
  name: string;
  slug: string;
  kind: TopicKind;
  url: string | null;
}

/** What a list of articles shows for one article. */
export interface ArticleCard {
  url: string;
  title: string;
  /** ISO date as stated (see ArticleRecord.date), or null when undated. */
  date: string | null;
  outlet: string | null;
  outletUrl: string | null;
  author: string | null;
  summary: string;
  topics: TopicRef[];
  readingMinutes: number;
}

/**
 * Where a list page sits in its list (topic, source, month, undated). Pages are cut where the articles say
 * (model/paginate.ts), so they carry dates, not numbers: a number would change whenever a page is split.
 */
export interface Pager {
  /** The list's first page (its newest articles, at the list's own URL). */
  first: boolean;
  newerUrl: string | null;
  olderUrl: string | null;
  /** The list's first and last (oldest) pages; null when the list has one page. */
  newestUrl: string | null;
  oldestUrl: string | null;
  /** Stated dates of the page's oldest and newest dated articles; null when none is dated. */
  from: string | null;
  to: string | null;
}

export interface ArticlePage {
  kind: "article";
  url: string;
  title: string;
  date: string | null;
  updated: string | null;
  outlet: string | null;
  outletUrl: string | null;
  author: string | null;
  section: string | null;
  language: string;
  topics: TopicRef[];
  summary: string;
  /** Markdown (render with src/site/markdown.ts: html disabled). */
  body: string;
  captions: string[];
  /** Related headlines as printed on the source page: text only, never links. */
  relatedHeadlines: string[];
  /** The closest articles in this archive (shared topics, text similarity), at most 5. */
  relatedArticles: ArticleCard[];
  /** Near-duplicate reports of the same story from other outlets. */
  alsoReportedBy: ArticleCard[];
  sourceFile: string;
  readingMinutes: number;
  notArticle: boolean;
  /** The previous (older) and next (newer) article in time; null at the ends. */
  prev: { url: string; title: string } | null;
  next: { url: string; title: string } | null;
}

export interface HomePage {
  kind: "home";
  url: "/";
  latest: ArticleCard[];
  topTopics: Array<TopicRef & { count: number }>;
  years: Array<{ year: string; url: string; count: number }>;
  outlets: Array<{ name: string; url: string; count: number }>;
  undatedCount: number;
  articleCount: number;
}

export interface TopicPage {
  kind: "topic";
  url: string;
  topic: TopicRef & { feedUrl: string };
  /**
   * The topic's summary, on its first page only: the other pages must not change with every article added to
   * the topic (a page is re-rendered whenever anything in its descriptor changes).
   */
  overview: {
    description: string | null;
    count: number;
    firstDate: string | null;
    lastDate: string | null;
    /** Articles per month, oldest first, months without articles included (for the SVG timeline). */
    timeline: Array<{ month: string; count: number }>;
    /** The topics that most often appear with this one. */
    cooccurring: Array<TopicRef & { count: number }>;
  } | null;
  items: ArticleCard[];
  pager: Pager;
}

export interface TopicsIndexPage {
  kind: "topics";
  url: "/topics/";
  groups: Array<{ kind: TopicKind; topics: Array<TopicRef & { count: number }> }>;
  total: number;
}

export interface YearPage {
  kind: "year";
  url: string;
  year: string;
  count: number;
  /** All twelve months, with zero counts, for the bar chart. url is null for empty months. */
  months: Array<{ month: string; label: string; url: string | null; count: number }>;
  prev: { url: string; label: string } | null;
  next: { url: string; label: string } | null;
}

export interface MonthPage {
  kind: "month";
  url: string;
  year: string;
  month: string;
  label: string;
  count: number;
  items: ArticleCard[];
  pager: Pager;
  prev: { url: string; label: string } | null;
  next: { url: string; label: string } | null;
}

export interface OutletPage {
  kind: "outlet";
  url: string;
  outlet: { name: string };
  /** The source's summary, on its first page only (see TopicPage.overview). */
  overview: { count: number; firstDate: string | null; lastDate: string | null } | null;
  items: ArticleCard[];
  pager: Pager;
}

export interface OutletsIndexPage {
  kind: "outlets";
  url: "/sources/";
  outlets: Array<{ name: string; url: string; count: number; firstDate: string | null; lastDate: string | null }>;
}

/** The archive by date: every year with its months. */
export interface ArchiveIndexPage {
  kind: "archive";
  url: "/archive/";
  years: Array<{ year: string; url: string; count: number; months: Array<{ month: string; label: string; url: string; count: number }> }>;
  undatedCount: number;
}

export interface UndatedPage {
  kind: "undated";
  url: string;
  items: ArticleCard[];
  pager: Pager;
}

export interface SearchPage {
  kind: "search";
  url: "/search/";
}

export interface ReportPage {
  kind: "report";
  url: "/report/";
  articleCount: number;
  warnings: Array<{ file: string; reasons: string[] }>;
  undated: Array<{ file: string; url: string; title: string }>;
  duplicates: Array<{ file: string; duplicateOf: string }>;
  nearDuplicates: Array<{ a: { file: string; url: string; title: string }; b: { file: string; url: string; title: string } }>;
  skipped: Array<{ file: string; reason: string }>;
  topicStats: { total: number; withPage: number; byKind: Array<{ kind: TopicKind; count: number }>; largest: Array<TopicRef & { count: number }> };
}

export interface FeedPage {
  kind: "feed";
  /** "/feed.xml" or "/topics/<slug>/feed.xml". */
  url: string;
  title: string;
  /** The HTML page this feed belongs to. */
  pageUrl: string;
  /** Newest entry's date (ISO), or null for an empty feed; feeds never use the build time. */
  updated: string | null;
  /** Entries with `body` carry the full article; topic feeds carry summaries only (body null) to stay small. */
  entries: Array<ArticleCard & { body: string | null }>;
}

export interface SitemapPage {
  kind: "sitemap";
  url: "/sitemap.xml";
  urls: string[];
}

/** Every kind of page the site has. */
export type PageDescriptor =
  | ArticlePage
  | HomePage
  | TopicPage
  | TopicsIndexPage
  | YearPage
  | MonthPage
  | OutletPage
  | OutletsIndexPage
  | ArchiveIndexPage
  | UndatedPage
  | SearchPage
  | ReportPage
  | FeedPage
  | SitemapPage;

export type PageKind = PageDescriptor["kind"];

/** Site-wide settings every template may read. Changing any of them re-renders every page. */
export interface SiteContext {
  title: string;
  /** Absolute base for canonical links, feeds and the sitemap ("https://example.org/news/"), or null for a site opened from disk. */
  baseUrl: string | null;
  /** The archive's language for <html lang> when a page has none. */
  language: string;
}
