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
