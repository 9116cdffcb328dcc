/**
 * The workers' bundle (src/build/worker-code.ts): made once per version of the sources and per project folder,
 * made again after any source edit, naming the sources' own files, and cleaned up once its project is gone.
 * That the bundled workers build the same site as the sources through tsx is in workers.test.ts.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promises as fs, existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { WORKER_MODULES, workerCodeDir } from "../../src/build/worker-code.ts";
import { PROJECT_ROOT } from "../../src/build/paths.ts";
import { withEnv } from "../helpers/env.ts";
import { projectCopy } from "../hostile/project-copy.ts";

/** workerCodeDir() as the project at `root` computes it, in a process of its own. */
async function bundleDirOf(root: string): Promise<string> {
  const module = pathToFileURL(path.join(root, "src/build/worker-code.ts")).href;
  const code = `const { workerCodeDir } = await import(${JSON.stringify(module)}); console.log(await workerCodeDir());`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { cwd: root });
  return stdout.trim();
}

async function bundleText(dir: string): Promise<string> {
  const names = (await fs.readdir(dir)).filter((n) => n.endsWith(".mjs"));
  return (await Promise.all(names.map((n) => fs.readFile(path.join(dir, n), "utf8")))).join("\n");
}

test("the workers' bundle holds every worker module, is made once, and names the sources' own files", async () => {
  const dir = await workerCodeDir();
  assert.ok(dir !== null, "a bundle is made");
  for (const m of WORKER_MODULES) assert.ok(existsSync(path.join(dir, `${m}.mjs`)), `${m}.mjs is in the bundle`);
  const made = (await fs.stat(path.join(dir, "complete"))).mtimeMs;
  assert.equal(await workerCodeDir(), dir, "the same sources: the same bundle");
  assert.equal((await fs.stat(path.join(dir, "complete"))).mtimeMs, made, "not made again");
  // paths.ts finds the project from its own file's URL, not the bundle's.
  const text = await bundleText(dir);
  assert.ok(text.includes(JSON.stringify(pathToFileURL(path.join(PROJECT_ROOT, "src/build/paths.ts")).href)), "import.meta.url is the source file's");
  assert.equal(/\bimport\.meta\.url\b/.test(text), false, "no module sees the bundle's own URL");
  // Source maps name the sources by absolute URL (a project whose node_modules is a link must not name another's).
  const map = JSON.parse(await fs.readFile(path.join(dir, "render-worker.mjs.map"), "utf8")) as { sources: string[] };
  assert.ok(map.sources.includes(pathToFileURL(path.join(PROJECT_ROOT, "templates/article.11ty.ts")).href), "the map names templates/article.11ty.ts");
});

test("NEWS_ARCHIVE_BUNDLE=0: no bundle, the workers load the sources through tsx", async () => {
  assert.equal(await withEnv({ NEWS_ARCHIVE_BUNDLE: "0" }, async () => workerCodeDir()), null);
});

test("an edited source gets a new bundle; the bundles of a removed project go when the next one is made", { timeout: 120_000 }, async () => {
  const copy = await projectCopy();
  const before = await bundleDirOf(copy);
  assert.notEqual(before, await workerCodeDir(), "another project folder: another bundle");
  const layout = path.join(copy, "templates/_lib/layout.ts");
  await fs.writeFile(layout, (await fs.readFile(layout, "utf8")).replace("Build report</a>", "Build report</a> · Edited for the bundle test"));
  const after = await bundleDirOf(copy);
  assert.notEqual(after, before, "a template edit: a new bundle");
  assert.ok((await bundleText(after)).includes("Edited for the bundle test"), "made from the edited sources");
  assert.equal((await bundleText(before)).includes("Edited for the bundle test"), false);

  await fs.rm(copy, { recursive: true, force: true });
  const other = await projectCopy();
  await bundleDirOf(other);
  assert.equal(existsSync(before) || existsSync(after), false, "the removed project's bundles are gone");
  await fs.rm(other, { recursive: true, force: true });
});

test("a worker whose bundle was deleted meanwhile loads the sources instead", { timeout: 60_000 }, async () => {
  const copy = await projectCopy();
  const module = (name: string) => JSON.stringify(pathToFileURL(path.join(copy, "src/build", name)).href);
  const article = JSON.stringify(path.join(copy, "..", "gone-bundle-article.txt"));
  const code = `
    const { writeFileSync, rmSync } = await import("node:fs");
    const { workerCodeDir } = await import(${module("worker-code.ts")});
    const { startWorker, dispatch } = await import(${module("workers.ts")});
    writeFileSync(${article}, "Harbour cranes return\\n\\nThe port said on Monday that the cranes would return to service next week.\\n");
    rmSync(await workerCodeDir(), { recursive: true });
    const worker = startWorker("analyse-worker");
    let status = "";
    await dispatch([worker], [{ index: 0, jobs: [{ file: "a.txt", abs: ${article}, cachedHash: null, recordsDir: null }] }], {
      name: "analysis", inFlight: 1, post: (w, chunk) => w.postMessage(chunk), onReply: (reply) => (status = reply.outcomes[0].status),
    });
    await worker.terminate();
    rmSync(${article});
    console.log(status);`;
  // A file, not --eval: a worker thread inherits the process's flags, and --input-type is refused there.
  const script = path.join(copy, "gone-bundle.mts");
  await fs.writeFile(script, code);
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", script], { cwd: copy });
  assert.equal(stdout.trim(), "analysed");
  await fs.rm(copy, { recursive: true, force: true });
});

test("the workers' one-file compromise holds the same lexicon as the package's own entry the main thread loads", async () => {
  type Model = { one: { lexicon: Record<string, unknown> }; two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> } };
  const oneFile = createRequire(import.meta.url).resolve("compromise").replace(/\.cjs$/, ".mjs");
  assert.ok(existsSync(oneFile), `compromise ships a one-file ES module build (${oneFile})`);
  const main = ((await import("compromise")).default.model() as unknown as Model);
  const bundled = ((await import(pathToFileURL(oneFile).href)).default.model() as Model);
  assert.ok(Object.keys(main.one.lexicon).length > 10_000);
  assert.deepEqual(bundled.one.lexicon, main.one.lexicon);
  assert.deepEqual(bundled.two.orgWords, main.two.orgWords);
  assert.deepEqual(bundled.two.placeWords, main.two.placeWords);
  const dir = await workerCodeDir();
  assert.ok(dir !== null);
  assert.equal((await bundleText(dir)).includes('from "compromise"'), false, "compromise is bundled in, not imported");
});
