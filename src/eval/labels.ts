/**
 * The gold labels of the test corpus (/work/shared/corpus/README.md) and the
 * comparison normalisation the README prescribes.
 */

export interface Label {
  file: string;
  title: string;
  date: string | null;
  time: string | null;
  outlet: string | null;
  author: string | null;
  section: string | null;
  language: string;
  first_paragraph: string;
  last_paragraph: string;
  paragraph_count: number;
  related: string[];
  duplicate_of: string | null;
  junk_examples: string[];
  notes?: string;
}

/** Checks the shape of a labels file; throws a message naming the entry and field. */
export function checkLabels(data: unknown, where: string): Label[] {
  if (!Array.isArray(data)) throw new Error(`${where}: expected a JSON array of labels`);
  return data.map((raw, i) => {
    const l = raw as Record<string, unknown>;
    const need = (k: string, ok: (v: unknown) => boolean): void => {
      if (!ok(l[k])) throw new Error(`${where}: entry ${i} (${String(l.file)}): field '${k}' is missing or has the wrong type`);
    };
    const str = (v: unknown): boolean => typeof v === "string";
    const strOrNull = (v: unknown): boolean => v === null || typeof v === "string";
    need("file", str);
    need("title", str);
    for (const k of ["date", "time", "outlet", "author", "section", "duplicate_of"]) need(k, strOrNull);
    need("language", str);
    need("first_paragraph", str);
    need("last_paragraph", str);
    need("paragraph_count", (v) => typeof v === "number");
    need("related", (v) => Array.isArray(v));
    need("junk_examples", (v) => Array.isArray(v));
    return l as unknown as Label;
  });
}

/** README normalisation: NFC, NBSP and tabs → space, whitespace collapsed, trimmed. Case and quotes kept. */
export function norm(text: string): string {
  return text.normalize("NFC").replace(/[\u00a0\t]/g, " ").replace(/\s+/g, " ").trim();
}
