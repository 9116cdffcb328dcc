/** Data files as classic scripts: `__newsArchiveSearch(version,"path",{json});`, safe to load in any page. */
import { FORMAT_VERSION, REGISTER_GLOBAL } from "./format.ts";

const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/**
 * JSON that stays inert inside a script: `</script>`, `<!--` and U+2028/2029 in article text are written as
 * \u escapes (which only ever occur inside JSON strings, so the value is unchanged).
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => ESCAPES[c]!);
}

/** The content of one data file at site path `path`. */
export function dataScript(path: string, data: unknown, version: number = FORMAT_VERSION): string {
  return `${REGISTER_GLOBAL}(${version},${scriptSafeJson(path)},${scriptSafeJson(data)});\n`;
}
