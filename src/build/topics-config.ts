/** Reads the optional topics.yaml; a missing file is an empty configuration. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { parseTopicsConfig, type TopicsConfig } from "../topics/config.ts";

export async function loadTopicsConfig(file: string): Promise<{ config: TopicsConfig; text: string; warnings: Array<{ file: string; reason: string }> }> {
  let text = "";
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    // No topics.yaml: defaults.
  }
  const { config, warnings } = parseTopicsConfig(text, file);
  // "topics.yaml:4: message" → file "topics.yaml:4" (as given on the command line), reason "message".
  const label = path.basename(file);
  return {
    config,
    text,
    warnings: warnings.map((w) => {
      if (!w.startsWith(label + ":")) return { file, reason: w };
      const rest = w.slice(label.length + 1);
      const line = /^(\d+): /.exec(rest);
      return line ? { file: `${file}:${line[1]}`, reason: rest.slice(line[0].length) } : { file, reason: rest.trimStart() };
    }),
  };
}
