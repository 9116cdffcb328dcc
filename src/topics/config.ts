/**
 * `topics.yaml`: the user's corrections to automatic topics. Optional; the
 * build reads the file and hands the text here. Problems never stop a build:
 * each bad entry is skipped with a warning naming `topics.yaml:LINE` and the fix.
 *
 * @example
 * aliases:                 # variant → canonical name
 *   Zelensky: Volodymyr Zelenskyy
 *   Kiev: Kyiv
 * merge:                   # names that are one topic (the first is the name shown)
 *   - [European Union, EU]
 * block: [Reuters, Live]   # never topics
 * pin: [Valdoria]          # always get a page, even with one article
 * topics:                  # per topic: display name, description, kind
 *   NATO:
 *     description: The North Atlantic Treaty Organization.
 *     kind: organisation
 * minArticlesForPage: 2    # default 2
 */
import { CORE_SCHEMA, YAMLException, load } from "js-yaml";
import { z } from "zod";
import { TOPIC_KINDS, type TopicKind } from "../record/schema.ts";

export interface TopicSettings {
  /** Display name (default: the most frequent spelling in the articles). */
  name?: string;
  description?: string;
  kind?: TopicKind;
}

export interface TopicsConfig {
  /** Variant spelling → canonical name. Default `{}`. @example { "Kiev": "Kyiv" } */
  aliases: Record<string, string>;
  /** Groups of names that are one topic; the first is its name. Default `[]`. */
  merge: string[][];
  /** Names that are never topics. Default `[]`. */
  block: string[];
  /** Topics that always get their own page. Default `[]`. */
  pin: string[];
  /** Per topic (keyed by any of its spellings): display name, description, kind. Default `{}`. */
  topics: Record<string, TopicSettings>;
  /** A topic gets a page when this many articles have it (or when pinned). Default 2. */
  minArticlesForPage: number;
}

export const DEFAULT_TOPICS_CONFIG: TopicsConfig = Object.freeze({
  aliases: {},
  merge: [],
  block: [],
  pin: [],
  topics: {},
  minArticlesForPage: 2,
}) as TopicsConfig;

const FIELDS = ["aliases", "merge", "block", "pin", "topics", "minArticlesForPage"] as const;
const name = z.string().trim().min(1);
const settings = z
  .object({ name: name.optional(), description: z.string().trim().min(1).optional(), kind: z.enum(TOPIC_KINDS).optional() })
  .strict();

/**
 * Parses topics.yaml text. Never throws: returns the usable part of the
 * configuration and one warning per problem (`topics.yaml:4: ...`).
 * `file` is used in warnings (its base name); an empty text is the default configuration.
 */
export function parseTopicsConfig(text: string, file = "topics.yaml"): { config: TopicsConfig; warnings: string[] } {
  const label = file.split(/[\\/]/).pop() || "topics.yaml";
  const warnings: string[] = [];
  const at = (line: number | null, message: string): void => {
    warnings.push(line === null ? `${label}: ${message}` : `${label}:${line}: ${message}`);
  };
  const config: TopicsConfig = { aliases: {}, merge: [], block: [], pin: [], topics: {}, minArticlesForPage: 2 };
  if (text.trim() === "") return { config, warnings };

  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch (e) {
    const line = e instanceof YAMLException && e.mark ? e.mark.line + 1 : null;
    at(line, `not valid YAML (${e instanceof YAMLException ? e.reason : String(e)}); topics.yaml is ignored until this is fixed.`);
    return { config, warnings };
  }
  if (data === null || data === undefined) return { config, warnings };
  if (typeof data !== "object" || Array.isArray(data)) {
    at(1, `must be a mapping with the fields ${FIELDS.join(", ")}; topics.yaml is ignored.`);
    return { config, warnings };
  }
  const lines = new LineFinder(text);
  const root = data as Record<string, unknown>;
  for (const key of Object.keys(root)) {
    if (!(FIELDS as readonly string[]).includes(key)) {
      at(lines.field(key), `unknown field "${key}"; expected one of ${FIELDS.join(", ")}. It is ignored.`);
    }
  }

  const aliases = root.aliases;
  if (aliases !== undefined && aliases !== null) {
    if (!isMapping(aliases)) at(lines.field("aliases"), `aliases must map each variant to one name, e.g. "Kiev: Kyiv".`);
    else {
      for (const [variant, target] of Object.entries(aliases)) {
        const ok = name.safeParse(target);
        if (ok.success && variant.trim() !== "") config.aliases[variant.trim()] = ok.data;
        else at(lines.entry("aliases", variant), `aliases: "${variant}" must map to one name (text), e.g. "${variant}: Canonical Name".`);
      }
    }
  }

  const merge = root.merge;
  if (merge !== undefined && merge !== null) {
    if (!Array.isArray(merge)) at(lines.field("merge"), `merge must be a list of lists of names, e.g. "- [European Union, EU]".`);
    else {
      merge.forEach((group, i) => {
        const ok = z.array(name).min(2).safeParse(group);
        if (ok.success) config.merge.push(ok.data);
        else at(lines.item("merge", i), `merge: entry ${i + 1} must be a list of at least two names, e.g. "- [European Union, EU]".`);
      });
    }
  }

  for (const field of ["block", "pin"] as const) {
    const value = root[field];
    if (value === undefined || value === null) continue;
    const list = typeof value === "string" ? [value] : value;
    if (!Array.isArray(list)) {
      at(lines.field(field), `${field} must be a list of names, e.g. "${field}: [Reuters]".`);
      continue;
    }
    list.forEach((item, i) => {
      const ok = name.safeParse(item);
      if (ok.success) config[field].push(ok.data);
      else at(lines.item(field, i), `${field}: entry ${i + 1} must be a name (text), not ${JSON.stringify(item)}.`);
    });
  }

  const topics = root.topics;
  if (topics !== undefined && topics !== null) {
    if (!isMapping(topics)) at(lines.field("topics"), `topics must map a topic's name to its settings (name, description, kind).`);
    else {
      for (const [key, value] of Object.entries(topics)) {
        const ok = settings.safeParse(value ?? {});
        if (ok.success) {
          config.topics[key.trim()] = ok.data;
          continue;
        }
        for (const issue of ok.error.issues) {
          const where = issue.path.join(".") || "(settings)";
          const fix =
            issue.path[0] === "kind"
              ? `use one of ${TOPIC_KINDS.join(", ")}`
              : issue.code === "unrecognized_keys"
                ? `allowed settings are name, description, kind`
                : `use text`;
          at(lines.entry("topics", key), `topics: "${key}" ${where}: ${issue.message}; ${fix}. The entry is ignored.`);
        }
      }
    }
  }

  const min = root.minArticlesForPage;
  if (min !== undefined && min !== null) {
    const ok = z.number().int().min(1).safeParse(min);
    if (ok.success) config.minArticlesForPage = ok.data;
    else at(lines.field("minArticlesForPage"), `minArticlesForPage must be a whole number of at least 1 (got ${JSON.stringify(min)}); using 2.`);
  }
  return { config, warnings };
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Finds the line of a field or entry in the YAML text (best effort: js-yaml's values carry no positions). */
class LineFinder {
  private readonly lines: string[];
  constructor(text: string) {
    this.lines = text.split(/\r?\n/);
  }
  /** 1-based line of a top-level `field:`, or null. */
  field(field: string): number | null {
    const re = new RegExp(`^["']?${escape(field)}["']?\\s*:`);
    const i = this.lines.findIndex((l) => re.test(l));
    return i < 0 ? null : i + 1;
  }
  /** Line of `key:` inside a top-level field (or the field's line when not found). */
  entry(field: string, key: string): number | null {
    const start = this.field(field);
    if (start === null) return null;
    const re = new RegExp(`^\\s+["']?${escape(key)}["']?\\s*:|[{,]\\s*["']?${escape(key)}["']?\\s*:`);
    for (let i = start - 1; i < this.lines.length; i++) {
      if (i > start - 1 && /^[^\s#-]/.test(this.lines[i]!)) break;
      if (re.test(this.lines[i]!)) return i + 1;
    }
    return start;
  }
  /** Line of the n-th `- ` item of a top-level list (or the field's line). */
  item(field: string, n: number): number | null {
    const start = this.field(field);
    if (start === null) return null;
    let seen = -1;
    for (let i = start; i < this.lines.length; i++) {
      const l = this.lines[i]!;
      if (/^[^\s#-]/.test(l)) break;
      if (/^\s*-\s/.test(l) || /^\s*-$/.test(l)) {
        seen++;
        if (seen === n) return i + 1;
      }
    }
    return start;
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
