/**
 * Archive-wide topics: every article's extracted candidates → canonical topics.
 *
 * Steps, all O(total mentions):
 * 1. config first: `aliases`, `merge` and `topics.<name>.name` map a spelling to its canonical name;
 *    `block` drops a topic under any of its spellings.
 * 2. slugs: case, accents and punctuation never make two topics ("NATO" = "Nato").
 * 3. skeletons (skeleton.ts): transliteration variants merge ("Zelensky" = "Zelenskyy"),
 *    compared only inside a bucket of equal skeletons, never pairwise.
 * 4. a one-word topic that, across the archive, is the surname of exactly one
 *    person topic joins it ("Stoltenberg" → "Jens Stoltenberg").
 * 5. name = config name, else the alias target, else the most frequent spelling;
 *    kind = config kind, else the majority of the articles' votes.
 *
 * Input order never matters: articles are sorted by id first, and every tie is
 * broken by comparing strings.
 */
import { TOPIC_KINDS, type TopicKind } from "../record/schema.ts";
import type { TopicsConfig, TopicSettings } from "./config.ts";
import type { TopicCandidate } from "./extract.ts";
import { MAX_TOPICS } from "./extract.ts";
import { lexKind } from "./lexicon.ts";
import { slugOf } from "./names.ts";
import { MIN_SKELETON, lastWordSkeleton, skeleton } from "./skeleton.ts";

export interface ArticleTopic {
  slug: string;
  name: string;
  kind: TopicKind;
}

export interface TopicInfo {
  slug: string;
  name: string;
  kind: TopicKind;
  description: string | null;
  /** Listed under `pin` in topics.yaml: it gets a page whatever its count. */
  pinned: boolean;
  /** Number of articles with this topic. */
  count: number;
}

export interface TopicArchive {
  /** Per article id: its canonical topics, most salient first, at most 8, no duplicates. */
  articles: Map<string, ArticleTopic[]>;
  /** Per topic slug (sorted by slug). */
  topics: Map<string, TopicInfo>;
  /** Config entries that matched nothing, as one-line reasons. */
  warnings: string[];
}

/** Everything known about one spelling group while merging. */
interface Group {
  slug: string;
  /** Canonical name set by the config (alias target, merge head, topics.<x>.name). */
  configName: string | null;
  surfaces: Map<string, number>;
  kinds: Map<TopicKind, number>;
  mentions: number;
}

export function canonicaliseTopics(articles: ReadonlyArray<{ id: string; topics: readonly TopicCandidate[] }>, config: TopicsConfig): TopicArchive {
  const rules = configRules(config);
  const sorted = [...articles].sort((a, b) => compare(a.id, b.id));

  // 1-2. Spellings → slug groups, config applied.
  const groups = new Map<string, Group>();
  const perArticle: Array<{ id: string; slugs: string[] }> = [];
  for (const article of sorted) {
    const slugs: string[] = [];
    for (const t of article.topics) {
      const raw = slugOf(t.name);
      if (raw === "" || rules.blocked.has(raw)) continue;
      const configName = rules.canonical.get(raw) ?? null;
      const slug = configName === null ? raw : slugOf(configName);
      if (rules.blocked.has(slug)) continue;
      let g = groups.get(slug);
      if (!g) groups.set(slug, (g = { slug, configName, surfaces: new Map(), kinds: new Map(), mentions: 0 }));
      g.configName ??= configName;
      g.surfaces.set(t.name, (g.surfaces.get(t.name) ?? 0) + 1);
      g.kinds.set(t.kind, (g.kinds.get(t.kind) ?? 0) + 1);
      g.mentions++;
      slugs.push(slug);
    }
    perArticle.push({ id: article.id, slugs });
  }

  // 3-4. Variant spellings and lone surnames point to a leader group.
  const leader = new Map<string, string>();
  mergeBySkeleton(groups, leader, rules);
  joinLoneSurnames(groups, leader, rules);
  const resolve = (slug: string): string => {
    let s = slug;
    for (let next = leader.get(s); next !== undefined && next !== s; next = leader.get(s)) s = next;
    return s;
  };
  for (const g of [...groups.values()]) {
    const to = resolve(g.slug);
    if (to !== g.slug) absorb(groups.get(to)!, g);
  }

  // 5. Topics and per-article lists.
  const counts = new Map<string, number>();
  const articleTopics = new Map<string, ArticleTopic[]>();
  const info = new Map<string, TopicInfo>();
  const describe = (slug: string): TopicInfo => {
    let t = info.get(slug);
    if (!t) {
      const g = groups.get(slug)!;
      const settings = rules.settings.get(slug);
      t = {
        slug,
        name: settings?.name ?? g.configName ?? mostFrequent(g.surfaces),
        kind: settings?.kind ?? majorityKind(g.kinds),
        description: settings?.description ?? null,
        pinned: rules.pinned.has(slug),
        count: 0,
      };
      info.set(slug, t);
    }
    return t;
  };
  for (const { id, slugs } of perArticle) {
    const seen = new Set<string>();
    const list: ArticleTopic[] = [];
    for (const s of slugs) {
      const slug = resolve(s);
      if (seen.has(slug) || rules.blocked.has(slug) || list.length >= MAX_TOPICS) continue;
      seen.add(slug);
      const t = describe(slug);
      list.push({ slug, name: t.name, kind: t.kind });
      counts.set(slug, (counts.get(slug) ?? 0) + 1);
    }
    articleTopics.set(id, list);
  }
  const topics = new Map<string, TopicInfo>();
  for (const slug of [...info.keys()].sort(compare)) topics.set(slug, { ...info.get(slug)!, count: counts.get(slug) ?? 0 });

  const warnings = [...rules.pinned]
    .filter((slug) => !topics.has(slug))
    .sort(compare)
    .map((slug) => `topics.yaml: pinned topic "${rules.pinNames.get(slug)}" is in no article; check its spelling or remove it from pin.`);
  return { articles: articleTopics, topics, warnings };
}

interface Rules {
  /** Slug of a spelling → canonical name. */
  canonical: Map<string, string>;
  blocked: Set<string>;
  pinned: Set<string>;
  pinNames: Map<string, string>;
  settings: Map<string, TopicSettings>;
}

function configRules(config: TopicsConfig): Rules {
  const canonical = new Map<string, string>();
  const settings = new Map<string, TopicSettings>();
  // Later rules win over earlier ones: merge groups, then aliases, then topics.<x>.name.
  for (const group of config.merge) for (const n of group) canonical.set(slugOf(n), group[0]!);
  for (const [variant, target] of Object.entries(config.aliases)) canonical.set(slugOf(variant), target);
  for (const [key, s] of Object.entries(config.topics)) if (s.name) canonical.set(slugOf(key), s.name);
  // Follow chains (Kiev → Kyiv, Kyiv → Kyiv city) to their end; a cycle stops where it closes.
  for (const [slug, name] of canonical) {
    let target = name;
    const visited = new Set([slug]);
    for (let next = canonical.get(slugOf(target)); next !== undefined && !visited.has(slugOf(target)); next = canonical.get(slugOf(target))) {
      visited.add(slugOf(target));
      target = next;
    }
    canonical.set(slug, target);
  }
  const toCanonicalSlug = (n: string): string => slugOf(canonical.get(slugOf(n)) ?? n);
  for (const [key, s] of Object.entries(config.topics)) {
    const slug = toCanonicalSlug(key);
    settings.set(slug, { ...settings.get(slug), ...s });
  }
  const blocked = new Set(config.block.map(slugOf));
  const pinned = new Set<string>();
  const pinNames = new Map<string, string>();
  for (const n of config.pin) {
    pinned.add(toCanonicalSlug(n));
    pinNames.set(toCanonicalSlug(n), n);
  }
  return { canonical, blocked, pinned, pinNames, settings };
}

/** Groups with one skeleton become one: the leader is the config-named, then most mentioned, then first slug. */
function mergeBySkeleton(groups: Map<string, Group>, leader: Map<string, string>, rules: Rules): void {
  const buckets = new Map<string, Group[]>();
  for (const g of groups.values()) {
    const key = skeleton(g.slug);
    if (key.replace(/-/g, "").length < MIN_SKELETON) continue;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(g);
    else buckets.set(key, [g]);
  }
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    // Two spellings the user named separately in topics.yaml stay separate.
    const configured = bucket.filter((g) => g.configName !== null || rules.settings.has(g.slug));
    if (configured.length > 1) continue;
    const head = [...bucket].sort(byLeadership)[0]!;
    for (const g of bucket) if (g !== head) leader.set(g.slug, head.slug);
  }
}

/** "Stoltenberg" joins "Jens Stoltenberg" when that is the only person topic with that surname. */
function joinLoneSurnames(groups: Map<string, Group>, leader: Map<string, string>, rules: Rules): void {
  const owners = new Map<string, string[]>();
  for (const g of groups.values()) {
    if (leader.has(g.slug) || !g.slug.includes("-") || majorityKind(g.kinds) !== "person") continue;
    const key = lastWordSkeleton(g.slug);
    const list = owners.get(key);
    if (list) list.push(g.slug);
    else owners.set(key, [g.slug]);
  }
  for (const g of groups.values()) {
    if (leader.has(g.slug) || g.slug.includes("-") || g.configName !== null || rules.settings.has(g.slug)) continue;
    if (lexKind(g.slug) === "place" || lexKind(g.slug) === "organisation") continue;
    const kind = majorityKind(g.kinds);
    if (kind === "subject") continue;
    const candidates = owners.get(skeleton(g.slug));
    if (candidates && candidates.length === 1) leader.set(g.slug, candidates[0]!);
  }
}

function byLeadership(a: Group, b: Group): number {
  const ac = a.configName !== null ? 1 : 0;
  const bc = b.configName !== null ? 1 : 0;
  return bc - ac || b.mentions - a.mentions || compare(a.slug, b.slug);
}

function absorb(into: Group, from: Group): void {
  for (const [s, n] of from.surfaces) into.surfaces.set(s, (into.surfaces.get(s) ?? 0) + n);
  for (const [k, n] of from.kinds) into.kinds.set(k, (into.kinds.get(k) ?? 0) + n);
  into.mentions += from.mentions;
  into.configName ??= from.configName;
}

/** The most used spelling; ties go to the one with more capitals ("NATO" over "Nato"), then code-point order. */
function mostFrequent(surfaces: Map<string, number>): string {
  let best = "";
  let bestN = -1;
  for (const [s, n] of surfaces) {
    if (n > bestN || (n === bestN && (capitals(s) > capitals(best) || (capitals(s) === capitals(best) && compare(s, best) < 0)))) {
      best = s;
      bestN = n;
    }
  }
  return best;
}

function capitals(s: string): number {
  let n = 0;
  for (const ch of s) if (ch !== ch.toLowerCase()) n++;
  return n;
}

function majorityKind(kinds: Map<TopicKind, number>): TopicKind {
  let best: TopicKind = "subject";
  let bestN = 0;
  for (const k of TOPIC_KINDS) {
    const n = kinds.get(k) ?? 0;
    if (n > bestN) {
      best = k;
      bestN = n;
    }
  }
  return best;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
