/**
 * The catalogue of bad inputs (test/fixtures/bad/, outcomes.json), built in one
 * archive with two good articles: the build finishes, each bad file is published
 * degraded or skipped with its one-line warning, every good article is
 * published, nothing in the articles folder changes, nothing is written outside
 * the build's own folders, and a `---js` block never runs.
 */
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { promises as fs, existsSync } from "node:fs";
import path from "node:path";
import { buildInto, readTree, tempDir } from "../helpers/site-tree.ts";
import { defaultBuildOptions, type BuildResult } from "../../src/build/build.ts";
import { formatSummary } from "../../src/build/summary.ts";
import { recordPath } from "../../src/store/records.ts";
import { scanArticles } from "../../src/store/scan.ts";
import { runAnalyseJob } from "../../src/build/analyse-job.ts";
import { STATIC_FIXTURES, folderFingerprint, makeBadArticles, readOutcomes, type BadArticles, type Outcome } from "./make-fixtures.ts";

const CONTROLS = ["000_04a5c506f43ddc1a.txt", "004_c35e00869fde3704.txt"];
const isRoot = process.getuid?.() === 0;

let bad: BadArticles;
let outcomes: Record<string, Outcome>;
let result: BuildResult;
let out = "";
let work = "";
let sandbox = "";
let fingerprintBefore: string[] = [];
/** The user-visible warning lines, with the articles folder shown as "articles/". */
let lines: string[] = [];
let tree: Map<string, Buffer>;

before(async () => {
  outcomes = await readOutcomes();
  bad = await makeBadArticles();
  for (const [file, o] of Object.entries(outcomes)) if (o.isolated) await fs.rm(path.join(bad.dir, file));
  for (const f of CONTROLS) await fs.copyFile(path.join("articles", f), path.join(bad.dir, f));
  fingerprintBefore = await folderFingerprint(bad.dir);
  // The build's folders sit three levels down a sandbox, so a path escaping with ../../ would land in it.
  sandbox = tempDir("na-sandbox-");
  work = path.join(sandbox, "a", "b", "c");
  await fs.mkdir(work, { recursive: true });
  delete (globalThis as Record<string, unknown>).__newsArchivePwned;
  ({ result, out } = await buildInto(bad.dir, work));
  lines = warningLines(result, bad.dir, work);
  tree = await readTree(out);
});

/** The user-visible warning lines of a build, with the articles folder shown as "articles/". */
function warningLines(r: BuildResult, articlesDir: string, workDir: string): string[] {
  const options = defaultBuildOptions({ articlesDir, topicsFile: path.join(workDir, "topics.yaml") });
  return formatSummary(r, options, true)
    .split("\n")
    .filter((l) => l.startsWith(`  ${articlesDir}/`))
    .map((l) => `articles/${l.slice(articlesDir.length + 3)}`);
}

test("the build finishes and publishes every good article", () => {
  assert.ok(result.published > 0);
  for (const f of CONTROLS) assert.ok(!result.skipped.some((x) => x.file === f), `${f} is published`);
  assert.ok(tree.has("2022/11/10/russian-kherson-retreat-would-be-ukraines-victory-nato-chief/index.html"));
});

test("every warning is one line that names its file", () => {
  for (const w of result.warnings) {
    assert.doesNotMatch(w.reason, /[\r\n]/, `one line: ${w.file}: ${w.reason}`);
    assert.ok(w.file.length > 0);
  }
});

test("nothing in the articles folder is modified (contents, names, modes, mtimes)", async () => {
  assert.deepEqual(await folderFingerprint(bad.dir), fingerprintBefore);
});

test("nothing is written outside the build's output, records and cache folders", async () => {
  assert.deepEqual((await fs.readdir(work)).sort(), ["_site", "cache", "records"]);
  const sandboxTree: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (abs === work) continue;
      sandboxTree.push(path.relative(sandbox, abs));
      if (e.isDirectory()) await walk(abs);
    }
  };
  await walk(sandbox);
  assert.deepEqual(sandboxTree.sort(), ["a", "a/b"]);
  assert.deepEqual((await fs.readdir(bad.outside)).sort(), ["outside.txt"], "nothing written next to the symlink target");
  for (const rel of tree.keys()) assert.ok(!rel.split("/").includes(".."), rel);
});

test("a ---js front matter block is never executed", () => {
  assert.equal((globalThis as Record<string, unknown>).__newsArchivePwned, undefined, "the block set a global");
  assert.equal(existsSync(bad.jsMarker), false, "the block wrote a file");
  for (const [rel, content] of tree) assert.doesNotMatch(content.toString("latin1"), /PWNED by front matter/, rel);
});

test("every file with a warning is listed on the report page", () => {
  const report = tree.get("report/index.html")!.toString();
  for (const [file, o] of Object.entries(outcomes)) {
    if (o.warning === null || o.isolated) continue;
    assert.ok(report.includes(escapeText(file)), `report lists ${file}`);
  }
});

// One test per fixture: its outcome and its warning.
interface Built {
  result: BuildResult;
  lines: string[];
  tree: Map<string, Buffer>;
  records: string;
}

async function checkOutcome(file: string, expected: Outcome, built: Built): Promise<void> {
  const mine = built.lines.filter((l) => l.startsWith(`articles/${file}: `));
  if (expected.warning === null) assert.deepEqual(mine, [], `${file} has no warning`);
  else assert.ok(mine.some((l) => new RegExp(expected.warning!, "u").test(l)), `${file}: a warning matches /${expected.warning}/; got:\n${mine.join("\n") || "(none)"}`);

  const skipped = built.result.skipped.some((s) => s.file === file);
  if (expected.outcome === "skipped") {
    assert.ok(skipped, `${file} is in the skipped list`);
    assert.equal(existsSync(recordPath(built.records, file)), false, "no record for a skipped file");
  } else if (expected.outcome === "ignored") {
    assert.equal(skipped, false);
    assert.deepEqual(mine, []);
  } else {
    assert.equal(skipped, false, `${file} is not skipped`);
    assert.ok(existsSync(recordPath(built.records, file)), `${file} has a record`);
    // The page is found by its "Source file" line: the model may have changed the record's URL (a -2 suffix).
    const marker = `Source file: <code>${escapeText(file)}</code>`;
    const pages = [...built.tree].filter(([rel, c]) => rel.endsWith("index.html") && c.includes(marker));
    assert.equal(pages.length, 1, `${file}: exactly one article page names it as its source file (found ${pages.map((p) => p[0]).join(", ") || "none"})`);
    const [rel, content] = pages[0]!;
    const url = `/${rel.replace(/index\.html$/, "")}`;
    if (expected.url) assert.match(url, new RegExp(expected.url, "u"));
    if (expected.title) {
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(content.toString())?.[1] ?? "";
      assert.match(decodeText(h1.replace(/<[^>]+>/g, "")).trim(), new RegExp(expected.title, "u"));
    }
  }
}

const catalogue = await readOutcomes();
for (const [file, expected] of Object.entries(catalogue)) {
  const name = `${file.length > 60 ? `${file.slice(0, 20)}…(${Buffer.byteLength(file)} bytes)` : file}: ${expected.outcome}${expected.warning ? ", with its warning" : ""}`;
  if (!expected.isolated) {
    test(name, async () => {
      if (file === "fifo.txt" && !bad.fifo) return; // mkfifo unavailable
      await checkOutcome(file, expected, { result, lines, tree, records: path.join(work, "records") });
    });
    continue;
  }
  // Built on its own with one good article: the build must finish, and the good article be published.
  test(`${name} (built alone)`, async () => {
    const dir = tempDir("na-isolated-");
    await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await fs.copyFile(path.join(STATIC_FIXTURES, file), path.join(dir, file));
    await fs.copyFile(path.join("articles", CONTROLS[0]!), path.join(dir, CONTROLS[0]!));
    const w = tempDir();
    const built = await buildInto(dir, w);
    const t = await readTree(built.out);
    assert.ok(t.has("2022/11/10/russian-kherson-retreat-would-be-ukraines-victory-nato-chief/index.html"), "the good article is published");
    await checkOutcome(file, expected, { result: built.result, lines: warningLines(built.result, dir, w), tree: t, records: path.join(w, "records") });
  });
}

test("titles that differ only in case or punctuation get two pages with distinct URLs", () => {
  const pageOf = (f: string) => [...tree].filter(([rel, c]) => rel.endsWith("index.html") && c.includes(`Source file: <code>${f}</code>`)).map(([rel]) => rel);
  const [a, b] = [pageOf("case-a.txt"), pageOf("case-b.txt")];
  assert.equal(a.length, 1);
  assert.equal(b.length, 1);
  assert.notEqual(a[0]!.toLowerCase(), b[0]!.toLowerCase());
});

test("a file that disappears between scan and read is skipped with a warning naming it", async () => {
  const dir = tempDir("na-vanish-");
  await fs.writeFile(path.join(dir, "vanishing.txt"), "Headline\n\nBody text of a file that is deleted while the build runs.\n");
  const scan = await scanArticles(dir);
  assert.deepEqual(scan.files.map((f) => f.file), ["vanishing.txt"]);
  await fs.rm(path.join(dir, "vanishing.txt"));
  const outcome = await runAnalyseJob({ file: "vanishing.txt", abs: scan.files[0]!.abs, cachedHash: null, recordsDir: path.join(dir, "records") });
  assert.deepEqual(outcome, { file: "vanishing.txt", status: "unreadable", reason: "cannot be read (ENOENT); skipped" });
});

test("an unreadable file and folder are skipped with a warning (needs a non-root user)", { skip: isRoot && "running as root: chmod 000 does not stop root from reading (the disappearing-file and FIFO tests cover the path)" }, async () => {
  const dir = tempDir("na-unreadable-");
  await fs.writeFile(path.join(dir, "locked.txt"), "Headline\n\nBody.\n");
  await fs.mkdir(path.join(dir, "locked-folder"));
  await fs.writeFile(path.join(dir, "locked-folder", "a.txt"), "Headline\n\nBody.\n");
  await fs.chmod(path.join(dir, "locked.txt"), 0o000);
  await fs.chmod(path.join(dir, "locked-folder"), 0o000);
  try {
    const scan = await scanArticles(dir);
    assert.deepEqual(scan.skipped, [
      { file: "locked-folder", reason: "folder cannot be read (EACCES); skipped" },
      { file: "locked.txt", reason: "cannot be read (EACCES); skipped" },
    ]);
  } finally {
    await fs.chmod(path.join(dir, "locked.txt"), 0o644);
    await fs.chmod(path.join(dir, "locked-folder"), 0o755);
  }
});

test("a hand-edited record with a ---js block is not executed either", async () => {
  const file = recordPath(path.join(work, "records"), "with space.txt");
  const original = await fs.readFile(file, "utf8");
  const marker = path.join(bad.outside, "record-js-ran");
  await fs.writeFile(file, `---js\n(function () { globalThis.__newsArchivePwned = 2; require("fs").writeFileSync(${JSON.stringify(marker)}, "ran"); return {}; })()\n---\n${original}`);
  try {
    const again = await buildInto(bad.dir, work);
    assert.equal(existsSync(marker), false);
    assert.equal((globalThis as Record<string, unknown>).__newsArchivePwned, undefined);
    const w = again.result.warnings.filter((x) => x.file === "with space.txt").map((x) => x.reason);
    assert.ok(w.some((r) => /front matter.*(never run|not valid YAML)/.test(r)), `a warning about the record: ${w.join(" | ")}`);
  } finally {
    await fs.writeFile(file, original);
  }
});

function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function decodeText(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}
