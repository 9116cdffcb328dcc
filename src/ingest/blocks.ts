/**
 * Lines → units. Every non-blank line is a unit, except hard-wrapped
 * paragraphs (plain-text newsletters wrapped at ~70 columns), whose physical
 * lines are joined. A block of consecutive lines counts as hard-wrapped when
 * its lines (but the last) are of similar medium length, none is longer than
 * 100 characters, and some line breaks fall inside a sentence (the next line
 * starts in lower case or the line ends without punctuation).
 */
import { collapse } from "./normalize.ts";
import type { Unit } from "./types.ts";

/** Longest line kept as is; longer lines are cut (a 200 KB single line stays linear to process). */
export const MAX_LINE = 20000;

export function toUnits(text: string, firstLine = 1): Unit[] {
  const raw = text.split("\n");
  const units: Unit[] = [];
  let block: Array<{ text: string; line: number }> = [];
  const flush = (): void => {
    if (block.length === 0) return;
    if (isWrapped(block.map((b) => b.text))) {
      units.push({ text: block.map((b) => b.text).join(" "), line: block[0]!.line });
    } else {
      for (const b of block) units.push({ text: b.text, line: b.line });
    }
    block = [];
  };
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    const text = collapse(line.length > MAX_LINE ? line.slice(0, MAX_LINE) : line);
    if (text === "") {
      flush();
      continue;
    }
    block.push({ text, line: firstLine + i });
  }
  flush();
  return units;
}

function isWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const body = lines.slice(0, -1);
  if (lines.some((l) => l.length > 100)) return false;
  if (body.some((l) => l.length < 35)) return false;
  if (lines.some((l) => /^([-*•]\s|\d+[.)]\s)/.test(l))) return false;
  // Most breaks must fall inside a sentence: the next line goes on in lower case.
  let inside = 0;
  for (let i = 0; i < body.length; i++) if (/^[\p{Ll}\d]/u.test(lines[i + 1]!)) inside++;
  return inside / body.length >= 0.5;
}
