/**
 * Outlet and section. The outlet comes from (in order): the build's hint, a
 * page-title suffix ("... | Energy | Baltic Ledger"), the copyright line
 * ("© 2021 Baltic Ledger. All rights reserved."), refined by a masthead line
 * that shares its name ("LAKESHORE LEGAL JOURNAL" vs "Copyright Lakeshore Legal
 * Media LLC"), a metadata bullet naming a publication ("- Anadolu Agency"), a
 * masthead alone at the top, or the wire idiom "told <Outlet>, speaking on
 * condition of anonymity". Absent evidence it is null.
 */
import { STOPWORDS } from "./stopwords.ts";

export const PUBLICATION_WORD =
  /\b(agency|news|press|times|post|herald|gazette|tribune|journal|daily|wire|observer|chronicle|report|review|dispatch|courier|today|media|network|tv|radio|ledger|signal|sport|weekly|monitor|telegraph|express|mail|star|sun|globe|guardian|independent|record|bulletin|magazine|pulse|outlook|standard|examiner|inquirer|register|sentinel|mirror|echo|voice|insider|digest)\b/i;

const CORPORATE = [
  /\s+or its affiliated companies\.?$/i,
  /,?\s+(?:inc|llc|ltd|limited|gmbh|ag|as|sa|s\.l|s\.a|plc|co|corp|bv|nv|oy|ab|pty)\.?$/i,
  /,\s*[\p{Lu}][\p{L}]+$/u,
  /\s+(?:media(?: network| group| company| limited)?|publishing|publications|holdings|group|network|company)$/i,
];

/** The publisher named in a copyright line, or null. */
export function copyrightName(text: string): string | null {
  if (!/(©|\(c\)|\bcopyright\b)/i.test(text) || text.length > 200) return null;
  const seg = text.split(/\s+[|·]\s+/).find((p) => /(©|\(c\)|copyright)/i.test(p)) ?? text;
  let s = seg
    .replace(/(©|\(c\)|\bcopyright\b)/gi, " ")
    // "© 2024 BBC. The BBC is not responsible for ...": the name ends at the first sentence break.
    .replace(/([\p{L}\d)])\.\s+(?:[\p{Lu}]|$).*$/u, "$1")
    .replace(/\b(all rights reserved|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten)\b.*$/i, "")
    .replace(/\b(19|20)\d{2}(\s*[-–]\s*(19|20)\d{2})?\b/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s.,:-]+|[\s.,:;-]+$/g, "")
    .trim();
  for (let k = 0; k < 3; k++) for (const re of CORPORATE) s = s.replace(re, "").trim();
  s = s.replace(/[\s.,:;-]+$/g, "");
  return s.length >= 2 && s.split(" ").length <= 6 ? s : null;
}

/** "THE ISLAND HERALD" → "The Island Herald"; mixed-case text is returned as is. */
export function titleCase(text: string): string {
  if (text !== text.toUpperCase()) return text;
  const small = new Set(["of", "the", "and", "de", "del", "la", "el", "for", "in", "on"]);
  return text
    .toLowerCase()
    .split(" ")
    .map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

/** Words that many outlet names share: a match on them alone does not tie a masthead to the copyright. */
const GENERIC_NAME_WORD = new Set(["news", "media", "press", "daily", "network", "group", "company", "sport", "sports", "world", "online", "digital", "edition"]);
const NAV_WORD = /\b(home|homepage|menu|back to|sign|account|search)\b/i;

/** Words that identify a name: four letters or more, or an acronym ("BBC"). */
function significant(text: string): string[] {
  const en = STOPWORDS.en!, es = STOPWORDS.es!;
  return text.split(/[^\p{L}\p{N}]+/u)
    .filter((w) => (w.length >= 4 || /^\p{Lu}{2,}$/u.test(w)) && !en.has(w.toLowerCase()) && !es.has(w.toLowerCase()))
    .map((w) => w.toLowerCase())
    .filter((w) => !GENERIC_NAME_WORD.has(w));
}

/** A masthead-shaped line: a short name in title case or capitals, no sentence punctuation or digits. */
export function mastheadLike(text: string): boolean {
  if (text.length > 50 || /[.!?:|©\d]/.test(text)) return false;
  const ws = text.split(" ");
  return ws.length >= 1 && ws.length <= 5 && /^[\p{Lu}]/u.test(text);
}

export interface OutletInput {
  hint?: string;
  titleSuffix: string | null;
  copyright: string | null;
  /** Masthead-shaped lines above the headline. */
  mastheads: string[];
  /** Header bullet lines ("- Anadolu Agency"). */
  bullets: string[];
  /** A newsroom naming itself in a line of the page ("The Harbor Ledger is an independent newsroom ..."). */
  selfNamed?: string | null;
  /** The article's author: a copyright line naming only the author is not the outlet. */
  author?: string | null;
  /** Body text, for the "told X, speaking on condition of anonymity" idiom. */
  bodyText: string;
}

export function chooseOutlet(inp: OutletInput): string | null {
  if (inp.hint) return inp.hint;
  if (inp.titleSuffix) return inp.titleSuffix;
  if (inp.selfNamed) return inp.selfNamed;
  // A personal newsletter's copyright names its writer, not the publication.
  const copyright = inp.copyright && inp.copyright.toLowerCase() !== inp.author?.toLowerCase() ? inp.copyright : null;
  if (copyright) {
    const key = significant(copyright);
    const exact = inp.mastheads.find((m) => m.toLowerCase() === copyright.toLowerCase());
    if (exact) return exact === exact.toUpperCase() ? copyright : exact;
    // Navigation items ("Reuters home", "News") are not mastheads; a name with a publication word wins ("BBC News").
    const shared = inp.mastheads.filter((m) => m.includes(" ") && !NAV_WORD.test(m) && significant(m).some((w) => key.includes(w)));
    const best = shared.find((m) => PUBLICATION_WORD.test(m)) ?? shared[0];
    if (best) return titleCase(best);
    return copyright;
  }
  const bullet = inp.bullets.find((b) => PUBLICATION_WORD.test(b) && mastheadLike(b));
  if (bullet) return bullet;
  const first = inp.mastheads[0];
  if (first && first.split(" ").length >= 2) return titleCase(first);
  const told = /\btold ((?:[\p{Lu}][\p{L}\d&'’-]*\s?){1,4}),\s+speaking on condition of anonymity/u.exec(inp.bodyText);
  if (told) return told[1]!.trim();
  return null;
}

const ROOTS = /^(home|news|inicio|portada|accueil|startseite|start|notizie|notícias|nieuws|index)$/i;
const BANNERS = /^(live|breaking|breaking news|exclusive|news in brief|in brief|developing|just in|update|watch|video|analysis)$/i;

/** A kicker or breadcrumb line → the section label, or null. */
export function sectionFrom(text: string): string | null {
  if (text.length > 60 || /\d/.test(text) || /[.!?]$/.test(text) || !/\p{L}/u.test(text)) return null;
  const parts = text.split(/\s*[|›»>\/]\s*/).map((p) => p.trim()).filter((p) => p !== "");
  const rest = parts.length > 1 ? parts.filter((p) => !ROOTS.test(p)) : parts;
  const label = rest[0] ?? null;
  if (label === null || label.split(" ").length > 4 || BANNERS.test(label)) return null;
  return label;
}

export function isBanner(text: string): boolean {
  return BANNERS.test(text);
}
