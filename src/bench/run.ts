/**
 * The benchmark protocol for one builder on one archive: a cold full build, then rebuilds with nothing
 * changed, after one new article, after editing one, and after deleting one. Each build is a fresh child
 * process (measure.ts). The archive is restored afterwards so the next builder sees the same files.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dirSize, measureNode } from "./measure.ts";
import type { BuilderResult, Step } from "./report.ts";
import { ArchiveGenerator } from "./synth.ts";

/** A build to benchmark: how to run it, and what to do before each step. */
export interface Builder {
  name: string;
  /** Working directory of the child process. */
  cwd: string;
  out: string;
  /** Node arguments of one build. */
  args: string[];
  /** Removes every cache and output, so that the next build is cold. */
  reset(): void;
  /** Tells the builder that `file` in the articles directory was added, changed or removed. */
  touched(file: string): void;
}

/** The three changes of the rebuild steps, and how to undo them. */
export class ArchiveChanges {
  private readonly gen: ArchiveGenerator;
  readonly added: string;
  readonly edited: string;
  readonly deleted: string;
  private readonly originals = new Map<string, Buffer>();

  constructor(readonly dir: string, readonly count: number, seed: number) {
    this.gen = new ArchiveGenerator(seed);
    this.added = this.gen.fileName(count);
    this.edited = this.gen.fileName(Math.floor(count / 2));
    this.deleted = this.gen.fileName(Math.floor(count / 3));
    for (const f of [this.edited, this.deleted]) this.originals.set(f, readFileSync(join(dir, f)));
  }

  add(): string {
    writeFileSync(join(this.dir, this.added), this.gen.article(this.count).text);
    return this.added;
  }

  /** Adds a sentence to the article's longest line (a body paragraph in every layout). */
  edit(): string {
    const text = (this.originals.get(this.edited) ?? Buffer.alloc(0)).toString("utf8");
    const lines = text.split("\n");
    let longest = 0;
    lines.forEach((l, i) => { if (l.length > (lines[longest] ?? "").length) longest = i; });
    const line = lines[longest] ?? "";
    const cr = line.endsWith("\r") ? "\r" : "";
    lines[longest] = `${line.slice(0, line.length - cr.length)} Officials said further talks were planned for next week.${cr}`;
    writeFileSync(join(this.dir, this.edited), lines.join("\n"));
    return this.edited;
  }

  delete(): string {
    rmSync(join(this.dir, this.deleted));
    return this.deleted;
  }

  /** Puts the archive back as generated; returns the files that changed back. */
  restore(): string[] {
    rmSync(join(this.dir, this.added), { force: true });
    for (const [f, data] of this.originals) writeFileSync(join(this.dir, f), data);
    return [this.added, this.edited, this.deleted];
  }
}

export type Progress = (message: string) => void;

/** Runs the five steps for `builder`. Stops at the first failed build (later steps would mean nothing). */
export async function runProtocol(builder: Builder, changes: ArchiveChanges, progress: Progress): Promise<BuilderResult> {
  const result: BuilderResult = { skipped: null, steps: {}, error: null, output: null };
  const before: Record<Step, () => string | null> = {
    cold: () => { builder.reset(); return null; },
    nochange: () => null,
    add: () => changes.add(),
    edit: () => changes.edit(),
    delete: () => changes.delete(),
  };
  try {
    for (const step of Object.keys(before) as Step[]) {
      const file = before[step]();
      if (file) builder.touched(file);
      progress(`${builder.name}: ${step} build of ${changes.count} articles`);
      mkdirSync(builder.cwd, { recursive: true });
      const m = await measureNode(builder.args, builder.cwd);
      result.steps[step] = m;
      if (m.exitCode !== 0) {
        const lines = m.tail.split("\n").filter((l) => l.trim() && !/^\s+at /.test(l) && !/^Command exited/.test(l));
        const message = lines.find((l) => /\b\w*Error\b|error:|failed/i.test(l)) ?? lines.at(-1) ?? "";
        result.error = `${step} build exited with ${m.exitCode}: ${message.trim().slice(0, 300)}`;
        process.stderr.write(`${builder.name} ${step} build failed (exit ${m.exitCode}):\n${m.tail}\n`);
        break;
      }
      if (step === "cold") result.output = dirSize(builder.out);
    }
  } finally {
    for (const f of changes.restore()) builder.touched(f);
  }
  return result;
}

/**
 * Combines repeated runs of the protocol: per step the fastest wall time (the least disturbed by other
 * load on the machine), with peak RSS the largest seen in any run. The first failure wins.
 */
export function bestOf(runs: BuilderResult[]): BuilderResult {
  const first = runs[0];
  if (!first) throw new Error("bestOf: no runs");
  const failed = runs.find((r) => r.error !== null);
  if (failed) return failed;
  const steps: BuilderResult["steps"] = {};
  for (const step of Object.keys(first.steps) as Step[]) {
    const all = runs.map((r) => r.steps[step]).filter((m): m is NonNullable<typeof m> => m !== undefined);
    const fastest = all.reduce((a, b) => (b.ms < a.ms ? b : a));
    const rss = all.map((m) => m.peakRss).filter((v): v is number => v !== null);
    steps[step] = { ...fastest, peakRss: rss.length ? Math.max(...rss) : null };
  }
  return { ...first, steps };
}
