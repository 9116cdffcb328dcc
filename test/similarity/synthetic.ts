/**
 * A synthetic archive for scaling tests and the benchmark: fingerprints built directly (no text),
 * with a Zipf-like vocabulary and long-tailed topics. Topic 0 ("topic-0") is on about half of all
 * articles, the way "politics" or a country name is in a real archive, to show that one huge
 * inverted list does not make related-article search quadratic.
 */

import type { Fingerprint, RelatedInput } from "../../src/similarity/index.ts";
import { mulberry32 } from "../../src/bench/prng.ts";

/** Deterministic PRNG (the benchmark generator's mulberry32). */
export const random = mulberry32;

/** A seeded Fisher–Yates shuffle (a copy; the input is left as it is). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rnd = random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Sampler of 0..size-1 with P(i) ∝ 1 / (i + 1)^s. */
function zipf(size: number, s: number, rnd: () => number): () => number {
  const cdf = new Float64Array(size);
  let sum = 0;
  for (let i = 0; i < size; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
  return () => {
    const x = rnd() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface SyntheticDoc extends RelatedInput {
  topics: string[];
}

/**
 * `n` synthetic articles (ids "a000001"...). Each has one to five topics (topic 0 with
 * probability 1/2, the others Zipf-distributed over `n / 20` topics), 30 terms mixing words of its
 * topics (each topic owns 12 words) with Zipf background words, and a date over ten years.
 */
export function syntheticArchive(n: number, seed = 1): SyntheticDoc[] {
  const rnd = random(seed);
  const topicCount = Math.max(50, Math.floor(n / 20));
  const vocabulary = 60_000;
  const pickTopic = zipf(topicCount, 1.0, rnd);
  const pickWord = zipf(vocabulary, 1.05, rnd);
  const wordNames = Array.from({ length: vocabulary }, (_, w) => `v${w}`);
  const topicWordNames = Array.from({ length: topicCount + 1 }, (_, t) => Array.from({ length: 12 }, (_, w) => `w${t}x${w}`));
  const docs: SyntheticDoc[] = [];
  for (let i = 0; i < n; i++) {
    const topics = new Set<number>();
    if (rnd() < 0.5) topics.add(0);
    const wanted = 1 + Math.floor(rnd() * 4);
    while (topics.size < wanted) topics.add(1 + pickTopic());
    const counts = new Map<string, number>();
    for (const t of topics) for (let w = 0; w < 4; w++) counts.set(topicWordNames[t]![Math.floor(rnd() * 12)]!, 2 + Math.floor(rnd() * 6));
    while (counts.size < 30) counts.set(wordNames[pickWord()]!, 1 + Math.floor(rnd() * 3));

    const day = Math.floor(rnd() * 3650);
    const date = new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const fp: Fingerprint = { v: 1, hash: `h${i}`, minhash: "", words: 500, terms: [...counts.keys()], counts: [...counts.values()] };
    docs.push({ id: `a${String(i).padStart(6, "0")}`, topics: [...topics].map((t) => `topic-${t}`), fp, date });
  }
  return docs;
}

/** A deterministic pseudo-article of `n` words with sentences and paragraphs. */
export function pseudoArticle(n: number, seed = 7): string {
  const rnd = random(seed);
  const vocabulary = ["cable", "grid", "operator", "said", "the", "of", "a", "minister", "port", "vessel", "anchor", "prices", "wind",
    "investigators", "Estmark", "Valdoria", "on", "Tuesday", "in", "and", "power", "link", "repairs", "July", "officials", "“damage”", "company's"];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(vocabulary[Math.floor(rnd() * vocabulary.length)]! + (rnd() < 0.3 ? `${Math.floor(rnd() * 1000)}` : ""));
    if (i % 15 === 14) out.push(".\n");
    if (i % 90 === 89) out.push("\n");
  }
  return out.join(" ");
}
