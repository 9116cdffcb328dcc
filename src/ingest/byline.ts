/**
 * Bylines: "By Name", "By" / "Name" on two lines, "Por Name", "Written by
 * Name", "Words by A | Photos by B", a name alone under the headline, and
 * "Name Role" ("Helen Marsh Environment correspondent"). The author is the
 * name(s) only: roles, outlets and "in City" are dropped; two authors stay
 * "A and B". Generic credits ("Island Herald staff") give null.
 */

import { PUBLICATION_WORD } from "./outlet.ts";

const BY = /^(?:by|por|par|von|di|door|written by|words by|text by|story by|reported by|texto de|texte de)(?:\s*:)?(?:\s+(.*))?$/iu;
const GENERIC = /\b(staff|newsroom|desk|team|agenc(y|ies)|editors|editorial|correspondents|reporters|news service|redacción|rédaction|redaktion)\b/i;
const ROLE =
  /(?:,\s*|\s+)(?:(?:senior|chief|deputy|staff|special|political|foreign|economics|business|environment|technology|science|health|sports?|legal|diplomatic|[\p{Lu}][\p{L}]+)\s+)?(?:correspondent|editor|reporter|writer|staff writer|columnist|contributor|analyst|critic|producer|journalist)\b.*$/iu;
/** "Liam Ortez in Velna", "Anna Kowal in Port Aurel": the place is not part of the name. */
const IN_PLACE = /\s+(?:in|en|à|aus|em|a)\s+[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?$/u;
/** A role alone on a line under a byline ("Local Democracy Reporter", "Senior Correspondent"). */
const ROLE_LINE = /^(?:[\p{Lu}][\p{L}-]+\s+){0,3}(?:correspondent|editor|reporter|writer|columnist|contributor|analyst|critic|producer|journalist)$/iu;

export function isRoleLine(text: string): boolean {
  return text.length <= 60 && ROLE_LINE.test(text);
}

const NAME_TOKEN = "[\\p{Lu}][\\p{L}'’.-]*";
const PARTICLE = "(?:van|von|de|del|della|da|di|du|la|le|al|el|bin|ibn|ter|den|der)";
const NAME = new RegExp(`^${NAME_TOKEN}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_TOKEN}){1,3}$`, "u");

export interface Byline {
  /** The author's name(s), or null for a generic credit or a bare "By". */
  author: string | null;
  /** True for "By" alone: the name is on the next line. */
  continues: boolean;
}

/** Reads a byline line, or returns null when the line is not one. */
export function readByline(text: string): Byline | null {
  if (text.length > 140) return null;
  const m = BY.exec(text);
  if (!m) return null;
  const rest = (m[1] ?? "").trim();
  if (rest === "") return { author: null, continues: true };
  // "By signing up...", "By the time the sirens started...": not bylines.
  if (!/^[\p{Lu}]/u.test(rest) || /^(the|a|an|signing|clicking|continuing|using)\b/i.test(rest)) return null;
  const name = cleanAuthor(rest);
  if (name === undefined) return null;
  return { author: name, continues: false };
}

/**
 * The name part of a byline text ("Sofia Lindqvist | Meridian Wire" → "Sofia
 * Lindqvist"), null for a generic credit, undefined when it is not a name.
 */
export function cleanAuthor(input: string): string | null | undefined {
  let s = input.split(/\s+[|·•]\s+/)[0]!.trim();
  s = s.replace(ROLE, "").replace(IN_PLACE, "");
  // "Lisa Chen and Omar Haddad, Global Wire": a trailing publication name is not an author.
  const tail = /,\s*([^,]+)$/.exec(s);
  // "By Kelly Vance, CNN": so is an acronym.
  if (tail && (PUBLICATION_WORD.test(tail[1]!) || /^\p{Lu}{2,6}$/u.test(tail[1]!.trim()))) s = s.slice(0, tail.index);
  s = s.replace(/\s*(?:,|-|–|—)\s*$/u, "").trim();
  if (GENERIC.test(s)) return null;
  const names = s.split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+y\s+|\s+et\s+|\s+und\s+|\s+e\s+|\s+&\s+)\s*/u);
  if (names.length === 0 || names.length > 4 || !names.every((n) => NAME.test(n))) return undefined;
  return names.length === 1 ? names[0]! : names.slice(0, -1).join(", ") + " and " + names[names.length - 1]!;
}

/**
 * A line that is a name alone, possibly with a role ("Jakob Feld", "Helen
 * Marsh Environment correspondent"), as printed under many headlines.
 */
export function nameOnly(text: string): string | null {
  if (text.length > 80 || /\d/.test(text)) return null;
  const s = text.replace(ROLE, "").replace(IN_PLACE, "").trim();
  return NAME.test(s) && !GENERIC.test(s) ? s : null;
}

/** "Posted on 10/11/2022 by Island Herald staff": a byline inside a date line. */
export function bylineInDateLine(text: string): string | null | undefined {
  const m = /\bby\s+(.+)$/i.exec(text);
  if (!m) return undefined;
  return cleanAuthor(m[1]!.replace(/\|.*$/, "").trim());
}

/** An author bio after the article ("Priya Raman covers semiconductors for ..."). */
export function isAuthorBio(text: string, author: string | null): boolean {
  if (text.length > 400) return false;
  const verbs = "(?:is|was|covers|writes|reports|has|edits|teaches)";
  if (author) {
    for (const name of author.split(/,\s*|\s+and\s+/)) {
      if (name && text.startsWith(name) && new RegExp(`^${escapeRe(name)}\\s+${verbs}\\b`).test(text)) return true;
    }
  }
  if (/^[\p{Lu}][\p{L}'’-]+ [\p{Lu}][\p{L}'’-]+ (covers|writes about|reports on)\b/u.test(text)) return true;
  // "Doll covers state government ...", "Ingrid Sæther is a correspondent based in ...": short bios after the article.
  return text.length < 250 && /^(?:[\p{Lu}][\p{L}'’-]+ ){1,3}(?:covers|writes about|reports on|is an? (?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|writer|editor|columnist|journalist))\b/u.test(text) && !/^(?:The|A|An|It|This|He|She|They)\b/.test(text);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
