/**
 * Everything the build derives from one article file, in one pure step:
 * decode → parse → topics → search statistics → similarity fingerprint.
 * The result is cached per file by content hash and `analysisKey()` (source-key.ts).
 */
import { parseArticle, type OutletHints } from "../ingest/parse.ts";
import { decodeBytes } from "../ingest/decode.ts";
import { extractTopics, type TopicCandidate } from "../topics/extract.ts";
import { prepareSearchDoc } from "../search/index.ts";
import { fingerprint } from "../similarity/index.ts";
import { blocksText, bodyBlocks } from "../record/body.ts";
import { isSpace } from "../search/chunks.ts";
import type { ArticleRecord, TopicKind } from "../record/schema.ts";
import type { AnalysedArticle } from "../model/input.ts";
import { lineSignature } from "../model/outlet-furniture.ts";


export type AnalysisResult = { ok: true; article: AnalysedArticle } | { ok: false; reason: string };

export function analyseBytes(bytes: Uint8Array, file: string, hints?: OutletHints): AnalysisResult {
  const decoded = decodeBytes(bytes);
  if (decoded.binary) return { ok: false, reason: decoded.warnings[0] ?? "binary file, not text; skipped" };
  const record = parseArticle(decoded.text, file, hints);
  record.warnings = [...decoded.warnings, ...record.warnings];
  return { ok: true, article: analyseRecord(record, lineSignature(decoded.text)) };
}

/** The raw text of an article file as the parser sees it (for outlet furniture). */
export function decodeText(bytes: Uint8Array): string {
  return decodeBytes(bytes).text;
}

/** Adds topics, search statistics and the fingerprint to a parsed (or hand-edited) record. */
export function analyseRecord(record: ArticleRecord, lines: number[] = []): AnalysedArticle {
  // Read once, for the topics and as the plain text (bodyText) of the rest.
  const blocks = bodyBlocks(record.body);
  const text = blocksText(blocks);
  let topics: TopicCandidate[];
  if (record.topics.length > 0) {
    // Topics set by the user (front matter or a hand-edited record) win over extraction.
    topics = record.topics.map((name, i) => ({ name, kind: (record.topicKinds[name] ?? "subject") as TopicKind, score: record.topics.length - i }));
  } else {
    topics = extractTopics({ title: record.title, summary: record.summary, body: record.body, blocks, language: record.language, outlet: record.outlet, related: record.related });
    record.topics = topics.map((t) => t.name);
    record.topicKinds = Object.fromEntries(topics.map((t) => [t.name, t.kind]));
  }
  return {
    record,
    topics,
    fp: fingerprint(`${record.title}\n${text}`),
    search: prepareSearchDoc({ ref: record.file, title: record.title, topics: record.topics, outlet: record.outlet, body: text }),
    words: countWords(text),
    lines,
  };
}

/** Runs of non-whitespace (what `text.split(/\s+/).filter(Boolean).length` counts, without the array). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
