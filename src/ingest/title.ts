/**
 * The headline. Candidates: the line just above the date/byline cluster
 * (walking back over a standfirst), the first line, a line the page repeats.
 * A page-title line carries suffixes ("Headline | Energy | Baltic Ledger",
 * "Headline - The Morning Courier"): the " | " parts are removed always, a
 * " - X" suffix only when X is the outlet named elsewhere on the page.
 */

export interface TitleParts {
  title: string;
  section: string | null;
  outlet: string | null;
}

/** Splits "Headline | Section | Outlet" / "Headline - Outlet" (dash form only for a known outlet name). */
export function splitTitleSuffix(line: string, knownOutlets: readonly string[]): TitleParts {
  const parts = line.split(/\s+\|\s+/);
  if (parts.length >= 2 && parts.slice(1).every((p) => p.split(" ").length <= 5) && parts[0]!.split(" ").length >= 3) {
    return { title: parts[0]!, outlet: parts[parts.length - 1]!, section: parts.length >= 3 ? parts[1]! : null };
  }
  const dash = /^(.{10,}?)\s+[-–—]\s+([^-–—]{2,60})$/u.exec(line);
  if (dash) {
    const suffix = dash[2]!.trim();
    if (knownOutlets.some((o) => o.toLowerCase() === suffix.toLowerCase())) return { title: dash[1]!, outlet: suffix, section: null };
  }
  return { title: line, section: null, outlet: null };
}

/** Words in a text (space separated). */
export function wordCount(text: string): number {
  return text === "" ? 0 : text.split(" ").length;
}

/** A fallback title when the page has no usable headline: never empty. */
export function untitled(file: string): string {
  const base = file.replace(/^.*\//, "").replace(/\.[^.]+$/, "");
  return `Untitled (${base || file || "article"})`;
}

/** Cuts a very long candidate at a word boundary (a 5,000-character first line is not a headline). */
export function clampTitle(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return (space > max / 2 ? cut.slice(0, space) : cut) + "…";
}

/** True when a title has at least one letter or digit (an emoji-only line is not a headline). */
export function hasWordChars(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
