/** Loads built search files exactly as the browser does: each file is a script run in a context with the registration global. */
import vm from "node:vm";
import { REGISTER_GLOBAL } from "../../src/search/format.ts";
import { Registry, type Loader } from "../../src/client/registry.ts";

export function vmLoader(files: ReadonlyArray<{ path: string; content: string }>): { load: Loader; loaded: string[]; bytes: () => number } {
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const registry = new Registry();
  const context = vm.createContext({ [REGISTER_GLOBAL]: registry.register });
  const loaded: string[] = [];
  let bytes = 0;
  const load: Loader = (path) =>
    registry.wait(path, (fail) => {
      const content = byPath.get(path);
      if (content === undefined) return fail(new Error(`no file ${path}`));
      loaded.push(path);
      bytes += Buffer.byteLength(content);
      queueMicrotask(() => vm.runInContext(content, context, { filename: path }));
    });
  return { load, loaded, bytes: () => bytes };
}
