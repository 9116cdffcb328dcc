/**
 * The body: from the first good unit after the header to the last good unit
 * before the footer, with jusText-style context rules for the units between:
 * short sentences between prose are paragraphs, short unpunctuated lines
 * followed by prose are subheadings, everything else is dropped. Captions are
 * collected, related items were taken out before.
 */
import type { BodyBlock } from "../record/body.ts";
import { endsSentence, isCaption } from "./boilerplate.ts";
import { isAuthorBio } from "./byline.ts";
import { isOtherListHeading } from "./related.ts";
import { isContent, isGood, type Page } from "./page.ts";
import { wordCount } from "./title.ts";

export interface Body {
  blocks: BodyBlock[];
  captions: string[];
  /** Index of the last unit inside the body, or -1. */
  end: number;
  /** Units used as paragraphs or headings. */
  used: Set<number>;
}

/** Lines after which no body text follows: copyright, comment counts, popular-story lists. */
const FOOTER = /^(©|\(c\)|copyright\b)|^(comments?|comentarios)\s*\(\d+\)$|^\d[\d,]*\s+comments?$|^leave a (comment|reply)\b|^written by\s+\p{Lu}|^discussion about this post$|^\d[\d,.]*\s*[km]?\s*followers$/iu;

function sentenceLike(text: string): boolean {
  return endsSentence(text) && wordCount(text) >= 4 && /^[\p{Lu}\p{N}"“‘'«¿¡(]/u.test(text);
}

export function readBody(p: Page, start: number, author: string | null): Body {
  const out: Body = { blocks: [], captions: [], end: -1, used: new Set() };
  if (start < 0) return out;
  const n = p.units.length;
  const bio = (i: number): boolean => isAuthorBio(p.units[i]!.text, author);
  let stop = n;
  for (let i = start + 1; i < n; i++) {
    const t = p.units[i]!.text;
    if (FOOTER.test(t) || isOtherListHeading(t)) {
      stop = i;
      break;
    }
  }
  let last = start;
  for (let i = start; i < stop; i++) if (isGood(p, i) && !bio(i)) last = i;
  // A short closing sentence right after the last good unit ("The election will be held in May.").
  // A closing paragraph cut short by a paywall is "neargood" (no final punctuation): it belongs too.
  while (last + 1 < stop && isContent(p, last + 1) && !bio(last + 1) && (sentenceLike(p.units[last + 1]!.text) || p.cls[last + 1] === "neargood")) last++;
  out.end = last;
  for (let i = start; i <= last; i++) {
    const t = p.units[i]!.text;
    if (p.caption[i] && !p.consumed.has(i)) {
      out.captions.push(t);
      continue;
    }
    if (!isContent(p, i) || bio(i)) continue;
    const cls = p.cls[i];
    if (/^[QA]\s*[:.]\s/u.test(t) || cls === "good" || cls === "neargood") {
      out.blocks.push({ type: "paragraph", text: t });
      out.used.add(i);
      continue;
    }
    const next = nextContent(p, i, last);
    const nextIsProse = next >= 0 && (p.cls[next] === "good" || p.cls[next] === "neargood" || /^[QA]\s*[:.]\s/u.test(p.units[next]!.text));
    if (sentenceLike(t)) {
      // A short question between paragraphs is a subheading ("What can be done?"); other short sentences are text.
      const heading = /\?$/.test(t) && t.length <= 70 && nextIsProse && !/["”’»]/.test(t);
      out.blocks.push({ type: heading ? "heading" : "paragraph", text: t });
      out.used.add(i);
      continue;
    }
    if (nextIsProse && wordCount(t) >= 2 && t.length <= 100 && /^[\p{Lu}\p{N}"“'‘]/u.test(t) && !/[,;:]$/.test(t)) {
      out.blocks.push({ type: "heading", text: t });
      out.used.add(i);
    }
  }
  // Captions in the header area are collected too (photo credits under the headline).
  const headerCaptions = p.units.slice(0, start).filter((u, i) => p.caption[i] && isCaption(u.text)).map((u) => u.text);
  out.captions = [...headerCaptions, ...out.captions];
  out.blocks = dropRepeats(out.blocks);
  return out;
}

function nextContent(p: Page, i: number, last: number): number {
  for (let j = i + 1; j <= last; j++) {
    if (isContent(p, j)) return j;
    if (!p.junk[j] && !p.caption[j] && !p.timeOnly[j] && !p.consumed.has(j)) return -1;
  }
  return -1;
}

/** A pull-quote printed twice inside the body keeps its first place only. */
function dropRepeats(blocks: BodyBlock[]): BodyBlock[] {
  const seen = new Set<string>();
  return blocks.filter((b) => {
    if (b.type !== "paragraph" || b.text.length < 40) return true;
    if (seen.has(b.text)) return false;
    seen.add(b.text);
    return true;
  });
}
