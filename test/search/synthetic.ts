/**
 * A deterministic synthetic news archive for tests and benchmarks: Zipf-distributed vocabulary (common news
 * words, a long tail of rarer words) plus named entities whose pool keeps growing with the archive, as in
 * real news (Heaps' law), punctuation, numbers, quotes and hyphens.
 */
import type { SearchDocInput } from "../../src/search/prepare.ts";
import { mulberry32 } from "../../src/bench/prng.ts";
import type { SearchStoreEntry } from "../../src/search/store.ts";

/** The benchmark generator's seeded PRNG (mulberry32). */
export const rng = mulberry32;

const NEWS = (
  "said government minister election climate change bank central rate inflation economy president parliament " +
  "vote police court trade deal border energy power grid cyber attack security talks agreement officials country " +
  "capital city region market prices oil gas water storm flood drought health hospital school workers strike union " +
  "company shares profit report year week month people children protest opposition party leader campaign budget " +
  "tax debt loan fund investment project plan law reform ministry spokesman statement interview analysts data growth " +
  "exports imports farmers harvest railway port airport flights troops army defence ceasefire refugees aid crisis " +
  "record highest lowest announced expected estimated million billion percent reported according official national " +
  "international regional local northern southern eastern western coast island mountain river village district " +
  "technology software internet network digital services banking currency exchange fraud investigation arrested " +
  "suspects charges prison judge ruling appeal constitution referendum coalition cabinet resignation succession"
).split(" ");
const FUNCTION_WORDS = "the of and to in a on for with by at from that is was as it its has have will be after over their this which".split(" ");
const SYLLABLES = "ka lo mer van dri sto pel ta ri on es ba ul ven cor mar tis ne la gor fi sen ar ul om pra".split(" ");
const OUTLETS = ["Levant Press Agency", "Baltic Ledger", "Meridian Wire", "Horizon 24", "The Morning Courier", "Island Herald", "Northern Gazette", "Valdoria Today"];

function syntheticWord(r: () => number, min: number, max: number): string {
  const n = min + Math.floor(r() * (max - min + 1));
  let w = "";
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return w;
}

export interface SyntheticArticle {
  doc: SearchDocInput;
  entry: SearchStoreEntry;
}

/** `count` articles of about `words` words each; same arguments → same articles. */
export function syntheticArchive(count: number, words = 600, seed = 42): SyntheticArticle[] {
  const r = rng(seed);
  const tail: string[] = [];
  const tailRng = rng(seed + 1);
  for (let i = 0; i < 40000; i++) tail.push(syntheticWord(tailRng, 2, 4));
  // News words sit at Zipf ranks 20, 35, 50, …: common, but (like real news) not in every article.
  const vocab = [...tail];
  NEWS.forEach((w, i) => vocab.splice(20 + i * 15, 0, w));
  const zipf = (): string => vocab[Math.min(vocab.length - 1, Math.floor(Math.exp(r() * Math.log(vocab.length + 1)) - 1))]!;
  const entities: string[] = [];
  const entity = (): string => {
    if (entities.length < 20 || r() < 0.25) {
      const e = syntheticWord(r, 2, 3);
      entities.push(e[0]!.toUpperCase() + e.slice(1));
      return entities[entities.length - 1]!;
    }
    return entities[Math.floor(entities.length * Math.pow(r(), 2))]!;
  };
  const topicPool = Array.from({ length: 300 }, () => syntheticWord(r, 2, 3));

  const out: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const cast = [entity(), entity(), entity(), entity()];
    const sentence = (): string => {
      const n = 8 + Math.floor(r() * 18);
      const ws: string[] = [];
      for (let k = 0; k < n; k++) {
        const x = r();
        if (x < 0.3) ws.push(FUNCTION_WORDS[Math.floor(r() * FUNCTION_WORDS.length)]!);
        else if (x < 0.36) ws.push(cast[Math.floor(r() * cast.length)]!);
        else if (x < 0.38) ws.push(String(Math.floor(r() * 2000)));
        else if (x < 0.39) ws.push(zipf() + "-" + zipf());
        else ws.push(zipf());
      }
      let s = ws.join(" ");
      s = s[0]!.toUpperCase() + s.slice(1) + (r() < 0.1 ? "?" : ".");
      return r() < 0.15 ? `“${s}” ${cast[0]} said.` : s;
    };
    const paragraphs: string[] = [];
    let total = 0;
    while (total < words) {
      const p = [sentence(), sentence(), sentence()].join(" ");
      total += p.split(" ").length;
      paragraphs.push(p);
    }
    const title = `${cast[0]} ${zipf()} ${NEWS[Math.floor(r() * NEWS.length)]} ${zipf()} ${cast[1]}`;
    const topics = [topicPool[Math.floor(topicPool.length * r() * r())]!, cast[0]!, cast[1]!].map((t) => t[0]!.toUpperCase() + t.slice(1));
    const dated = r() > 0.02;
    const year = 2015 + Math.floor((i / count) * 10);
    const date = dated ? `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}` : null;
    const slug = `a${String(i).padStart(6, "0")}`;
    const url = date ? `/${date.replace(/-/g, "/")}/${slug}/` : `/undated/${slug}/`;
    const outlet = OUTLETS[Math.floor(OUTLETS.length * r() * r())]!;
    const body = paragraphs.join("\n");
    out.push({
      doc: { ref: url, title, topics, outlet, body },
      entry: { ref: url, url, title, date, outlet, topics, year: date ? date.slice(0, 4) : null, summary: paragraphs[0]!.slice(0, 200), body },
    });
  }
  return out;
}
