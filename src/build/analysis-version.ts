/**
 * A manual version for what is derived from one article. The analysis cache is
 * keyed by this plus a hash of the analysis source files (`analysisKey()` in
 * source-key.ts), so code changes invalidate it by themselves; bump this only
 * for changes the sources do not show (a dependency's behaviour, say).
 */
export const ANALYSIS_VERSION = "a4";
