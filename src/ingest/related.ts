/**
 * Related headlines: lists under a "Read more" / "Related" / "More from X"
 * heading, "READ ALSO: <headline>" lines, and "- " bullets after the body.
 * Lists of popular, trending or sponsored stories ("Most viewed", "Around the
 * web") are not related: they are consumed as furniture. Topic tag lists
 * ("Related topics", "Explore more on these topics") likewise.
 */
import { isFurniture } from "./boilerplate.ts";
import { isAuthorBio } from "./byline.ts";
import { isDateFurniture } from "./date-lines.ts";
import type { Unit } from "./types.ts";

const RELATED_HEADING =
  /^(related( stories| posts| articles| content| coverage| news| reading| links)?|read more|read next|more on this (story|topic|subject)|more from .{2,40}|more (?!from\b)[\p{L}-]+( [\p{L}-]+)?|more stories|you (might|may) also like|recommended( stories| for you| reading| articles)?|also read|read also|see also|also in this issue|further reading|in other news|what to read next|te puede interesar|también te puede interesar|más noticias|noticias relacionadas|lee también|à lire aussi|lire aussi|sur le même sujet|mehr zum thema|das könnte sie auch interessieren|leggi anche|leia também|lees ook|más información|related content|more from [\p{L} ]{2,30})\s*:?$/iu;

const OTHER_HEADING =
  /^(related (internet|external) links|most (viewed|read|popular|shared|watched|commented)|trending( now| stories)?|top content trending|top stories|popular( now| stories)?|around the web|from (our|the) partners|(paid )?(partner|sponsored) content|sponsored( stories| links)?|promoted( stories)?|recent posts|key events|lo más (leído|visto)|les plus lus|meistgelesen|più letti|mais lidas)\s*:?$/iu;

/** Topic tag lists: their items are one to three words. */
const TAG_HEADING = /^(related topics|explore more on these topics|more on these topics|suggested topics|topics|tags|temas|thèmes|themen|archivado en|archives|categories)\s*:?$/iu;

const INLINE = /^(?:read also|also read|related|read more|see also|more|lee también|lire aussi|leia também|leggi anche|mehr dazu)\s*[:|]\s*(.{10,240})$/iu;

/**
 * Lines between the items of a related list that belong to the previous item: a "Published" label,
 * a short date ("12 January", "March 1, 2024"), a WordPress category ('In "Schools"'), a section
 * label printed over the next item ("Business").
 */
function itemMeta(text: string, next: string | undefined): boolean {
  if (text.length > 40) return false;
  if (/^(published|updated|posted)$/i.test(text) || /^\d{1,2} \p{Lu}\p{Ll}+( \d{4})?$/u.test(text) ||
    /^\p{Lu}\p{Ll}+ \d{1,2}(, \d{4})?$/u.test(text) || /^in ["“][^"”]+["”]$/i.test(text)) return true;
  // A section label counts only when a headline follows it.
  return /^\p{Lu}[\p{L}&]*( [\p{L}&]+)?$/u.test(text) && next !== undefined && headlineLike(next);
}

export interface RelatedResult {
  related: string[];
  /** Units that belong to related or other lists (never body, title or summary). */
  consumed: Set<number>;
}

export function isRelatedHeading(text: string): boolean {
  return text.length <= 60 && RELATED_HEADING.test(text);
}

export function isOtherListHeading(text: string): boolean {
  return text.length <= 60 && (OTHER_HEADING.test(text) || TAG_HEADING.test(text));
}

/** A line that can be a headline in a list. */
function headlineLike(text: string): boolean {
  if (text.length > 200 || text.split(" ").length < 3) return false;
  if (/[.]$/.test(text) && text.length > 60) return false;
  // Widgets between lists: tide tables, match times, "Thursday 10 November".
  if (/\b\d{1,2}[:.]\d{2}\b/.test(text) || /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+\d/i.test(text)) return false;
  return !isFurniture(text) && !isDateFurniture(text) && !isAuthorBio(text, null);
}

export function extractRelated(units: readonly Unit[], junk: (i: number) => boolean): RelatedResult {
  const related: string[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < units.length; i++) {
    const text = units[i]!.text;
    const inline = INLINE.exec(text);
    if (inline) {
      related.push(inline[1]!.trim());
      consumed.add(i);
      continue;
    }
    const isRelated = isRelatedHeading(text);
    const isTags = !isRelated && TAG_HEADING.test(text);
    if (!isRelated && !isOtherListHeading(text)) continue;
    consumed.add(i);
    let taken = 0, metaRun = 0;
    let j = i + 1;
    for (; j < units.length && taken < 15; j++) {
      const t = units[j]!.text;
      if (/^(list of \d+ items?|list \d+ of \d+)$/i.test(t)) {
        consumed.add(j);
        continue;
      }
      if (/^end of list$/i.test(t)) {
        consumed.add(j);
        break;
      }
      if (isRelatedHeading(t) || isOtherListHeading(t)) break;
      const item = t.replace(/^(?:[-*•▪►–]\s+|\d+[.)]\s+)/u, "");
      if (isRelated) {
        // Item metadata between headlines is consumed; three such lines in a row end the list.
        if (itemMeta(item, units[j + 1]?.text) && metaRun < 2 && j + 1 < units.length) {
          metaRun++;
          consumed.add(j);
          continue;
        }
        metaRun = 0;
        if (!headlineLike(item) || junk(j)) break;
        related.push(item);
      } else if (isTags) {
        if (item.split(" ").length > 3) break;
      } else {
        // Popular lists: headlines; stop at prose.
        if (item.length > 200 || (/[.!?"”]$/.test(item) && item.split(" ").length >= 6)) break;
      }
      consumed.add(j);
      taken++;
    }
    i = j - 1;
  }
  return { related, consumed };
}
