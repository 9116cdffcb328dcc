/** Browser loader: adds a classic <script> per data file (works from file:// and over http). */
import { REGISTER_GLOBAL } from "../search/format.ts";
import { Registry, type Loader } from "./registry.ts";

/** Bytes are not observable for file:// scripts; the loader counts requested paths for benchmarks. */
export const loadedPaths: string[] = [];

/** A loader resolving site paths against the page's relative root (`<html data-root="../../">`). */
export function scriptLoader(root: string): Loader {
  const registry = new Registry();
  (window as unknown as Record<string, unknown>)[REGISTER_GLOBAL] = registry.register;
  // For benchmarks (src/search/bench.ts reads it by this name): which data files the page requested.
  (window as unknown as Record<string, unknown>)["__newsArchiveSearchLoaded"] = loadedPaths;
  return (path) =>
    registry.wait(path, (fail) => {
      loadedPaths.push(path);
      const script = document.createElement("script");
      script.src = root + path.replace(/^\//, "");
      script.async = true;
      script.onerror = () => fail(new Error(`Search data ${path} could not be loaded. Is the site's search/ folder complete?`));
      script.onload = () => {
        script.remove();
        // A file that loads but never registers is from another build or not ours.
        setTimeout(() => fail(new Error(`Search data ${path} did not register; rebuild the site.`)), 0);
      };
      document.head.appendChild(script);
    });
}
