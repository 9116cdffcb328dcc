/**
 * Numbers from other areas' modules when they exist: parser speed (src/ingest/parse.ts) and search
 * index numbers (src/search/bench.ts). Both are looked up at run time with a dynamic import, so the
 * benchmark runs before they are written and reports a note instead.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateArticles } from "./synth.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

async function load(relative: string): Promise<Record<string, unknown> | string> {
  const file = join(ROOT, relative);
  if (!existsSync(file)) return `${relative} does not exist yet`;
  try {
    return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (e) {
    return `${relative} failed to load: ${(e as Error).message.split("\n")[0]}`;
  }
}

/** Articles per second through decodeArticle + parseArticle on this core, over up to `limit` files. */
export async function parserSpeed(articlesDir: string, limit = 3000): Promise<string> {
  const mod = await load("src/ingest/parse.ts");
  if (typeof mod === "string") return `parser speed not measured: ${mod}`;
  const parse = mod["parseArticle"];
  const decode = mod["decodeArticle"];
  if (typeof parse !== "function") return "parser speed not measured: src/ingest/parse.ts does not export parseArticle";
  const files = readdirSync(articlesDir).filter((f) => f.endsWith(".txt")).sort().slice(0, limit);
  const inputs = files.map((f) => ({ f, bytes: readFileSync(join(articlesDir, f)) }));
  const run = (items: typeof inputs): void => {
    for (const { f, bytes } of items) {
      const text = typeof decode === "function" ? (decode(new Uint8Array(bytes)) as { text: string }).text : bytes.toString("utf8");
      parse(text, f);
    }
  };
  try {
    run(inputs.slice(0, 100)); // warm up the JIT
    const start = performance.now();
    run(inputs);
    const s = (performance.now() - start) / 1000;
    const perSecond = Math.round(inputs.length / s);
    return `parser: ${perSecond.toLocaleString("en-US")} articles/s on one core (${typeof decode === "function" ? "decodeArticle + " : ""}parseArticle over ${inputs.length.toLocaleString("en-US")} files, ${((s * 1e6) / inputs.length).toFixed(0)} µs each)`;
  } catch (e) {
    return `parser speed not measured: parseArticle threw: ${(e as Error).message.split("\n")[0]}`;
  }
}

/**
 * Search index numbers from `benchSearchIndex(docs, { lunrDefault })` in src/search/bench.ts, over the
 * synthetic archive's articles as the generator wrote them (title, outlet, topic names, body text), so
 * they do not depend on the parser. lunr's default builder is timed for the ratio up to 10,000 articles.
 */
export async function searchNumbers(count: number, seed: number): Promise<string[]> {
  const mod = await load("src/search/bench.ts");
  if (typeof mod === "string") return [`search not measured: ${mod}`];
  const fn = mod["benchSearchIndex"];
  if (typeof fn !== "function") return ["search not measured: src/search/bench.ts does not export benchSearchIndex"];
  const docs = [...generateArticles({ count, seed })].map(({ file, truth }, i) => {
    const ref = String(i);
    const summary = truth.body.slice(0, 200);
    return {
      doc: { ref, title: truth.title, topics: truth.topics, outlet: truth.outlet, body: truth.body },
      entry: {
        ref, url: `/${file.replace(/\.txt$/, "")}/`, title: truth.title, date: truth.date, outlet: truth.outlet,
        topics: truth.topics, year: truth.date?.slice(0, 4) ?? null, summary, body: truth.body,
      },
    };
  });
  try {
    const r: unknown = await fn(docs, { lunrDefault: count <= 10000 });
    return describeSearch(r);
  } catch (e) {
    return [`search not measured: benchSearchIndex threw: ${(e as Error).message.split("\n")[0]}`];
  }
}

function describeSearch(r: unknown): string[] {
  if (!r || typeof r !== "object") return [`search: ${String(r)}`];
  const o = r as Record<string, unknown>;
  const num = (k: string): number | null => (typeof o[k] === "number" ? (o[k] as number) : null);
  const lines: string[] = [];
  const build = num("buildMs");
  if (build !== null) {
    const lunrMs = num("lunrDefaultMs");
    lines.push(`search index build: ${(build / 1000).toFixed(2)} s (prepare ${((num("prepareMs") ?? 0) / 1000).toFixed(2)} s + assemble ${((num("assembleMs") ?? 0) / 1000).toFixed(2)} s)` +
      (lunrMs !== null ? `; lunr's default builder ${(lunrMs / 1000).toFixed(2)} s (${(lunrMs / build).toFixed(1)}× slower)` : ""));
  }
  const total = num("totalBytes");
  if (total !== null) lines.push(`search files: ${(total / 1e6).toFixed(1)} MB in ${(num("fileCount") ?? 0).toLocaleString("en-US")} files`);
  const per = o["bytesPerQuery"];
  if (Array.isArray(per) && per.length) {
    const kb = (n: unknown): string => `${Math.round(Number(n) / 1000)} kB`;
    lines.push(`search bytes loaded per query (index only / with first results): ${per
      .map((q: { query?: unknown; bytes?: unknown; withResults?: unknown; hits?: unknown }) => `"${String(q.query)}" ${kb(q.bytes)} / ${kb(q.withResults)} (${String(q.hits)} hits)`)
      .join("; ")}`);
  }
  const known = new Set(["buildMs", "prepareMs", "assembleMs", "lunrDefaultMs", "ratio", "totalBytes", "fileCount", "bytesPerQuery"]);
  for (const [k, v] of Object.entries(o)) {
    if (known.has(k)) continue;
    const text = typeof v === "number" ? (/Ms$/.test(k) ? `${(v / 1000).toFixed(2)} s` : Number.isInteger(v) ? String(v) : v.toFixed(2))
      : typeof v === "object" ? JSON.stringify(v) : String(v);
    lines.push(`search ${k}: ${text}`);
  }
  return lines;
}

/**
 * Keystroke → rendered results in headless Chromium on the site our build made, opened from file://
 * (`benchSearchBrowser(siteDir)` in src/search/bench.ts): cold page and warm, with the bytes the cold
 * page loaded for each query.
 */
export async function searchBrowserNumbers(siteDir: string): Promise<string[]> {
  const mod = await load("src/search/bench.ts");
  if (typeof mod === "string") return [`search in the browser not measured: ${mod}`];
  const fn = mod["benchSearchBrowser"];
  if (typeof fn !== "function") return ["search in the browser not measured: src/search/bench.ts does not export benchSearchBrowser"];
  if (!existsSync("/usr/bin/chromium")) return ["search in the browser not measured: /usr/bin/chromium is not installed"];
  try {
    const results = (await fn(siteDir)) as Array<{ query: string; coldMs: number; warmMs: number; coldBytes: number; coldFiles: number }>;
    const kb = (b: number) => `${Math.round(b / 1024)} kB`;
    return [
      `search in Chromium from file:// (keystroke → results, median of 3; cold page / warm page; data loaded by the cold page): ` +
        results.map((r) => `"${r.query}" ${Math.round(r.coldMs)} / ${Math.round(r.warmMs)} ms, ${kb(r.coldBytes)} in ${r.coldFiles} files`).join("; "),
    ];
  } catch (e) {
    return [`search in the browser not measured: ${(e as Error).message.split("\n")[0]}`];
  }
}
