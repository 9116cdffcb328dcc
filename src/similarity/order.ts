/** Id order used for every tie-break and "first of a group" decision: plain UTF-16 code unit order (locale-independent). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
