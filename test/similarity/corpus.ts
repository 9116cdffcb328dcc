/**
 * The labelled test corpus (/work/shared/corpus) as similarity inputs: each file's text as the
 * build fingerprints it (title + body text from the real parser), and, for comparison, the crude
 * raw page text (every line, boilerplate included).
 */

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { decodeArticle, parseArticle } from "../../src/ingest/parse.ts";
import { bodyText } from "../../src/record/body.ts";

export const CORPUS_DIR = process.env["NEWS_CORPUS"] ?? "/work/shared/corpus/articles";

export interface CorpusText {
  /** File number ("103"), used as the id. */
  id: string;
  /** Title + body text, as src/build/analyse.ts fingerprints an article. */
  parsed: string;
  /** All lines of the raw page. */
  crude: string;
  date: string | null;
}

export function corpusTexts(): CorpusText[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const bytes = readFileSync(path.join(CORPUS_DIR, file));
      const { text } = decodeArticle(bytes);
      const record = parseArticle(text, file);
      return {
        id: file.slice(0, 3),
        parsed: `${record.title}\n${bodyText(record.body)}`,
        crude: text.split(/\r?\n/).join("\n"),
        date: record.date,
      };
    });
}
