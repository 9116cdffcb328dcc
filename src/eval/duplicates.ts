/**
 * Duplicate scoring: does the archive map each labelled duplicate to its
 * original? Exact duplicates are checked by content hash here; near
 * duplicates by the similarity module (src/similarity) when it loads.
 */
import { createHash } from "node:crypto";
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
  /** Empty when the similarity module was used. */
  note: string;
  lines: string[];
}

type Similarity = {
  fingerprint: (text: string) => unknown;
  findDuplicates: (docs: Array<{ id: string; contentHash?: string; fp: unknown }>) => {
    exact: Array<{ id: string; duplicateOf: string }>;
    near: Array<{ a: string; b: string; similarity: number }>;
  };
};

export async function scoreDuplicates(labels: readonly Label[], docs: readonly DupInput[]): Promise<DupReport> {
  const hash = new Map(docs.map((d) => [d.id, createHash("sha256").update(d.bytes).digest("hex")]));
  let sim: Similarity | null = null;
  try {
    const path = "../similarity/index.ts";
    sim = (await import(path)) as Similarity;
  } catch {
    sim = null;
  }
  const exactPairs = new Set<string>();
  const nearPairs = new Set<string>();
  if (sim) {
    const result = sim.findDuplicates(docs.map((d) => ({ id: d.id, contentHash: hash.get(d.id)!, fp: sim!.fingerprint(d.text) })));
    for (const e of result.exact) exactPairs.add(`${e.id}>${e.duplicateOf}`);
    for (const p of result.near) nearPairs.add([p.a, p.b].sort().join("~"));
  } else {
    const first = new Map<string, string>();
    for (const d of [...docs].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      const h = hash.get(d.id)!;
      const orig = first.get(h);
      if (orig) exactPairs.add(`${d.id}>${orig}`);
      else first.set(h, d.id);
    }
  }
  const report: DupReport = { exactExpected: 0, exactFound: 0, nearExpected: 0, nearFound: 0, note: sim ? "" : "near-duplicate scoring awaits src/similarity (exact hash check only)", lines: [] };
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
      report.lines.push(`near ${l.file} ~ ${l.duplicate_of}: ${found ? "found" : sim ? "MISSED" : "not scored"}`);
    }
  }
  return report;
}
