import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const HELPER = fileURLToPath(new URL("../helpers/site-tree.ts", import.meta.url));

test("the tests' temp folders are removed when their process exits, contents and all", () => {
  const script = `import { tempDir } from ${JSON.stringify(HELPER)}; import { mkdirSync, writeFileSync } from "node:fs";
const dir = tempDir("na-cleanup-"); mkdirSync(dir + "/a/b", { recursive: true }); writeFileSync(dir + "/a/b/c.txt", "x");
console.log(dir);`;
  const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
  assert.equal(child.status, 0, child.stderr);
  const dir = child.stdout.trim();
  assert.match(dir, /na-cleanup-/);
  assert.equal(existsSync(dir), false, `${dir} is left behind`);
});
