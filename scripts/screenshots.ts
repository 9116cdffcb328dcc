/**
 * `npm run screenshots`: builds a real archive from the two samples in articles/ plus the fixture corpus
 * (../shared/corpus/articles), opens it from file:// in headless Chromium and writes PNGs of the top of the
 * home page, the first sample's article page and the NATO topic page, at desktop (1280 px) and phone (375 px)
 * widths, in light and dark mode, to docs/screenshots/<page>-<desktop|phone>-<light|dark>.png.
 *
 * Options:
 *   --out DIR      where the PNGs go (default docs/screenshots)
 *   --all          also shoot the pages kept out of the README (month, year, topics index, report, search,
 *                  undated, sources), for reviewing the design
 *   --keep         keep the temporary build and print where it is
 *
 * Neither source folder is modified: both are copied into a temporary articles folder. The browser is the
 * system Chromium (/usr/bin/chromium); nothing is downloaded.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, defaultBuildOptions } from "../src/build/build.ts";
import { parseRecordFile, recordPath } from "../src/store/records.ts";
import { launchChromium } from "../test/helpers/browser.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SAMPLES = path.join(ROOT, "articles");
const CORPUS = path.resolve(ROOT, "../shared/corpus/articles");
/** The sample whose article page is shown (the Anadolu Agency layout, dated 2022-11-10). */
const ARTICLE_SAMPLE = "000_04a5c506f43ddc1a.txt";

const SIZES = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 740 },
} as const;
const SCHEMES = ["light", "dark"] as const;

interface Shot {
  name: string;
  /** Site path of the page, with an optional query. */
  url: string;
  /** Wait for this selector before shooting (pages that render in the browser). */
  waitFor?: string;
}

async function copyFiles(from: string, to: string): Promise<number> {
  let n = 0;
  for (const e of await fs.readdir(from, { withFileTypes: true })) {
    if (e.isDirectory()) n += await copyFiles(path.join(from, e.name), path.join(to, e.name));
    else if (e.isFile() && /\.(txt|md)$/i.test(e.name)) {
      await fs.mkdir(to, { recursive: true });
      await fs.copyFile(path.join(from, e.name), path.join(to, e.name));
      n++;
    }
  }
  return n;
}

/** The site path of an article, read from its parsed record. */
async function articleUrl(recordsDir: string, file: string): Promise<string> {
  const where = recordPath(recordsDir, file);
  return parseRecordFile(await fs.readFile(where, "utf8"), where).url;
}

function fileUrl(site: string, sitePath: string): string {
  const [pathname = "/", query] = sitePath.split("?");
  const rel = pathname.replace(/^\//, "") + (pathname.endsWith("/") ? "index.html" : "");
  return pathToFileURL(path.join(site, rel)).href + (query === undefined ? "" : `?${query}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf("--out");
  const outDir = path.resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : path.join(ROOT, "docs/screenshots"));
  const all = args.includes("--all");
  const keep = args.includes("--keep");

  const work = await fs.mkdtemp(path.join(os.tmpdir(), "news-archive-screenshots-"));
  const articles = path.join(work, "articles");
  const copied = (await copyFiles(SAMPLES, articles)) + (await copyFiles(CORPUS, articles));
  const site = path.join(work, "_site");
  const records = path.join(work, "records");
  const result = await build(
    defaultBuildOptions({ articlesDir: articles, outDir: site, recordsDir: records, cacheDir: path.join(work, "cache"), topicsFile: path.join(work, "topics.yaml") }),
  );
  console.log(`Built ${result.published} of ${copied} articles into ${site}`);

  const shots: Shot[] = [
    { name: "home", url: "/" },
    { name: "article", url: await articleUrl(records, ARTICLE_SAMPLE) },
    { name: "topic", url: "/topics/nato/" },
  ];
  if (all) {
    shots.push(
      { name: "month", url: "/2022/11/" },
      { name: "year", url: "/2022/" },
      { name: "archive", url: "/archive/" },
      { name: "topics", url: "/topics/" },
      { name: "report", url: "/report/" },
      { name: "undated", url: "/undated/" },
      { name: "sources", url: "/sources/" },
      { name: "search", url: "/search/?q=Stoltenberg", waitFor: "#search-results > li" },
      { name: "search-empty", url: "/search/?q=zzzzqqq", waitFor: "#search-status:not(:empty)" },
    );
  }

  await fs.mkdir(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const scheme of SCHEMES) {
      for (const [size, viewport] of Object.entries(SIZES)) {
        const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        for (const shot of shots) {
          await page.goto(fileUrl(site, shot.url), { waitUntil: "load" });
          if (shot.waitFor) await page.waitForSelector(shot.waitFor, { timeout: 5000 }).catch(() => console.warn(`${shot.name}: ${shot.waitFor} did not appear`));
          const file = path.join(outDir, `${shot.name}-${size}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: false });
          console.log(`wrote ${path.relative(process.cwd(), file)}`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    if (keep) console.log(`Kept the build in ${work}`);
    else await fs.rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  process.exit(1);
});
