/** Bundles the browser program (src/client/main.ts, lunr included) into one classic, minified script. */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ENTRY = fileURLToPath(new URL("../client/main.ts", import.meta.url));

/** The one script every page loads (`<script src="…/assets/search.js" defer>`). */
export async function bundleClient(): Promise<Array<{ path: "/assets/search.js"; content: string }>> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: "iife", // a classic script: module scripts do not load from file://
    platform: "browser",
    target: ["es2019"],
    minify: true,
    write: false,
    legalComments: "none",
    charset: "ascii",
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("search: esbuild produced no output for src/client/main.ts");
  return [{ path: "/assets/search.js", content: file.text }];
}
