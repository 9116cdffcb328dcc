/**
 * Outlet page layouts: how a story looks after a news page is scraped to plain text, boilerplate and all.
 * The first two copy the layouts of the sample articles (articles/000_… Anadolu Agency, articles/004_…
 * Al Arabiya); the others imitate outlet styles of /work/shared/corpus. Every layout puts a headline on
 * line 1 (the headline itself or the page title "Headline | Section | Outlet").
 */
import { type Rng, int, pick } from "./prng.ts";
import type { Stamp, Story } from "./story.ts";
import { MONTHS, WEEKDAYS } from "./words.ts";

export type FormatName = "agency" | "gulf" | "ledger" | "chronicle" | "observer" | "tech" | "explainer" | "courier";

export interface Outlet { name: string; format: FormatName; curly: boolean }

/** Fictional outlets with the share of the archive each one has (a few big outlets, several small). */
export const OUTLETS: ReadonlyArray<Outlet & { weight: number }> = [
  { name: "Levant Press Agency", format: "agency", curly: false, weight: 18 },
  { name: "Gulf Courier", format: "gulf", curly: true, weight: 8 },
  { name: "Baltic Ledger", format: "ledger", curly: false, weight: 12 },
  { name: "Harbor City Chronicle", format: "chronicle", curly: false, weight: 12 },
  { name: "Danube Observer", format: "observer", curly: false, weight: 9 },
  { name: "Pacific Tech Daily", format: "tech", curly: false, weight: 8 },
  { name: "Global Outlook", format: "explainer", curly: false, weight: 5 },
  { name: "The Morning Standard", format: "courier", curly: true, weight: 12 },
  { name: "Anatolia Wire", format: "agency", curly: false, weight: 6 },
  { name: "Meridian Post", format: "chronicle", curly: false, weight: 4 },
  { name: "Northern Herald", format: "ledger", curly: true, weight: 3 },
  { name: "Capital Signal", format: "tech", curly: false, weight: 3 },
];

const TOTAL_WEIGHT = OUTLETS.reduce((s, o) => s + o.weight, 0);

export function pickOutlet(rng: Rng): Outlet {
  let x = rng() * TOTAL_WEIGHT;
  for (const o of OUTLETS) {
    x -= o.weight;
    if (x < 0) return o;
  }
  return OUTLETS[0] as Outlet;
}

const p2 = (n: number): string => String(n).padStart(2, "0");
const monthName = (s: Stamp): string => MONTHS[s.month - 1] ?? "January";
const weekday = (s: Stamp): string => WEEKDAYS[(new Date(Date.UTC(s.year, s.month - 1, s.day)).getUTCDay() + 6) % 7] ?? "Monday";
const hour12 = (s: Stamp): string => `${s.hour % 12 === 0 ? 12 : s.hour % 12}:${p2(s.minute)} ${s.hour < 12 ? "AM" : "PM"}`;
const minutesToRead = (story: Story): number => Math.max(2, Math.round(story.blocks.reduce((n, b) => n + b.text.length, 0) / 1200));

const MENUS = ["News", "World", "Politics", "Business", "Opinion", "Sport", "Culture", "Science", "Video"];
const COOKIE = "We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. You can change your settings at any time.";
const PRIVACY = "We and our partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research and services development.";

function paragraphs(story: Story, heading: (t: string) => string): string[] {
  return story.blocks.map((b) => (b.heading ? heading(b.text) : b.text));
}

function menu(rng: Rng): string[] {
  return MENUS.slice(0, int(rng, 4, MENUS.length));
}

/** Anadolu Agency layout (articles/000_04a5c506f43ddc1a.txt): bullets for metadata and related, no blank lines. */
function agency(story: Story, o: Outlet): string {
  const stampLine = (s: Stamp): string => `${p2(s.hour)}:${p2(s.minute)} | ${s.day} ${monthName(s)} ${s.year}`;
  return [
    story.title, story.pullQuote, `- ${story.topic.section}`, `- ${o.name}`,
    `- Published Date: ${stampLine(story.date)}`, `- Modified Date: ${stampLine(story.updated)}`,
    ...paragraphs(story, (t) => t.toUpperCase()),
    ...story.related.map((r) => `- ${r}`),
  ].join("\n"); // the sample has no trailing newline
}

/** Al Arabiya layout (articles/004_c35e00869fde3704.txt): undated, blank-line paragraphs, "Read more:" block. */
function gulf(story: Story): string {
  const body = paragraphs(story, (t) => t);
  body.splice(Math.min(3, body.length), 0, "For all the latest headlines follow our Google News channel online or via the app.");
  return [
    story.title, "", "Published: Updated:", "Read Mode", "100% Font Size", `${minutesToRead(story)} min read`, "",
    body.join("\n\n"), "", "Read more:", "", story.related.slice(0, 3).join("\n\n"), "", "Top Content Trending",
  ].join("\n");
}

/** Wire copy at a regional paper (corpus 103): page title, cookie banner, "By X | Wire", "14.06.2023 11:20". */
function ledger(story: Story, o: Outlet, rng: Rng): string {
  const s = story.date;
  const body = paragraphs(story, (t) => t);
  body[0] = `${story.dateline.toUpperCase()}, ${monthName(s)} ${s.day} (Meridian Wire) - ${body[0] ?? ""}`;
  body.splice(Math.min(4, body.length), 0, "Sign up for our energy newsletter", "By signing up you agree to our Privacy Policy.");
  return [
    `${story.title} | ${story.topic.section} | ${o.name}`, COOKIE, "Accept all", "Manage preferences", o.name, "Subscribe", "Log in",
    story.topic.section, story.title, story.standfirst, `By ${story.author} | Meridian Wire`,
    `${p2(s.day)}.${p2(s.month)}.${s.year} ${p2(s.hour)}:${p2(s.minute)}`, "Listen to this article", `${minutesToRead(story)} min`,
    ...body, `Reporting by ${story.author}; Editing by ${pick(rng, ["Paul Hartley", "Mark Heinrich", "Alison Williams"])}`,
    "More on this topic", ...story.related.slice(0, 3), `© ${s.year} ${o.name}. All rights reserved.`, "Privacy Policy", "Terms of Use", "Contact", "",
  ].join("\n");
}

/** US metro daily (corpus 120): "By" on its own line, "Feb 26, 2023 | 9:05 AM", "Advertisement" breaks. */
function chronicle(story: Story, o: Outlet, rng: Rng): string {
  const s = story.date;
  const body: string[] = [];
  paragraphs(story, (t) => t).forEach((p, i) => {
    if (i > 0 && i % 4 === 0) body.push("Advertisement");
    if (i === 5 && story.related[0]) body.push(`RELATED: ${story.related[0]}`);
    body.push(p);
  });
  return [
    `${story.title} - ${o.name}`, "Skip to content", o.name, "Subscribe for $1", "Sign In", ...menu(rng), story.topic.section,
    story.title, "By", story.author, `${(monthName(s)).slice(0, 3)} ${s.day}, ${s.year} | ${hour12(s)}`, "Share", "Advertisement",
    ...body, "", "",
  ].join("\n");
}

/** European broadcaster (corpus 108): language menu, "27.02.2023 - Update : 27.02.2023", caption, URL. */
function observer(story: Story, o: Outlet, rng: Rng): string {
  const s = story.date;
  const d = `${p2(s.day)}.${p2(s.month)}.${s.year}`;
  return [
    `${story.title} | ${o.name}`, o.name, "Skip next section Languages", "Languages", "English", "Deutsch", "Español", "Français",
    "Topics", ...menu(rng), story.topic.section, story.title, story.standfirst, `${d} - Update : ${d}`, story.author,
    `https://observer.example/a-${int(rng, 10000000, 99999999)}`,
    `${story.standfirst.slice(0, -1)} Image: ${story.author}/${o.name}`,
    ...paragraphs(story, (t) => t), "Related content", ...story.related.slice(0, 2), "",
  ].join("\n");
}

/** Tech site (corpus 111): "Updated: 2022-11-10T14:32:00Z" ISO stamp, share row, "Topics:" and "More from". */
function tech(story: Story, o: Outlet, rng: Rng): string {
  const s = story.date;
  return [
    `${story.title} | ${o.name}`, o.name, ...menu(rng), "Search", story.topic.section, story.title, `By ${story.author}`,
    `Updated: ${s.year}-${p2(s.month)}-${p2(s.day)}T${p2(s.hour)}:${p2(s.minute)}:00Z`, `${minutesToRead(story)} min read`,
    "Share", "Tweet", "Share on LinkedIn", "Email", ...paragraphs(story, (t) => t),
    `${story.author} covers ${story.topic.section.toLowerCase()} for ${o.name}.`, `Topics: ${story.topic.keywords.slice(0, 3).join(", ")}`,
    `More from ${o.name}`, ...story.related, "About Us | Careers | Advertise | Privacy Policy | Terms", `© ${s.year} ${o.name} Media, Inc.`, "",
  ].join("\n");
}

/** Explainer site (corpus 131): consent banner, byline, reading time, no date at all. */
function explainer(story: Story, o: Outlet, rng: Rng): string {
  return [
    `${story.title} | ${o.name}`, "We value your privacy", PRIVACY, "I Accept", "Show Purpose", o.name, ...menu(rng),
    story.topic.section, story.title, `By ${story.author}`, `${minutesToRead(story)} min read`, ...paragraphs(story, (t) => t), "",
  ].join("\n");
}

/** British daily (corpus 106): "Thursday 10 November 2022 15:04 GMT", correspondent credit, "Most viewed". */
function courier(story: Story, o: Outlet, rng: Rng): string {
  const s = story.date;
  return [
    `${story.title} | ${story.topic.section} | ${o.name}`, "Skip to main content", "Skip to navigation", "Print subscriptions", "Sign in",
    "Search jobs", "Search", ...menu(rng), story.topic.section, story.title, story.standfirst,
    `${story.author} ${story.topic.section} correspondent`, `${weekday(s)} ${s.day} ${monthName(s)} ${s.year} ${p2(s.hour)}:${p2(s.minute)} GMT`,
    "Share", ...paragraphs(story, (t) => t), "Most viewed", ...story.related.slice(0, 2).map((r) => `${r}`), "",
  ].join("\n");
}

export function render(story: Story, outlet: Outlet, rng: Rng): string {
  switch (outlet.format) {
    case "agency": return agency(story, outlet);
    case "gulf": return gulf(story);
    case "ledger": return ledger(story, outlet, rng);
    case "chronicle": return chronicle(story, outlet, rng);
    case "observer": return observer(story, outlet, rng);
    case "tech": return tech(story, outlet, rng);
    case "explainer": return explainer(story, outlet, rng);
    case "courier": return courier(story, outlet, rng);
  }
}

/** Whether the layout prints a publication date (gulf copies the undated sample; explainers carry none). */
export function isDated(format: FormatName): boolean {
  return format !== "gulf" && format !== "explainer";
}
