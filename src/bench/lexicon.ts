/**
 * Generated vocabulary: the long tail of rare words and the people, places and organisations of the
 * synthetic archive. Every item is a pure function of (seed, rank), so rank 50,000 is the same word
 * whichever article first draws it, and new ranks (new words, new names) appear as the archive grows.
 */
import { type Rng, hash32, mulberry32, pick, int } from "./prng.ts";
import {
  CODAS, FIRST_NAMES, ONSETS, ORG_FIELDS, ORG_KINDS, PLACE_SUFFIXES, SURNAME_SUFFIXES, VOWELS, WORD_SUFFIXES,
} from "./words.ts";

/** A sampler of indexes 0..n-1 with P(i) ∝ 1/(i+1)^a, by binary search in a cumulative table. */
export function zipfTable(n: number, a: number): (rng: Rng) => number {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += 1 / Math.pow(i + 1, a);
    cdf[i] = total;
  }
  return (rng) => {
    const x = rng() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cdf[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function syllables(rng: Rng, count: number): string {
  let s = "";
  for (let i = 0; i < count; i++) s += pick(rng, ONSETS) + pick(rng, VOWELS) + (i === count - 1 ? pick(rng, CODAS) : "");
  return s;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const KIND_WORD = 1;
const KIND_PERSON = 2;
const KIND_PLACE = 3;
const KIND_ORG = 4;

/** Caches generated items by rank; one lexicon per archive seed. */
export class Lexicon {
  private readonly words = new Map<number, string>();
  private readonly people = new Map<number, string>();
  private readonly places = new Map<number, string>();
  private readonly orgs = new Map<number, string>();

  constructor(private readonly seed: number) {}

  private rng(kind: number, rank: number): Rng {
    return mulberry32(hash32(this.seed, kind, rank));
  }

  /** A rare lower-case word ("dravouncy", "strelation"): rank 1 is the most common of the tail. */
  word(rank: number): string {
    let w = this.words.get(rank);
    if (w === undefined) {
      const rng = this.rng(KIND_WORD, rank);
      w = syllables(rng, int(rng, 1, 3)) + pick(rng, WORD_SUFFIXES);
      if (w.length < 4) w += "ent";
      this.words.set(rank, w);
    }
    return w;
  }

  /** "Irena Koval"-like: a real first name and a generated surname. */
  person(rank: number): string {
    let p = this.people.get(rank);
    if (p === undefined) {
      const rng = this.rng(KIND_PERSON, rank);
      p = `${pick(rng, FIRST_NAMES)} ${capitalise(syllables(rng, int(rng, 1, 2)) + pick(rng, SURNAME_SUFFIXES))}`;
      this.people.set(rank, p);
    }
    return p;
  }

  /** A country or city: "Valdoria", "Meret", sometimes two words ("Port Kalvik"). */
  place(rank: number): string {
    let p = this.places.get(rank);
    if (p === undefined) {
      const rng = this.rng(KIND_PLACE, rank);
      p = capitalise(syllables(rng, int(rng, 1, 2)) + pick(rng, PLACE_SUFFIXES));
      const r = rng();
      if (r < 0.08) p = `Port ${p}`;
      else if (r < 0.14) p = `${p} City`;
      else if (r < 0.18) p = `San ${p}`;
      this.places.set(rank, p);
    }
    return p;
  }

  /** "Valdorian Energy Ministry", "Northgate Research", "KTF". */
  org(rank: number): string {
    let o = this.orgs.get(rank);
    if (o === undefined) {
      const rng = this.rng(KIND_ORG, rank);
      const r = rng();
      if (r < 0.2) {
        o = "";
        for (let i = int(rng, 3, 4); i > 0; i--) o += String.fromCharCode(65 + int(rng, 0, 25));
      } else if (r < 0.6) {
        o = `${this.place(int(rng, 1, 400))} ${pick(rng, ORG_FIELDS)} ${pick(rng, ORG_KINDS)}`;
      } else {
        o = `${capitalise(syllables(rng, 2))} ${pick(rng, ORG_KINDS)}`;
      }
      this.orgs.set(rank, o);
    }
    return o;
  }
}
