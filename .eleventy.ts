/**
 * Eleventy configuration: a table of contents of the site. Everything lives in
 * plugins; the build (src/build/render.ts) hands Eleventy the page descriptors
 * as global data and renders them in memory.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import sitePlugin from "./src/site/plugin.ts";

export default function eleventyConfig(config: { addPlugin(plugin: unknown): void }) {
  config.addPlugin(sitePlugin);
  // Absolute, so builds work from any working directory.
  return { dir: { input: path.join(path.dirname(fileURLToPath(import.meta.url)), "templates") } };
}
