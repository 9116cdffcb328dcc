/** The optional topics.yaml; a missing file is an empty configuration. */
import path from "node:path";
import { parseTopicsConfig, type TopicsConfig } from "../topics/config.ts";

/** Parses topics.yaml's text (empty when the file does not exist: the defaults). */
export function parseTopicsFile(file: string, text: string): { config: TopicsConfig; warnings: Array<{ file: string; reason: string }> } {
  const { config, warnings } = parseTopicsConfig(text, file);
  // "topics.yaml:4: message" → file "topics.yaml:4" (as given on the command line), reason "message".
  const label = path.basename(file);
  return {
    config,
    warnings: warnings.map((w) => {
      if (!w.startsWith(label + ":")) return { file, reason: w };
      const rest = w.slice(label.length + 1);
      const line = /^(\d+): /.exec(rest);
      return line ? { file: `${file}:${line[1]}`, reason: rest.slice(line[0].length) } : { file, reason: rest.trimStart() };
    }),
  };
}
