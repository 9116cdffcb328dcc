/**
 * Spelling skeletons: two names with the same skeleton are variant spellings
 * of one name. Applied to slugs (already free of case, accents and punctuation),
 * it folds the usual transliteration differences:
 *
 *   Zelensky / Zelenskyy / Zelenskiy → "zelenski"
 *   Volodymyr / Volodimir            → "volodimir"
 *   Kharkiv / Harkiv                 → "harkiv"
 *
 * Differences it does not fold (Kiev / Kyiv: different vowels) are config aliases.
 * Skeletons shorter than MIN_SKELETON are not used, so short names never merge by accident.
 */
export const MIN_SKELETON = 5;

export function skeleton(slug: string): string {
  return slug
    .replace(/kh/g, "h")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/w/g, "v")
    .replace(/[yj]/g, "i")
    .replace(/(.)\1+/g, "$1");
}

/** The last word's skeleton ("jens-stoltenberg" → "stoltenberg"), for joining surnames to full names. */
export function lastWordSkeleton(slug: string): string {
  const i = slug.lastIndexOf("-");
  return skeleton(i < 0 ? slug : slug.slice(i + 1));
}
