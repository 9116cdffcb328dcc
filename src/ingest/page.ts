/**
 * The per-unit facts every later step reads: furniture, captions, stamps,
 * bylines, quality class, related lists. Computed once per page.
 */
import { bulletText, isCaption, isFurniture, isTimeOnly, qualityClass } from "./boilerplate.ts";
import { readByline, type Byline } from "./byline.ts";
import { isEmptyStamp, isRelativeStamp, stampDates } from "./date-lines.ts";
import type { DateHit } from "./dates.ts";
import { extractRelated } from "./related.ts";
import { collapse } from "./normalize.ts";
import type { OutletHints, Unit, UnitClass } from "./types.ts";

export interface Page {
  units: Unit[];
  language: string;
  junk: boolean[];
  caption: boolean[];
  stamp: boolean[];
  /** The dates of each stamp line (null when the unit is not a dated stamp). */
  stampHits: Array<DateHit[] | null>;
  byline: Array<Byline | null>;
  bullet: Array<string | null>;
  timeOnly: boolean[];
  cls: UnitClass[];
  related: string[];
  consumed: Set<number>;
}

const PROMO_START = /^(skip past newsletter promotion|sign up (for|to)\b|get (the|our) .{1,60} (briefing|newsletter|digest)$|.{0,40}\bnewsletter$)/i;
const PROMO_END = /(privacy|unsubscribe|after newsletter promotion|agree to|terms of)/i;
const TWEET_CREDIT = /^[—–-]\s*.{1,80}\(@\w{1,30}\)/u;

export function analysePage(units: Unit[], language: string, hints: OutletHints): Page {
  const hinted = new Set<string>();
  for (const line of hints.furniture ?? []) hinted.add(collapse(line));
  const n = units.length;
  const junk = units.map((u) => isFurniture(u.text) || hinted.has(u.text));
  // Newsletter promotions: a start line, a few short lines, an end line (privacy note, "after newsletter promotion").
  for (let i = 0; i < n; i++) {
    if (!PROMO_START.test(units[i]!.text)) continue;
    for (let j = i + 1; j < Math.min(n, i + 7); j++) {
      if (units[j]!.text.length > 400) break;
      if (PROMO_END.test(units[j]!.text)) {
        for (let k = i; k <= j; k++) junk[k] = true;
        i = j;
        break;
      }
    }
  }
  // Embedded social posts: the credit line ("— Name (@handle) Date") and the post text above it.
  for (let i = 0; i < n; i++) {
    if (TWEET_CREDIT.test(units[i]!.text)) {
      junk[i] = true;
      if (i > 0) junk[i - 1] = true;
    }
  }
  const { related, consumed } = extractRelated(units, (i) => junk[i]!);
  const stampHits = units.map((u) => stampDates(u.text));
  return {
    units,
    language,
    junk,
    caption: units.map((u) => isCaption(u.text)),
    stamp: units.map((u, i) => stampHits[i] !== null || isRelativeStamp(u.text) || isEmptyStamp(u.text)),
    stampHits,
    byline: units.map((u) => readByline(u.text)),
    bullet: units.map((u) => bulletText(u.text)),
    timeOnly: units.map((u) => isTimeOnly(u.text)),
    cls: units.map((u) => qualityClass(u.text, language)),
    related,
    consumed,
  };
}

/** A unit that can be body prose: not furniture, caption, stamp, byline, bullet or list item. */
export function isContent(p: Page, i: number): boolean {
  return !p.junk[i] && !p.caption[i] && !p.stamp[i] && !p.byline[i] && p.bullet[i] === null && !p.timeOnly[i] && !p.consumed.has(i);
}

/** A good prose unit that can carry the body. */
export function isGood(p: Page, i: number): boolean {
  return isContent(p, i) && p.cls[i] === "good";
}
