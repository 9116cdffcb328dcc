/**
 * The one slug function used for article, topic and outlet URLs.
 *
 * - Latin letters lose their accents ("Kyïv" → "kyiv"); other scripts are kept
 *   as letters ("Москва" → "москва"), so non-Latin titles get readable slugs.
 * - Case and punctuation never make two slugs differ: "NATO" and "Nato!" are both
 *   "nato". Callers that key things by slug therefore cannot produce two pages
 *   whose URLs differ only by case (the duplicate-permalink trap).
 * - The result is never empty: when nothing is left (an emoji-only title) the
 *   `fallback` is used, which callers derive from something stable.
 * - The result is a valid folder name: at most MAX_SLUG_BYTES bytes of UTF-8
 *   (file systems allow 255; 80 letters of a four-byte script such as CJK
 *   Extension B would be 320 and fail the build with ENAMETOOLONG).
 *
 * @example slugify("Russia’s Ukraine strikes ‘sign of weakness’") === "russias-ukraine-strikes-sign-of-weakness"
 */
export function slugify(text: string, fallback = "untitled", maxLength = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’‘`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const cut = cutToBytes(cutAtWord(slug, maxLength), MAX_SLUG_BYTES);
  return cut === "" ? fallback : cut;
}

/** Longest slug in UTF-8 bytes: under the 255-byte file-name limit with room for a "-99" collision suffix. */
export const MAX_SLUG_BYTES = 240;

function cutToBytes(slug: string, max: number): string {
  let bytes = 0;
  let end = 0;
  for (const ch of slug) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes > max) return slug.slice(0, end).replace(/-+$/g, "");
    end += ch.length;
  }
  return slug;
}

function cutAtWord(slug: string, max: number): string {
  const chars = Array.from(slug);
  if (chars.length <= max) return slug;
  const head = chars.slice(0, max).join("");
  const lastDash = head.lastIndexOf("-");
  return (lastDash > max / 2 ? head.slice(0, lastDash) : head).replace(/-+$/g, "");
}

/** A short stable hexadecimal hash of a string (FNV-1a, 32 bit), for fallback slugs. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
