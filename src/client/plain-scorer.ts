/**
 * Lunr's scoring for plain term queries (`minister election`, `title:grid^2 pact`: every clause optional, no
 * wildcard, no edit distance), over the decoded postings instead of a lunr.Index: same numbers, same order.
 * A broad query at 100,000 articles matches ~70,000 documents; lunr.Index.query allocates MatchData, field
 * refs and result objects for each, which took most of a second. Everything else goes to lunr.
 *
 * What it reproduces from lunr 2.3.9 (node_modules/lunr/lunr.js, lunr.Index.prototype.query):
 * - per field, a query vector of (term index, boost) upserted per clause term found in the index, summed with
 *   `a + b` when a term repeats; its magnitude = sqrt of the sum of squares in term-index order;
 * - field refs in order of first match (clause, term, field, then doc id ascending), each (term, field) once;
 * - a field's score = dot(query vector, field vector) / magnitude, the dot product summed in term-index
 *   order over the terms the field vector has; a document's score = its field scores added in field-ref order;
 * - results in order of the document's first field ref, then a stable sort by descending score.
 */
import type { LunrQuery } from "./lunr-api.ts";
import { searchPipeline } from "./lunr-api.ts";
import { find } from "./sorted.ts";

/** What the scorer needs of a decoded term (engine.ts DecodedTerm). */
export interface ScoredTerm {
  term: string;
  index: number;
  docs: Int32Array[];
  scores: Float64Array[];
}

export interface PlainHit {
  id: number;
  score: number;
  terms: string[];
}

const OPTIONAL = 1; // lunr.Query.presence.OPTIONAL

/** True when every clause is an optional exact term (after the search pipeline) and the query is not negated. */
export function isPlainQuery(query: LunrQuery): boolean {
  if (query.clauses.length === 0 || query.isNegated()) return false;
  return query.clauses.every((c) => c.presence === OPTIONAL && !c.editDistance && !c.term.includes("*"));
}


/**
 * Scores a plain query. `lookup` gives the decoded term or undefined when the index has no such term (its
 * part must be loaded). `fields` in index order; `docCount` bounds the doc ids.
 */
export function scorePlain(query: LunrQuery, fields: readonly string[], docCount: number, lookup: (term: string) => ScoredTerm | undefined): PlainHit[] {
  const F = fields.length;
  // Query vectors: per field, term index → accumulated boost, and the terms (for dot products).
  const qv = fields.map(() => new Map<number, { value: number; term: ScoredTerm }>());
  const seenTermField = new Set<string>();
  const firstRef = new Uint8Array(docCount * F); // field ref seen
  const refOrder: number[] = []; // doc * F + field, in order of first match
  const docTerms = new Map<number, string[]>();

  for (const clause of query.clauses) {
    const terms = clause.usePipeline ? searchPipeline.runString(clause.term) : [clause.term];
    for (const text of terms) {
      const t = lookup(text);
      if (!t) continue;
      for (const field of clause.fields) {
        const f = fields.indexOf(field);
        if (f < 0) continue;
        const entry = qv[f]!.get(t.index);
        if (entry) entry.value = entry.value + clause.boost;
        else qv[f]!.set(t.index, { value: clause.boost, term: t });
        const key = t.term + "/" + f;
        if (seenTermField.has(key)) continue;
        seenTermField.add(key);
        const ids = t.docs[f]!;
        for (let i = 0; i < ids.length; i++) {
          const d = ids[i]!;
          const ref = d * F + f;
          if (!firstRef[ref]) {
            firstRef[ref] = 1;
            refOrder.push(ref);
          }
          const list = docTerms.get(d);
          if (!list) docTerms.set(d, [t.term]);
          else if (!list.includes(t.term)) list.push(t.term);
        }
      }
    }
  }

  // Per field: query terms in term-index order and the vector's magnitude.
  const perField = qv.map((m) => {
    const entries = [...m].sort((a, b) => a[0] - b[0]).map(([, e]) => e);
    let sumOfSquares = 0;
    for (const e of entries) sumOfSquares += e.value * e.value;
    return { entries, magnitude: Math.sqrt(sumOfSquares) };
  });

  const score = new Map<number, number>();
  const order: number[] = [];
  for (const ref of refOrder) {
    const d = Math.floor(ref / F);
    const f = ref - d * F;
    const { entries, magnitude } = perField[f]!;
    let dot = 0;
    for (const e of entries) {
      const at = find(e.term.docs[f]!, d);
      if (at >= 0) dot += e.value * e.term.scores[f]![at]!;
    }
    const s = dot / magnitude;
    const prev = score.get(d);
    if (prev === undefined) {
      score.set(d, s);
      order.push(d);
    } else score.set(d, prev + s);
  }
  const hits = order.map((id) => ({ id, score: score.get(id)!, terms: docTerms.get(id) ?? [] }));
  return hits.sort((a, b) => b.score - a.score);
}
