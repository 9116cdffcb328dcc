/**
 * Duplicate scoring: does the archive map each labelled duplicate to its
 * original? Both kinds are found by the build's own similarity module
 * (src/similarity), given the raw bytes' hash and the parsed text.
 */
import { createHash } from "node:crypto";
import { findDuplicates, fingerprint } from "../similarity/index.ts";
import type { Label } from "./labels.ts";

export interface DupInput {
  id: string;
  bytes: Uint8Array;
  /** Plain text of the parsed article (title + body) for near-duplicate fingerprints. */
  text: string;
}

export interface DupReport {
  exactExpected: number;
  exactFound: number;
  nearExpected: number;
  nearFound: number;
  lines: string[];
}

export async function scoreDuplicates(labels: readonly Label[], docs: readonly DupInput[]): Promise<DupReport> {
  const hash = new Map(docs.map((d) => [d.id, createHash("sha256").update(d.bytes).digest("hex")]));
  const exactPairs = new Set<string>();
  const nearPairs = new Set<string>();
  const result = findDuplicates(docs.map((d) => ({ id: d.id, contentHash: hash.get(d.id)!, fp: fingerprint(d.text) })));
  for (const e of result.exact) exactPairs.add(`${e.id}>${e.duplicateOf}`);
  for (const p of result.near) nearPairs.add([p.a, p.b].sort().join("~"));
  const report: DupReport = { exactExpected: 0, exactFound: 0, nearExpected: 0, nearFound: 0, lines: [] };
  for (const l of labels) {
    if (!l.duplicate_of) continue;
    const exact = /EXACT DUPLICATE/.test(l.notes ?? "") || hash.get(l.file) === hash.get(l.duplicate_of);
    if (exact) {
      report.exactExpected++;
      const found = exactPairs.has(`${l.file}>${l.duplicate_of}`);
      if (found) report.exactFound++;
      report.lines.push(`exact ${l.file} → ${l.duplicate_of}: ${found ? "found" : "MISSED"}`);
    } else {
      report.nearExpected++;
      const found = nearPairs.has([l.file, l.duplicate_of].sort().join("~"));
      if (found) report.nearFound++;
      report.lines.push(`near ${l.file} ~ ${l.duplicate_of}: ${found ? "found" : "MISSED"}`);
    }
  }
  return report;
}
