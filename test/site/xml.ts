/**
 * A small, strict XML 1.0 reader for the tests (no npm dependency): checks
 * well-formedness (one root, nesting, quoted unique attributes, known entities,
 * no stray "<" or "&", comments without "--") and returns the element tree.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own decoded text (children's text excluded). */
  text: string;
}

const NAME = /^[A-Za-z_:][\w.:-]*/;

function decode(raw: string, where: number): string {
  if (/[<]/.test(raw)) throw new Error(`"<" in text or attribute at ${where}`);
  return raw.replace(/&([^;]*);?/g, (m, ref: string) => {
    if (!m.endsWith(";")) throw new Error(`unterminated entity "${m}" at ${where}`);
    if (ref === "amp") return "&";
    if (ref === "lt") return "<";
    if (ref === "gt") return ">";
    if (ref === "quot") return '"';
    if (ref === "apos") return "'";
    const num = /^#(\d+)$/.exec(ref) ?? /^#x([0-9a-fA-F]+)$/.exec(ref);
    if (num) return String.fromCodePoint(parseInt(num[1]!, ref.startsWith("#x") ? 16 : 10));
    throw new Error(`unknown entity "&${ref};" at ${where}`);
  });
}

/** Parses `xml`, throwing an Error that says where it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  if (xml.startsWith("<?xml")) {
    const end = xml.indexOf("?>");
    if (end === -1) throw new Error("unterminated XML declaration");
    i = end + 2;
  }
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (stack.length === 0) {
      if (text.trim() !== "") throw new Error(`text outside the root element at ${i}`);
    } else {
      stack[stack.length - 1]!.text += decode(text, i);
    }
    if (lt === -1) break;
    i = lt;
    if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i + 4);
      if (end === -1) throw new Error(`unterminated comment at ${i}`);
      if (xml.slice(i + 4, end).includes("--")) throw new Error(`"--" inside a comment at ${i}`);
      i = end + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", i)) {
      const end = xml.indexOf("]]>", i);
      if (end === -1 || stack.length === 0) throw new Error(`bad CDATA at ${i}`);
      stack[stack.length - 1]!.text += xml.slice(i + 9, end);
      i = end + 3;
      continue;
    }
    if (xml.startsWith("</", i)) {
      const m = /^<\/([A-Za-z_:][\w.:-]*)\s*>/.exec(xml.slice(i));
      const open = stack.pop();
      if (!m || !open || open.name !== m[1]) throw new Error(`mismatched end tag at ${i}: ${xml.slice(i, i + 30)}`);
      i += m[0].length;
      continue;
    }
    const name = NAME.exec(xml.slice(i + 1));
    if (!name) throw new Error(`bad tag at ${i}: ${xml.slice(i, i + 30)}`);
    const el: XmlElement = { name: name[0], attrs: {}, children: [], text: "" };
    i += 1 + name[0].length;
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(i))![0];
      i += ws.length;
      if (xml.startsWith("/>", i) || xml.startsWith(">", i)) break;
      if (ws === "") throw new Error(`missing space before attribute at ${i}`);
      const a = /^([A-Za-z_:][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(xml.slice(i));
      if (!a) throw new Error(`bad attribute at ${i}: ${xml.slice(i, i + 30)}`);
      if (a[1]! in el.attrs) throw new Error(`duplicate attribute ${a[1]} at ${i}`);
      el.attrs[a[1]!] = decode(a[3] ?? a[4] ?? "", i);
      i += a[0].length;
    }
    if (stack.length === 0) {
      if (root !== null) throw new Error(`second root element at ${i}`);
      root = el;
    } else {
      stack[stack.length - 1]!.children.push(el);
    }
    if (xml.startsWith("/>", i)) {
      i += 2;
    } else {
      i += 1;
      stack.push(el);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed element <${stack[stack.length - 1]!.name}>`);
  if (root === null) throw new Error("no root element");
  return root;
}

/** Direct children named `name`. */
export function children(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** The first direct child named `name` (throws if there is none). */
export function child(el: XmlElement, name: string): XmlElement {
  const c = el.children.find((x) => x.name === name);
  if (!c) throw new Error(`<${el.name}> has no <${name}>`);
  return c;
}
