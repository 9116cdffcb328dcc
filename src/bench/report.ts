/**
 * The benchmark table: one markdown section per archive size, printed to stdout and merged into
 * docs/BENCHMARKS.md (a run replaces the sections of the sizes it measured and keeps the others).
 */
import os from "node:os";
import type { Measurement } from "./measure.ts";
import { SESSION_STEPS, type SessionResult } from "./session-run.ts";

export const STEPS = ["cold", "nochange", "add", "edit", "delete"] as const;
export type Step = (typeof STEPS)[number];

const STEP_LABEL: Record<Step, string> = {
  cold: "cold full build",
  nochange: "rebuild, nothing changed",
  add: "rebuild, 1 new article",
  edit: "rebuild, 1 article edited",
  delete: "rebuild, 1 article deleted",
};

/** The results of one builder (ours or the reference) at one size. */
export interface BuilderResult {
  /** Why it was not measured (e.g. "scripts/build.ts does not exist yet"); null if it ran. */
  skipped: string | null;
  steps: Partial<Record<Step, Measurement>>;
  /** The step that failed and the last line the build printed, or null. */
  error: string | null;
  output: { bytes: number; files: number } | null;
}

export interface SizeReport {
  articles: number;
  seed: number;
  archive: { bytes: number; generateMs: number };
  ours: BuilderResult;
  reference: BuilderResult;
  /** Our rebuilds inside one long-running `npm start` process (session-run.ts); null when not measured. */
  session: SessionResult | null;
  /** Extra lines: parser speed, search index numbers, notes. */
  notes: string[];
}

export function seconds(ms: number): string {
  return ms < 10000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}

export function bytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} GB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  return `${(n / 1e3).toFixed(0)} kB`;
}

const thousands = (n: number): string => n.toLocaleString("en-US");

/** The budget for a step at a size, as a limit in ms (null: no budget) and its text. */
function target(step: Step, articles: number): { ms: number | null; text: string; vsReference: boolean } {
  if (step === "cold" && articles === 10000) return { ms: 20000, text: "≤ 20 s, < reference", vsReference: true };
  if (step === "cold" && articles === 100000) return { ms: 240000, text: "≤ 4 min", vsReference: false };
  if (step === "cold") return { ms: null, text: "< reference", vsReference: true };
  if (step === "nochange") return { ms: 1000, text: "≤ 1 s", vsReference: false };
  if (step === "add") return { ms: 2000, text: "≤ 2 s", vsReference: false };
  return { ms: null, text: "", vsReference: false };
}

function cell(r: BuilderResult, step: Step): string {
  if (r.skipped) return "–";
  const m = r.steps[step];
  if (!m) return "–";
  if (m.exitCode !== 0) return `failed (exit ${m.exitCode})`;
  return m.cpuMs === null ? seconds(m.ms) : `${seconds(m.ms)} (cpu ${seconds(m.cpuMs)})`;
}

function peak(r: BuilderResult): number | null {
  const values = STEPS.map((s) => r.steps[s]).map((m) => (m && m.exitCode === 0 ? m.peakRss : null)).filter((v): v is number => v !== null);
  return values.length ? Math.max(...values) : null;
}

function verdict(ok: boolean): string {
  return ok ? " ✓" : " ✗";
}

export function machineLine(date = new Date()): string {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${os.cpus().length} cores (${cpu}), ${bytes(os.totalmem())} memory, Node ${process.version}, ${os.platform()} ${os.release()}, measured ${date.toISOString().slice(0, 16).replace("T", " ")} UTC, 1-min load average ${(os.loadavg()[0] ?? 0).toFixed(1)} at the end`;
}

/** The markdown section for one size (starts with its marker comment). */
export function sizeSection(r: SizeReport, date = new Date()): string {
  const lines: string[] = [];
  lines.push(`<!-- bench:${r.articles} -->`);
  lines.push(`## ${thousands(r.articles)} articles`, "");
  lines.push(`${machineLine(date)}. Synthetic archive seed ${r.seed}: ${bytes(r.archive.bytes)} of raw text, generated in ${seconds(r.archive.generateMs)}.`, "");
  lines.push("Wall time from spawn to exit, and (in brackets) the child's user + system CPU time. The ratio is of wall times.", "");
  lines.push("| | ours | reference (plain Eleventy) | ours / reference | target |", "|---|---:|---:|---:|---|");
  for (const step of STEPS) {
    const o = r.ours.steps[step];
    const ref = r.reference.steps[step];
    const ratio = o && ref && o.exitCode === 0 && ref.exitCode === 0 ? (o.ms / ref.ms).toFixed(2) : "–";
    const t = target(step, r.articles);
    let met = "";
    if (o && o.exitCode === 0 && !r.ours.skipped && t.text) {
      const withinTime = t.ms === null || o.ms <= t.ms;
      const beatsRef = !t.vsReference || !ref || ref.exitCode !== 0 || o.ms < ref.ms;
      met = verdict(withinTime && beatsRef);
    }
    lines.push(`| ${STEP_LABEL[step]} | ${cell(r.ours, step)} | ${cell(r.reference, step)} | ${ratio} | ${t.text}${met} |`);
  }
  for (const step of r.session ? SESSION_STEPS : []) {
    const m = r.session?.steps[step];
    const t = target(step, r.articles);
    const met = m && t.ms !== null ? verdict(m.ms <= t.ms) : "";
    const time = m ? `${seconds(m.ms)}${m.cpuMs === null ? "" : ` (cpu ${seconds(m.cpuMs)})`}` : "–";
    lines.push(`| ${STEP_LABEL[step]}, in \`npm start\` | ${time} | – | – | ${t.text}${met} |`);
  }
  const po = peak(r.ours);
  const pr = peak(r.reference);
  const rssTarget = r.articles >= 100000 ? `≤ 6 GB${po !== null ? verdict(po <= 6e9) : ""}` : "";
  lines.push(`| peak RSS (largest of the runs) | ${po !== null && !r.ours.skipped ? bytes(po) : "–"} | ${pr !== null ? bytes(pr) : "–"} | ${po !== null && pr !== null && !r.ours.skipped ? (po / pr).toFixed(2) : "–"} | ${rssTarget} |`);
  const out = (b: BuilderResult): string => (b.output && !b.skipped ? `${bytes(b.output.bytes)}, ${thousands(b.output.files)} files` : "–");
  lines.push(`| output after cold build | ${out(r.ours)} | ${out(r.reference)} | | |`, "");
  if (r.ours.skipped) lines.push(`Ours not measured: ${r.ours.skipped}`, "");
  if (r.reference.skipped) lines.push(`Reference not measured: ${r.reference.skipped}`, "");
  if (r.ours.error) lines.push(`Ours failed: ${r.ours.error}`, "");
  if (r.reference.error) lines.push(`Reference failed: ${r.reference.error}`, "");
  if (r.session?.error) lines.push(`Rebuilds in \`npm start\` failed: ${r.session.error}`, "");
  if (r.session && !r.session.error) {
    const rss = Math.max(...SESSION_STEPS.map((s) => r.session?.steps[s]?.peakRss ?? 0));
    lines.push(`Rows "in \`npm start\`": the same changes, each rebuilt inside one long-running process that keeps the analysis cache, the manifest and a rendering worker between builds (src/build/session.ts), timed from the start of the rebuild to the site written; that process peaked at ${bytes(rss)}. Rows without it: one process per build, start-up included.`, "");
  }
  for (const n of r.notes) lines.push(`- ${n}`);
  if (r.notes.length) lines.push("");
  lines.push(`<!-- bench-data ${JSON.stringify(sectionData(r, date))} -->`);
  lines.push(`<!-- /bench:${r.articles} -->`);
  return lines.join("\n");
}

/** What a section stores about its run, so `--only ours` can keep the reference's numbers (and vice versa). */
export interface SectionData { measured: string; seed: number; ours: BuilderResult; reference: BuilderResult; session?: SessionResult | null }

function sectionData(r: SizeReport, date: Date): SectionData {
  const strip = (b: BuilderResult): BuilderResult => ({
    ...b,
    steps: Object.fromEntries(Object.entries(b.steps).map(([k, m]) => [k, { ...m, tail: "" }])),
  });
  return { measured: date.toISOString(), seed: r.seed, ours: strip(r.ours), reference: strip(r.reference), session: r.session };
}

/** The stored data of the section for `articles` in a BENCHMARKS.md text, or null. */
export function readSectionData(doc: string | null, articles: number): SectionData | null {
  const section = [...(doc ?? "").matchAll(SECTION)].find((m) => Number(m[1]) === articles)?.[0];
  const json = section && /<!-- bench-data (.*) -->/.exec(section)?.[1];
  if (!json) return null;
  try {
    return JSON.parse(json) as SectionData;
  } catch {
    return null;
  }
}

const SECTION = /<!-- bench:(\d+) -->[\s\S]*?<!-- \/bench:\1 -->/g;

/**
 * Merges freshly measured sections into the existing BENCHMARKS.md text: sections of the same size are
 * replaced, others kept, all in ascending size order after the intro (the existing text before the first
 * section, so hand edits to it survive; `defaultIntro` when there is no file yet).
 */
export function mergeSections(existing: string | null, defaultIntro: string, fresh: Map<number, string>): string {
  const sections = new Map<number, string>();
  for (const m of (existing ?? "").matchAll(SECTION)) sections.set(Number(m[1]), m[0]);
  for (const [size, text] of fresh) sections.set(size, text);
  const first = existing?.indexOf("<!-- bench:") ?? -1;
  const intro = existing === null ? defaultIntro : first >= 0 ? existing.slice(0, first) : existing;
  const ordered = [...sections.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t);
  return `${intro.trimEnd()}\n\n${ordered.join("\n\n")}\n`;
}
