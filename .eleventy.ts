/**
 * Eleventy configuration: a table of contents of the site. Everything lives in
 * plugins; the build (src/build/render.ts) hands Eleventy the page descriptors
 * as global data and renders them in memory.
 */
import sitePlugin from "./src/site/plugin.ts";

export default function eleventyConfig(config: { addPlugin(plugin: unknown): void }) {
  config.addPlugin(sitePlugin);
  return { dir: { input: "templates" } };
}
