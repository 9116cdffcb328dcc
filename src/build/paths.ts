import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project's own folder (where templates/ and .eleventy.ts live), whatever the working directory. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const TEMPLATES_DIR = path.join(PROJECT_ROOT, "templates");
