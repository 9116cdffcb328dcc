/**
 * Benchmark: our build against plain Eleventy on synthetic archives.
 *
 *   npm run bench                         1,000 and 10,000 articles
 *   npm run bench -- --articles 5000      one size
 *   npm run bench -- --large              adds 100,000
 *   npm run bench -- --only reference     only one builder (ours | reference)
 *   npm run bench -- --keep               keep the temp dirs (archive, outputs) and print where
 *   npm run bench -- --seed 7             another synthetic archive (default 1)
 *   npm run bench -- --repeat 3           run each builder's steps 3 times, keep each step's fastest
 *
 * Prints a table per size and writes it into docs/BENCHMARKS.md. See that file for what is measured.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { stopRunning } from "../src/bench/measure.ts";
import { parserSpeed, searchNumbers, searchBrowserNumbers } from "../src/bench/optional.ts";
import { prepareReference, referenceArgs, syncReferencePage } from "../src/bench/reference.ts";
import { mergeSections, readSectionData, sizeSection, type BuilderResult, type SizeReport } from "../src/bench/report.ts";
import { ArchiveChanges, type Builder, type Progress, bestOf, runProtocol } from "../src/bench/run.ts";
import { SESSION_SCRIPT, runSessionSteps, type SessionResult } from "../src/bench/session-run.ts";
import { writeArchive } from "../src/bench/synth.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BUILD_SCRIPT = join(ROOT, "scripts", "build.ts");
const DOC = join(ROOT, "docs", "BENCHMARKS.md");

const { values } = parseArgs({
  options: {
    articles: { type: "string" },
    large: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    only: { type: "string" },
    seed: { type: "string", default: "1" },
    repeat: { type: "string", default: "1" },
  },
});

const only = values.only;
if (only !== undefined && only !== "ours" && only !== "reference") {
  console.error(`--only must be "ours" or "reference", not "${only}"`);
  process.exit(2);
}
const seed = Number(values.seed);
const repeat = Number(values.repeat);
const sizes = values.articles ? [Number(values.articles)] : [1000, 10000];
if (values.large && !sizes.includes(100000)) sizes.push(100000);
if (sizes.some((n) => !Number.isInteger(n) || n < 10) || !Number.isInteger(seed) || !Number.isInteger(repeat) || repeat < 1) {
  console.error("--articles must be an integer ≥ 10, --seed an integer and --repeat an integer ≥ 1");
  process.exit(2);
}

const showProgress = process.stderr.isTTY && process.env["CI"] !== "true";
const progress: Progress = (message) => {
  if (showProgress) process.stderr.write(`\r\x1b[K[bench] ${message}`);
};
const progressDone = (): void => { if (showProgress) process.stderr.write("\r\x1b[K"); };

/** The node flags `npm run build` runs the build with (its heap size), read from package.json. */
const NODE_FLAGS: string[] = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> }
).scripts["build"]!.match(/--max-old-space-size=\d+/g) ?? [];

/** Our build, run from a fresh working directory so that caches kept relative to it start empty. */
function ourBuilder(work: string, articles: string): Builder {
  const cwd = join(work, "ours-cwd");
  const out = join(work, "ours-site");
  return {
    name: "ours", cwd, out,
    args: [...NODE_FLAGS, "--import", import.meta.resolve("tsx"), BUILD_SCRIPT, "--articles", articles, "--out", out, "--quiet"],
    reset: () => { rmSync(cwd, { recursive: true, force: true }); rmSync(out, { recursive: true, force: true }); },
    touched: () => {},
  };
}

function referenceBuilder(work: string, articles: string): Builder {
  const project = prepareReference(articles, join(work, "reference"));
  const out = join(work, "reference-site");
  return {
    name: "reference", cwd: project.root, out,
    args: referenceArgs(project, out),
    reset: () => rmSync(out, { recursive: true, force: true }),
    touched: (file) => syncReferencePage(project, articles, file),
  };
}

async function repeated(builder: Builder, changes: ArchiveChanges): Promise<BuilderResult> {
  const runs: BuilderResult[] = [];
  for (let i = 1; i <= repeat; i++) {
    const run = await runProtocol(builder, changes, (m) => progress(repeat > 1 ? `${m} (run ${i} of ${repeat})` : m));
    runs.push(run);
    if (run.error) break;
  }
  return bestOf(runs);
}

const notMeasured = (why: string): BuilderResult => ({ skipped: why, steps: {}, error: null, output: null });

const workDirs = new Set<string>();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    stopRunning();
    if (!values.keep) for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
}

async function benchSize(count: number): Promise<SizeReport> {
  const work = mkdtempSync(join(tmpdir(), `news-archive-bench-${count}-`));
  workDirs.add(work);
  const articles = join(work, "articles");
  try {
    progress(`generating ${count} synthetic articles`);
    const start = performance.now();
    const archive = writeArchive(articles, { count, seed });
    const generateMs = performance.now() - start;
    const changes = new ArchiveChanges(articles, count, seed);

    const notes: string[] = [];
    // With --only, the other builder's numbers are kept from the last run at this size.
    const previous = readSectionData(existsSync(DOC) ? readFileSync(DOC, "utf8") : null, count);
    const kept = (b: BuilderResult | undefined, name: string): BuilderResult | null =>
      b && !b.skipped && !b.error && previous?.seed === seed ? (notes.push(`${name} numbers from the run of ${previous.measured.slice(0, 16).replace("T", " ")} UTC`), b) : null;

    let ours: BuilderResult;
    if (only === "reference") ours = kept(previous?.ours, "ours") ?? notMeasured("skipped (--only reference).");
    else if (!existsSync(BUILD_SCRIPT)) ours = notMeasured("scripts/build.ts does not exist yet.");
    else ours = await repeated(ourBuilder(work, articles), changes);
    // With --only reference, kept from the last run like ours.
    let session: SessionResult | null = only === "reference" && previous?.seed === seed ? (previous.session ?? null) : null;
    if (!ours.skipped && !ours.error && only !== "reference") {
      progress(`ours: add, edit and delete rebuilds of ${count} articles in one npm start process`);
      const builder = ourBuilder(work, articles);
      session = await runSessionSteps(builder.args.map((a) => (a === BUILD_SCRIPT ? SESSION_SCRIPT : a)), builder.cwd, changes);
    }
    const browserNotes = ours.skipped || ours.error ? [] : (progress("search in the browser"), await searchBrowserNumbers(join(work, "ours-site")));

    let reference: BuilderResult;
    if (only === "ours") reference = kept(previous?.reference, "reference") ?? notMeasured("skipped (--only ours).");
    else {
      progress(`writing the reference's ${count} markdown pages`);
      reference = await repeated(referenceBuilder(work, articles), changes);
    }

    progress("parser speed and search numbers");
    notes.push(await parserSpeed(articles), ...(await searchNumbers(count, seed)), ...browserNotes);
    progressDone();
    if (repeat > 1) notes.push(`each step run ${repeat} times; the table shows the fastest (peak RSS: the largest)`);
    return { articles: count, seed, archive: { bytes: archive.bytes, generateMs }, ours, reference, session, notes };
  } finally {
    if (values.keep) process.stderr.write(`[bench] kept ${work} (articles/, reference/, *-site/)\n`);
    else rmSync(work, { recursive: true, force: true });
    workDirs.delete(work);
  }
}

const INTRO = "# Benchmarks\n\nMeasured with `npm run bench`.";

const fresh = new Map<number, string>();
for (const count of sizes) {
  const section = sizeSection(await benchSize(count));
  fresh.set(count, section);
  console.log(`${section.replace(/<!--.*-->\n?/g, "").trim()}\n`);
  // Written after each size, so a long --large run keeps what it measured if it is interrupted.
  writeFileSync(DOC, mergeSections(existsSync(DOC) ? readFileSync(DOC, "utf8") : null, INTRO, fresh));
}
console.log(`Written to ${DOC}`);
