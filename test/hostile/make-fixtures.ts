/**
 * The catalogue of bad inputs as an articles folder, made at test time: the
 * text fixtures in test/fixtures/bad/articles/ are copied, and the ones that are
 * binary, huge, special files or depend on the machine (symlinks, a FIFO, a
 * marker path for the `---js` block) are generated here. Expected outcomes:
 * test/fixtures/bad/outcomes.json; the catalogue is described in docs/SECURITY.md.
 */
import { promises as fs } from "node:fs";
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tempDir } from "../helpers/site-tree.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const STATIC_FIXTURES = path.resolve(HERE, "../fixtures/bad/articles");
export const OUTCOMES_FILE = path.resolve(HERE, "../fixtures/bad/outcomes.json");

/** One row of outcomes.json. */
export interface Outcome {
  /** What happens to the file. `ignored`: not reported at all (hidden files). */
  outcome: "published" | "skipped" | "ignored";
  /** A regex the user-visible warning line (`articles/<file>: <reason>`) must match; null: no warning expected. */
  warning: string | null;
  /** For published files: a regex the page's title (its `<h1>`) must match. */
  title?: string;
  /** For published files: a regex the article URL must match. */
  url?: string;
  /** Built in an archive of its own (it used to fail the whole build, which would hide every other outcome). */
  isolated?: boolean;
  /** Made by makeBadArticles (binary, huge, special, machine-dependent), not a file in the fixtures folder. */
  generated?: boolean;
  /** Why this is the right outcome. */
  why: string;
}

export async function readOutcomes(): Promise<Record<string, Outcome>> {
  const raw = JSON.parse(await fs.readFile(OUTCOMES_FILE, "utf8")) as Record<string, Outcome | string>;
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, Outcome] => typeof e[1] === "object"));
}

export interface BadArticles {
  /** The articles folder. */
  dir: string;
  /** A folder outside `dir` (the symlink target lives there). */
  outside: string;
  /** The file a `---js` front matter block would create if it ever ran. */
  jsMarker: string;
  /** Whether a FIFO could be made (mkfifo exists). */
  fifo: boolean;
}

const TWENTY_MB = 20 * 1024 * 1024;

/** A paragraph of plain news-like text, `n` repeated with numbering so no two lines are equal. */
function paragraphs(n: number, seed = "The harbour authority said the works would continue through the winter"): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`${seed}, according to statement number ${i}, and residents were asked to plan their journeys ahead.`);
  return out.join("\n\n");
}

/** A minimal valid PNG (1×1, transparent). */
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" + "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);

/** Builds the bad articles folder in a fresh temp folder. */
export async function makeBadArticles(): Promise<BadArticles> {
  const dir = tempDir("na-bad-");
  const outside = tempDir("na-outside-");
  const jsMarker = path.join(outside, "js-front-matter-ran");
  await fs.cp(STATIC_FIXTURES, dir, { recursive: true });

  const w = (name: string, content: string | Buffer) => fs.writeFile(path.join(dir, name), content);
  const article = (title: string, date: string) => `${title}\n\nPublished: ${date}\n\n${paragraphs(3)}\n`;

  await w("png-renamed.txt", PNG);
  await w("image.png", PNG);
  const utf16le = article("Übersee-Hafen öffnet neues Terminal — „endlich“", "10 November 2022");
  await w("utf16le-bom.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16le, "utf16le")]));
  const utf16be = `Ποδηλατόδρομος στην παραλία 🚲\n\nPublished: 16 November 2022\n\n${paragraphs(3, "The cycle path along the seafront will be finished by spring")}\n`;
  await w("utf16be-bom.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16be, "utf16le").swap16()]));
  await w("latin1.txt", Buffer.from(article("Café owner wins award for crème brûlée à la carte", "11 November 2022"), "latin1"));
  await w("lone-cr.txt", article("Lighthouse keeper retires after forty years", "12 November 2022").replace(/\n/g, "\r"));
  const nul = article("Storm closes coastal road overnight", "13 November 2022");
  await w("nul-bytes.txt", nul.slice(0, 60) + "\0\0" + nul.slice(60, 200) + "\0" + nul.slice(200));
  await w("single-line-200kb.txt", ("Grain prices rose again on Monday as traders weighed the weather outlook " + "and shipping costs; ").repeat(2100).slice(0, 200 * 1024));
  await w("long-first-line.txt", `${"Breaking ".repeat(555)}news`.slice(0, 5000) + "\n\n" + paragraphs(3));
  await w("huge-20mb.txt", hugeText());
  await w(
    "js-front-matter.txt",
    [
      "---js",
      `(function () { globalThis.__newsArchivePwned = 1; try { require("fs").writeFileSync(${JSON.stringify(jsMarker)}, "ran"); } catch (e) {} return { title: "PWNED by front matter" }; })()`,
      "---",
      "Water board replaces old pipes in the north district",
      "",
      paragraphs(2),
      "",
    ].join("\n"),
  );
  await fs.mkdir(path.join(dir, "folder.txt"));
  await fs.writeFile(path.join(outside, "outside.txt"), article("A file that lives outside the articles folder", "14 November 2022"));
  await fs.symlink(path.join(outside, "outside.txt"), path.join(dir, "outside-link.txt"));
  await fs.symlink(path.join(dir, "no-such-file.txt"), path.join(dir, "broken-link.txt"));
  await fs.symlink(path.join(dir, "folder-with-article.txt"), path.join(dir, "folder-link.txt"));
  const fifo = spawnSync("mkfifo", [path.join(dir, "fifo.txt")]).status === 0;
  await w(".hidden.txt", article("A hidden file is not an article", "15 November 2022"));
  return { dir, outside, jsMarker, fifo };
}

/** 20 MB of ordinary text (linear to make: about 50 ms). */
function hugeText(): Buffer {
  const block = Buffer.from(paragraphs(200) + "\n\n");
  const out = Buffer.alloc(TWENTY_MB);
  for (let at = 0; at < TWENTY_MB; at += block.length) block.copy(out, at);
  out.write("Archive dump of a whole website\n\n", 0);
  return out;
}

/**
 * A fingerprint of a folder that changes if anything in it is created, deleted, renamed,
 * rewritten, re-permissioned or touched: every entry's path, type, mode, size, mtime
 * (nanoseconds), symlink target and content hash. Special files are not opened.
 */
export async function folderFingerprint(dir: string): Promise<string[]> {
  const rows: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = (await fs.readdir(d)).sort();
    for (const name of entries) {
      const abs = path.join(d, name);
      const st = await fs.lstat(abs, { bigint: true });
      const rel = path.relative(dir, abs);
      const base = `${rel}\t${st.mode.toString(8)}\t${st.size}\t${st.mtimeNs}`;
      if (st.isSymbolicLink()) rows.push(`${base}\tlink→${await fs.readlink(abs)}`);
      else if (st.isDirectory()) {
        rows.push(`${base}\tdir`);
        await walk(abs);
      } else if (st.isFile()) rows.push(`${base}\t${createHash("sha256").update(await fs.readFile(abs)).digest("hex")}`);
      else rows.push(`${base}\tspecial`);
    }
  };
  const st = await fs.lstat(dir, { bigint: true });
  rows.push(`.\t${st.mode.toString(8)}\t${st.mtimeNs}`);
  await walk(dir);
  return rows;
}
