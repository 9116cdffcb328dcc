/**
 * Deterministic randomness for the synthetic archive. Never `Math.random`: the same seed must give the
 * same bytes on every machine, so benchmark numbers are comparable between runs.
 */

/** A seeded generator of floats in [0, 1). mulberry32: tiny, fast, good enough for test data. */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes integers into one 32-bit hash (for values that must not depend on generation order). */
export function hash32(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/** A generator seeded from several integers (e.g. archive seed, article index, purpose). */
export function rngFor(...parts: number[]): Rng {
  return mulberry32(hash32(...parts));
}

/** Integer in [min, max] inclusive. */
export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error("pick: empty list");
  return item;
}

/**
 * A rank ≥ 1 from an unbounded power law (discrete Pareto, P(rank ≥ r) ≈ r^-(s-1)).
 * Used for word and topic frequencies: a few ranks are very common and new, rarer ranks keep
 * appearing as more samples are drawn (the Heaps'-law growth of real news vocabulary).
 * `s` > 1; larger `s` means a shorter tail.
 */
export function zipfRank(rng: Rng, s: number): number {
  const u = 1 - rng(); // (0, 1]
  const r = Math.floor(Math.pow(u, -1 / (s - 1)));
  return r > 1e9 ? 1e9 : r;
}

/** A Zipf-distributed index into a finite list of `n` items (index 0 most common). */
export function zipfIndex(rng: Rng, n: number, s: number): number {
  for (;;) {
    const r = zipfRank(rng, s) - 1;
    if (r < n) return r;
  }
}
