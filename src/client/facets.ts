/** Facet columns of the documents (date rank, outlet, year, topics), loaded per chunk of document ids. */
import { decodeVarints } from "../search/codec.ts";
import { FACET_DICT_PATH, facetPath, type FacetDict, type FacetPart, type SearchMeta } from "../search/format.ts";
import type { Loader } from "./registry.ts";

export interface DocFacets {
  /** 0 = newest; undated documents rank last. */
  rank: number;
  /** Ids into FacetDict lists; -1 when absent. */
  outlet: number;
  year: number;
  topics: number[];
}

export class FacetStore {
  private chunks = new Map<number, Promise<DocFacets[]>>();
  private dictPromise: Promise<FacetDict> | null = null;

  constructor(
    private readonly meta: SearchMeta,
    private readonly load: Loader,
  ) {}

  dict(): Promise<FacetDict> {
    return (this.dictPromise ??= this.load(FACET_DICT_PATH) as Promise<FacetDict>);
  }

  private chunk(c: number): Promise<DocFacets[]> {
    let p = this.chunks.get(c);
    if (!p) {
      p = this.load(facetPath(c)).then((data) => decodeChunk((data as FacetPart).docs));
      this.chunks.set(c, p);
    }
    return p;
  }

  /**
   * For counts only (no filter set): when the hits span more than `maxChunks` facet chunks, the chunks with
   * the most hits until they hold at least `sample` hits (at most `maxChunks` chunks), and the hits in them
   * (in their order). Otherwise every hit. Keeps the filter counts of a broad query at 100,000 articles to a few chunks instead of all.
   */
  sampleOf(ids: readonly number[], maxChunks = 8, sample = 2000): { ids: number[]; sampled: boolean } {
    const size = this.meta.facetChunk;
    const perChunk = new Map<number, number>();
    for (const id of ids) perChunk.set(Math.floor(id / size), (perChunk.get(Math.floor(id / size)) ?? 0) + 1);
    if (perChunk.size <= maxChunks) return { ids: [...ids], sampled: false };
    const chosen = new Set<number>();
    let covered = 0;
    for (const [c, n] of [...perChunk].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
      if (covered >= sample || chosen.size >= maxChunks) break;
      chosen.add(c);
      covered += n;
    }
    return { ids: ids.filter((id) => chosen.has(Math.floor(id / size))), sampled: true };
  }

  /** Facets of the given documents, in the same order. */
  async of(ids: readonly number[]): Promise<DocFacets[]> {
    const size = this.meta.facetChunk;
    const needed = [...new Set(ids.map((id) => Math.floor(id / size)))];
    const loaded = new Map(await Promise.all(needed.map(async (c) => [c, await this.chunk(c)] as const)));
    return ids.map((id) => loaded.get(Math.floor(id / size))![id % size]!);
  }
}

function decodeChunk(stream: string): DocFacets[] {
  const nums = decodeVarints(stream);
  const out: DocFacets[] = [];
  for (let i = 0; i < nums.length; ) {
    const rank = nums[i++]!;
    const outlet = nums[i++]! - 1;
    const year = nums[i++]! - 1;
    const n = nums[i++]!;
    out.push({ rank, outlet, year, topics: nums.slice(i, i + n) });
    i += n;
  }
  return out;
}
