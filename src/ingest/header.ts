/**
 * The page header: where the date/byline cluster is, the headline above it
 * (and the standfirst between them), the kicker/section label, the author.
 */
import { bylineInDateLine, isRoleLine, nameOnly } from "./byline.ts";
import { isBanner, mastheadLike, PUBLICATION_WORD, sectionFrom } from "./outlet.ts";
import { isContent, isGood, type Page } from "./page.ts";
import { wordCount } from "./title.ts";

export interface Header {
  /** Index of the first date/byline unit of the header cluster, or -1. */
  meta: number;
  /** Index of the headline unit, or -1 when none was found. */
  title: number;
  /** Index of the standfirst unit, or -1. */
  standfirst: number;
  /** Index of the first body unit, or -1 when the page has no prose. */
  bodyStart: number;
  section: string | null;
  author: string | null;
  /** Header lines "- World", "- Anadolu Agency" (bullets between headline and body). */
  bullets: string[];
  /** Masthead-shaped lines above the headline. */
  mastheads: string[];
}

function textLike(p: Page, i: number): boolean {
  const t = p.units[i]!.text;
  if (!isContent(p, i) || wordCount(t) < 3 || t.length < 12 || t.length > 400 || isRoleLine(t)) return false;
  // Breadcrumbs ("Football | Premier Division", "Home › Technology") are labels, not text.
  return !(/[|›»]/.test(t) && wordCount(t) < 8);
}

export function readHeader(p: Page): Header {
  const n = p.units.length;
  const goodAhead = (i: number, span: number): boolean => {
    for (let j = i + 1; j < Math.min(n, i + 1 + span); j++) if (isGood(p, j)) return true;
    return false;
  };
  let meta = -1;
  for (let i = 0; i < n; i++) {
    if ((p.stamp[i] || p.byline[i]) && !p.consumed.has(i) && goodAhead(i, 14)) {
      meta = i;
      break;
    }
  }
  if (meta < 0) {
    // No prose after any stamp (a paywall stub, a brief): the first stamp or byline in the upper part of the page.
    for (let i = 0; i < Math.ceil(n * 0.6); i++) if ((p.stamp[i] || p.byline[i]) && !p.consumed.has(i)) { meta = i; break; }
  }
  if (meta >= 0) {
    // The date/byline cluster right above the body is the one under the headline
    // (a newsletter may print "Issue 214 | 19 July 2021" above its headline).
    let first = -1;
    for (let i = meta + 1; i < n; i++) if (isGood(p, i)) { first = i; break; }
    let cluster = -1;
    for (let i = first - 1; i > meta; i--) {
      if (p.stamp[i] || p.byline[i]) cluster = i;
      else if (textLike(p, i) && !nameOnly(p.units[i]!.text) && !isRoleLine(p.units[i]!.text)) break;
    }
    if (cluster > meta) meta = cluster;
  }
  // Headline: walk back from the cluster over short lines ("- World", "Lena Fischer"), then collect the run of text lines.
  let title = -1, standfirst = -1, stop = -1;
  if (meta >= 0) {
    const run: number[] = [];
    let skipped = 0;
    for (let i = meta - 1; i >= 0; i--) {
      if (textLike(p, i) && !(run.length === 0 && nameOnly(p.units[i]!.text))) run.unshift(i);
      else if (p.caption[i]) continue;
      // Share widgets, "7 min read", "Follow" between headline and byline are passed for free.
      else if (run.length === 0 && p.junk[i] && skipped < 12) continue;
      else if (run.length === 0 && skipped < 4) skipped++;
      else {
        stop = i;
        break;
      }
    }
    // A kicker above the headline ("Aerospace & Defense", "Local News") is a label, not the headline.
    if (run.length >= 2 && isKicker(p.units[run[0]!]!.text)) {
      stop = run.shift()!;
    }
    if (run.length > 0) {
      title = run[0]!;
      const second = run[1];
      if (second !== undefined && !p.caption[second]) standfirst = second;
    }
  }
  if (meta >= 0 && title < 0) {
    // Headline printed below the byline and date: the first text line after the cluster, when it reads like a headline.
    for (let i = meta + 1; i < Math.min(n, meta + 6); i++) {
      if (p.stamp[i] || p.byline[i] || p.junk[i] || p.caption[i]) continue;
      const t = p.units[i]!.text;
      if (textLike(p, i) && !/[.!?]$/.test(t) && t.length <= 200 && !nameOnly(t)) title = i;
      break;
    }
  }
  let bodyStart = -1;
  const from = Math.max(meta, title) + 1;
  for (let i = from; i < n; i++) if (isGood(p, i)) { bodyStart = i; break; }
  if (bodyStart < 0) for (let i = from; i < n; i++) if (isContent(p, i) && p.cls[i] === "neargood") { bodyStart = i; break; }
  if (title < 0 && meta < 0 && bodyStart >= 0) {
    // No stamp or byline: the headline is the text line just above the body (or the first line).
    for (let i = bodyStart - 1; i >= 0; i--) {
      if (textLike(p, i)) {
        title = i;
        stop = i - 1;
        break;
      }
      if (!p.junk[i] && !p.caption[i]) break;
    }
  }
  const headerEnd = bodyStart >= 0 ? bodyStart : n;
  return {
    meta,
    title,
    standfirst,
    bodyStart,
    section: findSection(p, stop, meta, title > meta ? -1 : title),
    author: findAuthor(p, Math.max(meta >= 0 && title > meta ? meta - 1 : title, 0), headerEnd, standfirst),
    bullets: headerBullets(p, Math.max(title, 0), headerEnd),
    mastheads: p.units
      .slice(0, title >= 0 ? title : Math.min(n, 12))
      .filter((u, i) => !p.junk[i] && mastheadLike(u.text) && !isBanner(u.text))
      .map((u) => u.text),
  };
}

/** A short label line: up to four words, no sentence punctuation, each word capitalised or "&"/"and". */
function isKicker(text: string): boolean {
  if (text.length > 32 || /[.!?:,;"“”]/.test(text)) return false;
  const ws = text.split(" ");
  return ws.length <= 4 && ws.every((w) => /^[\p{Lu}&]/u.test(w) || /^(and|of|the|y|et|und)$/i.test(w));
}

function findSection(p: Page, stop: number, meta: number, title: number): string | null {
  const tryAt = (start: number): string | null => {
    for (let i = start, k = 0; i >= 0 && k < 3; i--, k++) {
      const t = p.units[i]!.text;
      if (isBanner(t) || /^(breaking news|news in brief)$/i.test(t)) continue;
      if (p.junk[i] && !/[|›»]/.test(t)) return null;
      return sectionFrom(t);
    }
    return null;
  };
  if (title < 0 && meta > 0) return tryAt(meta - 1);
  if (stop >= 0) {
    const s = tryAt(stop);
    if (s) return s;
  }
  // Bullet metadata under the headline ("- World"): the first one that is not a publication name.
  for (let i = Math.max(title, 0) + 1; i < p.units.length && i <= meta + 3; i++) {
    const b = p.bullet[i];
    if (b && !PUBLICATION_WORD.test(b) && !p.stamp[i]) return sectionFrom(b);
  }
  return null;
}

function findAuthor(p: Page, from: number, to: number, standfirst: number): string | null {
  for (let i = from; i < to; i++) {
    const b = p.byline[i];
    if (b) {
      if (!b.continues) return b.author;
      const next = p.units[i + 1]?.text;
      return next ? nameOnly(next) : null;
    }
    if (p.stamp[i]) {
      const inDate = bylineInDateLine(p.units[i]!.text);
      if (inDate !== undefined) return inDate;
    }
  }
  for (let i = from + 1; i < to; i++) {
    if (i === standfirst || p.caption[i] || p.junk[i]) continue;
    const t = p.units[i]!.text;
    if (PUBLICATION_WORD.test(t) || p.bullet[i] !== null) continue;
    const name = nameOnly(t);
    if (name && (p.stamp[i - 1] || p.stamp[i + 1] || i === from + 1 || i === standfirst + 1)) return name;
  }
  return null;
}

function headerBullets(p: Page, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const b = p.bullet[i];
    if (b && !p.stamp[i]) out.push(b);
  }
  return out;
}
