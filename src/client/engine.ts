/**
 * The search engine in the browser: loads only the index parts a query needs, assembles a lunr.Index of
 * those terms, and lets lunr parse, expand, match and score as usual.
 *
 * Why partial field vectors give lunr's exact scores: lunr.Index.query scores a field as
 * queryVector.similarity(fieldVector) = dot(q, v) / |q| (lunr.Vector.prototype.similarity divides by the
 * query vector's magnitude only), and the dot product only reads components of terms in the query. So a
 * field vector holding just the loaded terms' components (with lunr's term indices) scores the same.
 */
import { decodeVarints } from "../search/codec.ts";
import { FIELDS, META_PATH, docPath, keyAt, keyPath, lexiconPath, partPath, type IndexPart, type KeyPart, type LexiconPart, type SearchMeta } from "../search/format.ts";
import { L, searchPipeline, type LunrIndex } from "./lunr-api.ts";
import { expandWithLexicon, parseQuery, partOf, partsOfPrefix, planQuery } from "./query-plan.ts";
import { isPlainQuery, scorePlain } from "./plain-scorer.ts";
import type { Loader } from "./registry.ts";
import { find } from "./sorted.ts";

export interface Hit {
  /** Document id (position in ref order). */
  id: number;
  score: number;
  /** Indexed terms the document matched (for snippets and highlighting). */
  terms: string[];
}

interface DecodedTerm {
  term: string;
  index: number;
  /** Per field: doc ids and scores. */
  docs: Int32Array[];
  scores: Float64Array[];
  /** Body field: chunk mask per doc (aligned with docs[BODY]). */
  masks: Int32Array;
}

const EMPTY_METADATA = Object.freeze({});
const BODY = FIELDS.indexOf("body");

function decodePart(part: IndexPart, fieldCount: number): DecodedTerm[] {
  return part.terms.map(([term, index, ...postings]) => {
    const docs: Int32Array[] = [];
    const scores: Float64Array[] = [];
    let masks = new Int32Array(0);
    for (let f = 0; f < fieldCount; f++) {
      const nums = decodeVarints(postings[f] ?? "");
      const stride = f === BODY ? 3 : 2;
      const n = nums.length / stride;
      const ids = new Int32Array(n);
      const sc = new Float64Array(n);
      if (f === BODY) masks = new Int32Array(n);
      let d = 0;
      for (let i = 0, k = 0; i < nums.length; i += stride, k++) {
        d += nums[i]!;
        ids[k] = d;
        sc[k] = nums[i + 1]! / 1000; // the same double as lunr's Math.round(score * 1000) / 1000
        if (f === BODY) masks[k] = nums[i + 2]!;
      }
      docs.push(ids);
      scores.push(sc);
    }
    return { term, index, docs, scores, masks };
  });
}


export class SearchEngine {
  private parts = new Map<number, Promise<DecodedTerm[]>>();
  /** Every loaded term (for chunk masks). */
  private terms = new Map<string, DecodedTerm>();
  private lexicon = new Map<number, Promise<string[]>>();
  private keys = new Map<number, Promise<KeyPart>>();
  private cache: { key: string; index: LunrIndex } | null = null;

  private constructor(
    readonly meta: SearchMeta,
    private readonly load: Loader,
  ) {}

  /** Loads /search/meta.js. Rejects with SearchFormatError for an index of another format version. */
  static async open(load: Loader): Promise<SearchEngine> {
    return new SearchEngine((await load(META_PATH)) as SearchMeta, load);
  }

  private part(n: number): Promise<DecodedTerm[]> {
    let p = this.parts.get(n);
    if (!p) {
      p = this.load(partPath(n)).then((data) => {
        const decoded = decodePart(data as IndexPart, this.meta.fields.length);
        for (const t of decoded) this.terms.set(t.term, t);
        return decoded;
      });
      p.catch(() => this.parts.delete(n));
      this.parts.set(n, p);
    }
    return p;
  }

  /** The site path of document `id`'s file (format.ts, DocRecord), read from its key file. */
  async docPath(id: number): Promise<string> {
    const n = Math.floor(id / this.meta.keyChunk);
    let p = this.keys.get(n);
    if (!p) {
      p = this.load(keyPath(n)) as Promise<KeyPart>;
      p.catch(() => this.keys.delete(n));
      this.keys.set(n, p);
    }
    return docPath(keyAt(await p, id, this.meta.keyChunk));
  }

  private lexiconTerms(len: number): Promise<string[]> {
    const path = this.meta.lexicon[len];
    if (!path) return Promise.resolve([]);
    let p = this.lexicon.get(len);
    if (!p) {
      p = this.load(lexiconPath(len)).then((data) => (data as LexiconPart).terms.split(" "));
      this.lexicon.set(len, p);
    }
    return p;
  }

  /**
   * The parts a parsed query needs, and the terms lunr can expand it to: its exact terms, the terms starting
   * with its prefixes (`cyber*`), and the lexicon terms its fuzzy or leading-wildcard terms match.
   */
  private async plan(q: string): Promise<{ parts: number[]; exact: Set<string>; prefixes: string[] }> {
    const needs = planQuery(parseQuery(q, this.meta.fields));
    const parts = new Set<number>();
    const exact = new Set<string>();
    const prefixes: string[] = [];
    for (const need of needs) {
      if (need.kind === "exact") {
        parts.add(partOf(this.meta, need.term));
        exact.add(need.term);
      } else if (need.kind === "prefix") {
        for (const p of partsOfPrefix(this.meta, need.prefix)) parts.add(p);
        prefixes.push(need.prefix);
      } else {
        const lists = await Promise.all(need.lengths.map((len) => this.lexiconTerms(len)));
        const terms = lists.flat().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        for (const t of expandWithLexicon(terms, need)) {
          parts.add(partOf(this.meta, t));
          exact.add(t);
        }
      }
    }
    return { parts: [...parts].sort((a, b) => a - b), exact, prefixes };
  }

  /**
   * A lunr.Index over the query's terms only (cached for the last set). The other terms of the loaded parts
   * cannot change a score: lunr expands each clause to matching terms only, and the dot product of a field
   * vector with the query vector reads only the query's terms.
   */
  private async indexFor(plan: { parts: number[]; exact: Set<string>; prefixes: string[] }, negated: boolean): Promise<LunrIndex> {
    const key = [plan.parts.join(","), [...plan.exact].sort().join(" "), plan.prefixes.join(" "), negated ? "!" : ""].join("|");
    if (this.cache?.key === key) return this.cache.index;
    const fields = this.meta.fields;
    const wanted = (term: string): boolean => plan.exact.has(term) || plan.prefixes.some((p) => term.startsWith(p));
    const decoded = await Promise.all(plan.parts.map((n) => this.part(n)));
    const invertedIndex: Record<string, unknown> = Object.create(null);
    const elements = new Map<string, number[]>();
    const sortedTerms: string[] = [];
    for (const part of decoded) {
      for (const t of part) {
        if (!wanted(t.term)) continue;
        sortedTerms.push(t.term);
        const posting: Record<string, unknown> = Object.create(null);
        posting["_index"] = t.index;
        fields.forEach((field, f) => {
          const byDoc: Record<number, object> = Object.create(null);
          const ids = t.docs[f]!;
          const scores = t.scores[f]!;
          for (let i = 0; i < ids.length; i++) {
            byDoc[ids[i]!] = EMPTY_METADATA;
            const ref = field + "/" + ids[i];
            const el = elements.get(ref);
            if (el) el.push(t.index, scores[i]!);
            else elements.set(ref, [t.index, scores[i]!]);
          }
          posting[field] = byDoc;
        });
        invertedIndex[t.term] = posting;
      }
    }
    const vector = (el: number[] | undefined): object => new L.Vector(el ? sortPairs(el) : []);
    const fieldVectors: Record<string, object> = Object.create(null);
    if (negated) {
      // lunr scores a negated query (-a -b) over every field vector, in document order.
      for (let d = 0; d < this.meta.docCount; d++) for (const field of fields) fieldVectors[field + "/" + d] = vector(elements.get(field + "/" + d));
    } else for (const [ref, el] of elements) fieldVectors[ref] = vector(el);
    const index = new L.Index({ invertedIndex, fieldVectors, tokenSet: L.TokenSet.fromArray(sortedTerms), fields: [...fields], pipeline: searchPipeline });
    this.cache = { key, index };
    return index;
  }

  /**
   * The body chunk (src/search/chunks.ts) holding the most of a hit's matched terms: the first such chunk on
   * a tie, chunk 0 when no matched term is in the body (a title-only match). Uses the loaded postings only.
   */
  chunkOf(hit: Hit): number {
    const perChunk = new Array<number>(32).fill(0);
    for (const term of hit.terms) {
      const t = this.terms.get(term);
      if (!t) continue;
      const at = find(t.docs[BODY]!, hit.id);
      if (at < 0) continue;
      const mask = t.masks[at]!;
      for (let c = 0; c < 31; c++) if (mask & (1 << c)) perChunk[c]!++;
    }
    let best = 0;
    for (let c = 1; c < 31; c++) if (perChunk[c]! > perChunk[best]!) best = c;
    return best;
  }

  /**
   * Runs a lunr query string ("+grid -storm title:pact cyber* koval~1").
   * Throws QuerySyntaxError (a message for the user) when lunr cannot parse it.
   */
  async search(q: string): Promise<Hit[]> {
    const plan = await this.plan(q);
    const parsed = parseQuery(q, this.meta.fields);
    if (isPlainQuery(parsed)) {
      await Promise.all(plan.parts.map((n) => this.part(n)));
      return scorePlain(parsed, this.meta.fields, this.meta.docCount, (term) => this.terms.get(term));
    }
    const negated = parsed.isNegated();
    const index = await this.indexFor(plan, negated);
    return index.search(q).map((r) => ({ id: Number(r.ref), score: r.score, terms: Object.keys(r.matchData.metadata) }));
  }
}

/** Sorts (index, value) pairs by index, as lunr.Vector expects; usually already sorted. */
function sortPairs(el: number[]): number[] {
  let sorted = true;
  for (let i = 2; i < el.length; i += 2) if (el[i]! < el[i - 2]!) sorted = false;
  if (sorted) return el;
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < el.length; i += 2) pairs.push([el[i]!, el[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs.flat();
}

