/** One unit of analysis work, the same whether it runs inline or in a worker thread. */
import { readFileSync } from "node:fs";
import { contentHash } from "../store/hash.ts";
import { analyseBytes, decodeText, type AnalysisResult } from "./analyse.ts";
import { linesWithHashes } from "../model/outlet-furniture.ts";
import { writeRecordSync } from "../store/records.ts";

export interface AnalyseJob {
  file: string;
  abs: string;
  /** The content hash the cache has for this file, if any: an identical file is not analysed again. */
  cachedHash: string | null;
  /** Where the record file is written after a fresh analysis; null: not written (the caller writes it). */
  recordsDir: string | null;
  /** Hashes of the outlet's furniture lines to parse the article without (see furniture-pass.ts). */
  furniture?: number[];
}

export type AnalyseOutcome =
  | { file: string; status: "unchanged"; hash: string }
  | { file: string; status: "analysed"; hash: string; result: AnalysisResult; recordStat: { size: number; mtimeMs: number } | null }
  | { file: string; status: "unreadable"; reason: string };

/** Synchronous file I/O: a job is small, and runs in a worker thread or (for a few files) inline. */
export function runAnalyseJob(job: AnalyseJob): AnalyseOutcome {
  let bytes: Buffer;
  try {
    bytes = readFileSync(job.abs);
  } catch (error) {
    return { file: job.file, status: "unreadable", reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}); skipped` };
  }
  const hash = contentHash(bytes);
  if (hash === job.cachedHash) return { file: job.file, status: "unchanged", hash };
  let result: AnalysisResult;
  try {
    const furniture = job.furniture === undefined ? undefined : linesWithHashes(decodeText(bytes), new Set(job.furniture));
    result = analyseBytes(bytes, job.file, furniture === undefined ? undefined : { furniture });
  } catch (error) {
    // The parser must never throw; if it does, the article is skipped, not the build.
    result = { ok: false, reason: `could not be parsed (${(error as Error).message}); skipped. Please report this file.` };
  }
  const recordStat = result.ok && job.recordsDir !== null ? writeRecordSync(job.recordsDir, result.article.record) : null;
  return { file: job.file, status: "analysed", hash, result, recordStat };
}
