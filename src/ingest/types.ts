/**
 * Types shared by the parser's steps. A page is read as a list of units: one
 * unit per non-blank line, except hard-wrapped paragraphs, whose physical
 * lines are joined into one unit (see blocks.ts).
 */

/** Archive knowledge the build can pass to the parser; every field is optional. */
export interface OutletHints {
  /** The outlet's name when the build knows it (e.g. from other articles of the same site). Default: none. */
  outlet?: string;
  /**
   * Lines that recur across at least 3 articles of the same outlet (menus, footers, share widgets):
   * they are dropped from the body and related lists. Compared after whitespace collapsing.
   * @example ["Skip to main content", "Sign In", "© 2023 Harbor City Chronicle"]
   */
  furniture?: Iterable<string>;
  /** The outlet's numeric date convention, used to read "10/11/2022". Default: unknown (ambiguous dates stay null). */
  dateOrder?: "DMY" | "MDY";
}

/** One logical line of the page. */
export interface Unit {
  /** Text with whitespace collapsed and trimmed. */
  text: string;
  /** 1-based line number of the first physical line in the file (front matter included). */
  line: number;
}

/** What a unit is, as decided by the boilerplate classifier. */
export type UnitClass = "good" | "neargood" | "short" | "bad";
