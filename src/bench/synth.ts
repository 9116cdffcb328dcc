/**
 * Deterministic synthetic news archive for benchmarks: raw scraped-page text files in several outlet
 * layouts, ~600-word bodies, a vocabulary and a cast of names that grow with the archive (Heaps' law),
 * long-tailed topics, undated pages, and a few exact and near duplicates.
 *
 *   for (const { file, text } of generateArchive({ count: 1000, seed: 1 })) …
 *   await writeArchive("/tmp/articles", { count: 100_000 });
 *
 * Article i depends only on (seed, i): generating 1,000 articles gives the first 1,000 files of a
 * 10,000-article archive, and `syntheticArticle(seed, count)` is "the next article" for rebuild tests.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hash32, int, rngFor, zipfRank } from "./prng.ts";
import { Lexicon } from "./lexicon.ts";
import { type FormatName, type Outlet, isDated, pickOutlet, render } from "./formats.ts";
import { SHAPE, type Story, type Topic, makeStory, makeTopic } from "./story.ts";

export interface ArchiveOptions {
  /** Number of article files. */
  count: number;
  /** PRNG seed; the same seed gives byte-identical files. Default 1. */
  seed?: number;
}

/** What the generator knows about an article it wrote (for tests; the build never sees this). */
export interface ArticleTruth {
  topic: number;
  outlet: string;
  format: FormatName;
  dated: boolean;
  title: string;
  /** Publication date as printed (YYYY-MM-DD), or null for layouts that print none. */
  date: string | null;
  /** Body paragraphs as plain text, separated by blank lines (no headings). */
  body: string;
  /** Names of the topic's people, places and organisations. */
  topics: string[];
  /** File this one copies byte for byte, or that it re-publishes with small edits (`near`). */
  duplicateOf: string | null;
  near: boolean;
}

export interface SyntheticArticle { file: string; text: string; truth: ArticleTruth }

const EXACT_DUPLICATE_RATE = 0.004;
const NEAR_DUPLICATE_RATE = 0.008;
const CRLF_RATE = 0.01;
const BOM_RATE = 0.005;

// Purposes mixed into the per-article seed, so each decision has its own independent stream.
const STREAM_STORY = 1;
const STREAM_TOPIC = 2;
const STREAM_DUP = 3;
const STREAM_LAYOUT = 4;

const p2 = (n: number): string => String(n).padStart(2, "0");

/** Generation state shared by the articles of one seed: the lexicon and topic caches. */
export class ArchiveGenerator {
  readonly lex: Lexicon;
  private readonly topics = new Map<number, Topic>();

  constructor(readonly seed = 1) {
    this.lex = new Lexicon(seed);
  }

  fileName(index: number): string {
    const hex = (n: number): string => n.toString(16).padStart(8, "0");
    return `${String(index).padStart(6, "0")}_${hex(hash32(this.seed, index, 11))}${hex(hash32(this.seed, index, 12))}.txt`;
  }

  topic(rank: number): Topic {
    let t = this.topics.get(rank);
    if (!t) {
      t = makeTopic(this.lex, rngFor(this.seed, rank, STREAM_TOPIC), rank);
      this.topics.set(rank, t);
    }
    return t;
  }

  private story(index: number): { story: Story; outlet: Outlet } {
    const rng = rngFor(this.seed, index, STREAM_STORY);
    const topic = this.topic(zipfRank(rng, SHAPE.topicZipf));
    const outlet = pickOutlet(rng);
    return { story: makeStory(rng, this.lex, topic, outlet.curly), outlet };
  }

  article(index: number): SyntheticArticle {
    const file = this.fileName(index);
    const dup = rngFor(this.seed, index, STREAM_DUP);
    const roll = dup();
    if (index > 10 && roll < EXACT_DUPLICATE_RATE) {
      const original = this.article(int(dup, 0, index - 1));
      return { file, text: original.text, truth: { ...original.truth, duplicateOf: original.file, near: false } };
    }
    const layout = rngFor(this.seed, index, STREAM_LAYOUT);
    let { story, outlet } = this.story(index);
    let duplicateOf: string | null = null;
    if (index > 10 && roll < EXACT_DUPLICATE_RATE + NEAR_DUPLICATE_RATE) {
      // The same wire story republished by another outlet: other layout, one paragraph rewritten, a later time.
      const j = int(dup, 0, index - 1);
      const base = this.story(j).story;
      const blocks = base.blocks.slice();
      const k = int(dup, 0, blocks.length - 1);
      blocks[k] = { heading: false, text: (story.blocks.find((b) => !b.heading) ?? story.blocks[0]!).text };
      story = { ...base, blocks, date: { ...base.date, hour: Math.min(23, base.date.hour + int(dup, 0, 3)) } };
      duplicateOf = this.fileName(j);
    }
    let text = render(story, outlet, layout);
    if (layout() < CRLF_RATE) text = text.replace(/\n/g, "\r\n");
    if (layout() < BOM_RATE) text = `\uFEFF${text}`;
    return {
      file, text,
      truth: {
        topic: story.topic.rank, outlet: outlet.name, format: outlet.format, dated: isDated(outlet.format),
        title: story.title, duplicateOf, near: duplicateOf !== null,
        date: isDated(outlet.format) ? `${story.date.year}-${p2(story.date.month)}-${p2(story.date.day)}` : null,
        body: story.blocks.filter((b) => !b.heading).map((b) => b.text).join("\n\n"),
        topics: [...story.topic.people, ...story.topic.places, ...story.topic.orgs],
      },
    };
  }
}

/** Article `index` of the archive with this seed (index ≥ count gives "new" articles for rebuild tests). */
export function syntheticArticle(seed: number, index: number): SyntheticArticle {
  return new ArchiveGenerator(seed).article(index);
}

/** All articles with their generator-side truth, lazily, in file order. */
export function* generateArticles(opts: ArchiveOptions): Generator<SyntheticArticle> {
  const gen = new ArchiveGenerator(opts.seed ?? 1);
  for (let i = 0; i < opts.count; i++) yield gen.article(i);
}

/** The archive as raw files, lazily: `{ file: "000042_<16 hex>.txt", text }`. */
export function* generateArchive(opts: ArchiveOptions): Generator<{ file: string; text: string }> {
  for (const { file, text } of generateArticles(opts)) yield { file, text };
}

/** Writes the archive into `dir` (created if missing) one file at a time; returns files and bytes written. */
export function writeArchive(dir: string, opts: ArchiveOptions): { files: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  for (const { file, text } of generateArchive(opts)) {
    const data = Buffer.from(text, "utf8");
    writeFileSync(join(dir, file), data);
    files++;
    bytes += data.length;
  }
  return { files, bytes };
}
