/**
 * Receives data files. Each file is a classic script calling `__newsArchiveSearch(version, path, data)`;
 * a loader asks for a path and waits for the matching call. No fetch/XHR, so it works from file://.
 */
import { FORMAT_VERSION } from "../search/format.ts";

/** Thrown when the site's search data was built in another format than this script reads. */
export class SearchFormatError extends Error {
  constructor(path: string, version: unknown) {
    super(
      `The search index (${path}) is in format ${JSON.stringify(version)}, but this page's search script reads format ${FORMAT_VERSION}. ` +
        `Rebuild the site so the index and the script come from the same version of news-archive.`,
    );
    this.name = "SearchFormatError";
  }
}

/** Fetches one data file by site path ("/search/meta.js") and resolves with its data. */
export type Loader = (path: string) => Promise<unknown>;

interface Waiting {
  resolve: (data: unknown) => void;
  reject: (err: Error) => void;
}

/** Matches registration calls to pending requests. */
export class Registry {
  private waiting = new Map<string, Waiting[]>();
  private received = new Map<string, unknown>();

  /** The function data files call (installed as the global __newsArchiveSearch). */
  register = (version: unknown, path: unknown, data: unknown): void => {
    const key = String(path);
    const result: { ok: true; data: unknown } | { ok: false; error: Error } =
      version === FORMAT_VERSION ? { ok: true, data } : { ok: false, error: new SearchFormatError(key, version) };
    if (result.ok) this.received.set(key, data);
    const waiters = this.waiting.get(key) ?? [];
    this.waiting.delete(key);
    for (const w of waiters) (result.ok ? w.resolve(result.data) : w.reject(result.error));
  };

  /** Resolves when `path` registers; `start` begins the download (called once). */
  wait(path: string, start: (fail: (err: Error) => void) => void): Promise<unknown> {
    if (this.received.has(path)) return Promise.resolve(this.received.get(path));
    return new Promise((resolve, reject) => {
      const list = this.waiting.get(path);
      if (list) return void list.push({ resolve, reject });
      this.waiting.set(path, [{ resolve, reject }]);
      start((err) => {
        const waiters = this.waiting.get(path) ?? [];
        this.waiting.delete(path);
        for (const w of waiters) w.reject(err);
      });
    });
  }

  /** Forgets a received file (memory is kept for the session otherwise). */
  forget(path: string): void {
    this.received.delete(path);
  }
}
