/** Search index builder: prepare per article (cached), assemble per build, bundle the browser program. */
export { fieldTerms, prepareSearchDoc, searchFieldTexts, SEARCH_STATS_VERSION, type SearchDocInput, type SearchDocStats, type FieldStats } from "./prepare.ts";
export { buildSearchFiles, searchFiles, type BuildOptions, type PendingSearchFile, type SearchFile } from "./build.ts";
export type { SearchStoreEntry } from "./store.ts";
export { bundleClient } from "./bundle.ts";
export { FORMAT_VERSION } from "./format.ts";
