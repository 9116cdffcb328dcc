/**
 * Hand-built page descriptors for the site tests: a small realistic archive,
 * with XSS payloads in every article-derived field.
 */
import type {
  ArchiveIndexPage,
  ArticleCard,
  ArticlePage,
  FeedPage,
  HomePage,
  MonthPage,
  OutletPage,
  OutletsIndexPage,
  Pager,
  PageDescriptor,
  ReportPage,
  SitemapPage,
  TopicPage,
  TopicRef,
  TopicsIndexPage,
  UndatedPage,
  YearPage,
} from "../../src/model/pages.ts";
import { blocksToBody } from "../../src/record/body.ts";

export const XSS = {
  script: "<script>alert(1)</script>",
  img: '"><img src=x onerror=alert(1)>',
  js: "javascript:alert(1)",
  endScript: "</script>",
  comment: "-->",
} as const;

export const nato: TopicRef = { name: "NATO", slug: "nato", kind: "organisation", url: "/topics/nato/" };
export const ukraine: TopicRef = { name: "Ukraine", slug: "ukraine", kind: "place", url: "/topics/ukraine/" };
/** A single-article topic: no page of its own. */
export const lonely: TopicRef = { name: "Kherson Oblast", slug: "kherson-oblast", kind: "place", url: null };
export const evilTopic: TopicRef = { name: `Topic ${XSS.script}${XSS.img}`, slug: "topic-script-alert-1", kind: "subject", url: "/topics/topic-script-alert-1/" };

export const card1: ArticleCard = {
  url: "/2022/11/10/russia-withdraws-from-kherson/",
  title: "Russia announces withdrawal from Kherson",
  date: "2022-11-10T03:40",
  outlet: "Anadolu Agency",
  outletUrl: "/sources/anadolu-agency/",
  author: "Elena Teslova",
  summary: "Russian Defence Minister orders troops to withdraw to the left bank of the Dnipro River.",
  topics: [ukraine, nato, lonely],
  readingMinutes: 3,
};

export const evilCard: ArticleCard = {
  url: "/2022/11/09/evil/",
  title: `Evil ${XSS.script} headline ${XSS.comment}`,
  date: "2022-11-09T15:04+00:00",
  outlet: `Outlet ${XSS.img}`,
  outletUrl: "/sources/outlet-img/",
  author: `${XSS.endScript}<b>Author</b>`,
  summary: `Summary ${XSS.img} ${XSS.js}`,
  topics: [evilTopic],
  readingMinutes: 1.4,
};

export const undatedCard: ArticleCard = {
  url: "/undated/a-page-without-a-date/",
  title: "A page without a date",
  date: null,
  outlet: null,
  outletUrl: null,
  author: null,
  summary: "",
  topics: [],
  readingMinutes: 1,
};

export const article: ArticlePage = {
  kind: "article",
  url: card1.url,
  title: card1.title,
  date: "2022-11-10T03:40",
  updated: "2022-11-10T15:04+03:00",
  outlet: "Anadolu Agency",
  outletUrl: "/sources/anadolu-agency/",
  author: "Elena Teslova",
  section: "Europe",
  language: "en",
  topics: [ukraine, nato, lonely],
  summary: card1.summary,
  body: blocksToBody([
    { type: "paragraph", text: "MOSCOW: Russian Defence Minister Sergei Shoigu on Wednesday ordered the withdrawal of troops from the city of Kherson." },
    { type: "heading", text: "What happens next" },
    { type: "paragraph", text: "1. The troops will cross the Dnipro River. *Not emphasis* and [not a link](https://example.org)." },
  ]),
  captions: ["A bridge over the Dnipro River. (Photo: Anadolu Agency)"],
  relatedHeadlines: ["Ukraine says it recaptured 12 settlements", "Zelenskyy: Russia 'afraid' of Ukraine's counteroffensive"],
  relatedArticles: [evilCard],
  alsoReportedBy: [{ ...card1, url: "/2022/11/10/russia-quits-kherson/", title: "Russia quits Kherson, says defence ministry", outlet: "Al Arabiya", outletUrl: "/sources/al-arabiya/", author: null }],
  sourceFile: "000_04a5c506f43ddc1a.txt",
  readingMinutes: 3,
  notArticle: false,
  prev: { url: "/2022/11/09/evil/", title: evilCard.title },
  next: { url: "/2022/11/11/later/", title: "A later story" },
};

/** Every article-derived field carries a payload; undated, not an article. */
export const evilArticle: ArticlePage = {
  kind: "article",
  url: "/undated/evil-article/",
  title: `Title ${XSS.script} ${XSS.img} ${XSS.comment}`,
  date: null,
  updated: null,
  outlet: `Outlet ${XSS.img}`,
  outletUrl: "/sources/outlet-img/",
  author: `Author ${XSS.endScript}${XSS.script}`,
  section: `Section ${XSS.img}`,
  language: "und",
  topics: [evilTopic, { ...lonely, name: `Lonely ${XSS.script}` }],
  summary: `Summary ${XSS.img}`,
  body: [
    blocksToBody([{ type: "paragraph", text: `Body ${XSS.script} ${XSS.img} ${XSS.endScript} ${XSS.comment}` }]),
    // Hand-edited markdown (not from blocksToBody): raw HTML and links must not survive.
    `Raw <script>alert(1)</script> and <img src=x onerror=alert(1)> and [click](${XSS.js}) and [site](https://evil.example/) and ![x](https://evil.example/x.png) <https://evil.example/auto>`,
  ].join("\n\n"),
  captions: [`Caption ${XSS.img}`],
  relatedHeadlines: [`Related ${XSS.script}`, XSS.js],
  relatedArticles: [evilCard],
  alsoReportedBy: [evilCard],
  sourceFile: `evil ${XSS.img}.txt`,
  readingMinutes: 1,
  notArticle: true,
  prev: { url: "/2022/11/09/evil/", title: evilCard.title },
  next: null,
};

export const home: HomePage = {
  kind: "home",
  url: "/",
  latest: [card1, evilCard, undatedCard],
  topTopics: [{ ...ukraine, count: 12 }, { ...nato, count: 7 }, { ...evilTopic, count: 2 }],
  years: [{ year: "2022", url: "/2022/", count: 30 }, { year: "2021", url: "/2021/", count: 4 }],
  outlets: [{ name: "Anadolu Agency", url: "/sources/anadolu-agency/", count: 20 }, { name: `Outlet ${XSS.img}`, url: "/sources/outlet-img/", count: 1 }],
  undatedCount: 2,
  articleCount: 36,
};

const months = ["2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06", "2022-07", "2022-08", "2022-09", "2022-10", "2022-11"];

/** The pager of a list that fits on one page. */
const onePage: Pager = { first: true, newerUrl: null, olderUrl: null, newestUrl: null, oldestUrl: null, from: "2022-11-09T15:04+00:00", to: "2022-11-09T15:04+00:00" };

export const topic: TopicPage = {
  kind: "topic",
  url: "/topics/ukraine/",
  topic: { ...ukraine, feedUrl: "/topics/ukraine/feed.xml" },
  overview: {
    description: "Country in Eastern Europe.",
    count: 12,
    firstDate: "2022-01-14",
    lastDate: "2022-11-10T03:40",
    timeline: months.map((month, i) => ({ month, count: [1, 0, 3, 2, 0, 0, 1, 0, 1, 1, 3][i]! })),
    cooccurring: [{ ...nato, count: 5 }, { ...evilTopic, count: 1 }],
  },
  items: [card1, evilCard],
  pager: {
    first: true,
    newerUrl: null,
    olderUrl: "/topics/ukraine/page/2022-03-02/",
    newestUrl: "/topics/ukraine/",
    oldestUrl: "/topics/ukraine/page/2022-01-14/",
    from: "2022-11-09T15:04+00:00",
    to: "2022-11-10T03:40",
  },
};

export const topicPage2: TopicPage = {
  ...topic,
  url: "/topics/ukraine/page/2022-03-02/",
  overview: null,
  pager: { ...topic.pager, first: false, newerUrl: "/topics/ukraine/", olderUrl: "/topics/ukraine/page/2022-01-14/", from: "2022-03-02", to: "2022-07-21" },
};

export const evilTopicPage: TopicPage = {
  kind: "topic",
  url: evilTopic.url!,
  topic: { ...evilTopic, feedUrl: "/topics/topic-script-alert-1/feed.xml" },
  overview: { description: `Desc ${XSS.script}`, count: 2, firstDate: "2022-11-09", lastDate: "2022-11-09", timeline: [{ month: "2022-11", count: 2 }], cooccurring: [] },
  items: [evilCard],
  pager: onePage,
};

export const topicsIndex: TopicsIndexPage = {
  kind: "topics",
  url: "/topics/",
  groups: [
    { kind: "place", topics: [{ ...lonely, count: 1 }, { ...ukraine, count: 12 }] },
    { kind: "organisation", topics: [{ ...nato, count: 7 }] },
    { kind: "subject", topics: [{ ...evilTopic, count: 2 }] },
    { kind: "person", topics: [] },
  ],
  total: 4,
};

export const year: YearPage = {
  kind: "year",
  url: "/2022/",
  year: "2022",
  count: 30,
  months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].map((label, i) => {
    const month = String(i + 1).padStart(2, "0");
    const count = [1, 0, 3, 2, 0, 0, 1, 0, 1, 1, 21, 0][i]!;
    return { month, label, url: count === 0 ? null : `/2022/${month}/`, count };
  }),
  prev: { url: "/2021/", label: "2021" },
  next: null,
};

export const month: MonthPage = {
  kind: "month",
  url: "/2022/11/",
  year: "2022",
  month: "11",
  label: "November 2022",
  count: 21,
  items: [card1, evilCard],
  pager: { first: true, newerUrl: null, olderUrl: "/2022/11/page/2022-11-02/", newestUrl: "/2022/11/", oldestUrl: "/2022/11/page/2022-11-02/", from: "2022-11-09T15:04+00:00", to: "2022-11-10T03:40" },
  prev: { url: "/2022/10/", label: "October 2022" },
  next: null,
};

export const outlet: OutletPage = {
  kind: "outlet",
  url: "/sources/outlet-img/",
  outlet: { name: `Outlet ${XSS.img}` },
  overview: { count: 1, firstDate: "2022-11-09T15:04+00:00", lastDate: "2022-11-09T15:04+00:00" },
  items: [evilCard],
  pager: onePage,
};

export const outlets: OutletsIndexPage = {
  kind: "outlets",
  url: "/sources/",
  outlets: [
    { name: "Anadolu Agency", url: "/sources/anadolu-agency/", count: 20, firstDate: "2021-03-02", lastDate: "2022-11-10T03:40" },
    { name: `Outlet ${XSS.img}`, url: "/sources/outlet-img/", count: 1, firstDate: null, lastDate: null },
  ],
};

export const archive: ArchiveIndexPage = {
  kind: "archive",
  url: "/archive/",
  years: [
    { year: "2022", url: "/2022/", count: 30, months: [{ month: "11", label: "November", url: "/2022/11/", count: 21 }, { month: "01", label: "January", url: "/2022/01/", count: 9 }] },
    { year: "2021", url: "/2021/", count: 4, months: [{ month: "03", label: "March", url: "/2021/03/", count: 4 }] },
  ],
  undatedCount: 2,
};

export const undated: UndatedPage = {
  kind: "undated",
  url: "/undated/",
  items: [undatedCard],
  pager: { ...onePage, from: null, to: null },
};

export const report: ReportPage = {
  kind: "report",
  url: "/report/",
  articleCount: 36,
  warnings: [{ file: `evil ${XSS.img}.txt`, reasons: [`no publication date found ${XSS.script}`] }],
  undated: [{ file: `evil ${XSS.img}.txt`, url: "/undated/evil-article/", title: evilArticle.title }],
  duplicates: [{ file: "010_copy.txt", duplicateOf: "000_04a5c506f43ddc1a.txt" }],
  nearDuplicates: [{ a: { file: "000_04a5c506f43ddc1a.txt", url: card1.url, title: card1.title }, b: { file: "004_c35e00869fde3704.txt", url: "/2022/11/10/russia-quits-kherson/", title: `Quits ${XSS.comment}` } }],
  skipped: [{ file: `binary ${XSS.script}.bin`, reason: "binary file" }],
  topicStats: { total: 40, withPage: 4, byKind: [{ kind: "place", count: 12 }, { kind: "person", count: 10 }], largest: [{ ...ukraine, count: 12 }] },
};

export const feed: FeedPage = {
  kind: "feed",
  url: "/feed.xml",
  title: "News archive",
  pageUrl: "/",
  updated: "2022-11-10T03:40",
  entries: [
    { ...card1, body: article.body },
    { ...evilCard, body: evilArticle.body },
    { ...undatedCard, body: "Undated body." },
  ],
};

export const topicFeed: FeedPage = {
  kind: "feed",
  url: "/topics/ukraine/feed.xml",
  title: "News archive: Ukraine",
  pageUrl: "/topics/ukraine/",
  updated: "2022-11-10T03:40",
  entries: [{ ...card1, body: article.body }],
};

export const emptyFeed: FeedPage = { kind: "feed", url: "/topics/nato/feed.xml", title: "News archive: NATO", pageUrl: "/topics/nato/", updated: null, entries: [] };

export const sitemap: SitemapPage = { kind: "sitemap", url: "/sitemap.xml", urls: ["/", card1.url, "/topics/ukraine/", "/undated/evil-article/"] };

/** One page of every kind the site templates render (search excluded). */
export function allPages(): PageDescriptor[] {
  return [article, evilArticle, home, topic, topicPage2, evilTopicPage, topicsIndex, year, month, outlet, outlets, archive, undated, report, feed, topicFeed, emptyFeed, sitemap];
}
