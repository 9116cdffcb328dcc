/** Reads the optional topics.yaml; a missing file is an empty configuration. */
import { promises as fs } from "node:fs";
import { parseTopicsConfig, type TopicsConfig } from "../topics/config.ts";

export async function loadTopicsConfig(file: string): Promise<{ config: TopicsConfig; text: string; warnings: Array<{ file: string; reason: string }> }> {
  let text = "";
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    // No topics.yaml: defaults.
  }
  const { config, warnings } = parseTopicsConfig(text, file);
  return { config, text, warnings: warnings.map((w) => ({ file, reason: w })) };
}
