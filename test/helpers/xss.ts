/**
 * XSS payloads and the checks that prove they stayed text.
 *
 * Every payload, if it ever ran or became markup, would set `window.__xss`,
 * create an element with id `xss`, or open a dialog: the browser test looks for
 * all three. The static checks parse each output file as a browser would
 * (htmlparser2 for HTML and XML, acorn for the search data scripts) and list
 * every element, attribute, URL or script that did not come from our templates.
 */
import { Parser } from "htmlparser2";
import * as acorn from "acorn";
import vm from "node:vm";

/** A word every payload carries, so a search for it hits every payload. */
export const SEARCH_WORD = "zebracorn";

/** Payloads, each a line of text an article might contain. */
export const PAYLOADS: readonly string[] = [
  `<script>window.__xss=1;alert("xss")</script> ${SEARCH_WORD}`,
  `"><img id=xss src=x onerror="window.__xss=1;alert(1)"> ${SEARCH_WORD}`,
  `'><img id=xss src=x onerror='window.__xss=1;alert(2)'> ${SEARCH_WORD}`,
  `javascript:window.__xss=1;alert(3)//${SEARCH_WORD}`,
  `</script><script>window.__xss=1;alert(4)</script> ${SEARCH_WORD}`,
  `--><img id=xss src=x onerror=window.__xss=1;alert(5)><!-- ${SEARCH_WORD}`,
  `<svg id=xss onload="window.__xss=1;alert(6)"><script>window.__xss=1</script></svg> ${SEARCH_WORD}`,
  `{{ constructor.constructor('window.__xss=1')() }} \${window.__xss=1} {% raw %}<%= 7*7 %> {{ 7*7 }} ${SEARCH_WORD}`,
  `<iframe id=xss src="javascript:window.__xss=1;alert(7)"></iframe> ${SEARCH_WORD}`,
  `<a id=xss href="javascript:window.__xss=1;alert(8)">click ${SEARCH_WORD}</a>`,
  `]]><script>window.__xss=1</script><![CDATA[ ${SEARCH_WORD}`,
  `\u2028\u2029</SCRIPT ><!--<script>window.__xss=1;alert(9)</script> ${SEARCH_WORD}`,
  `<style>@import "x.css"</style><math><mtext><table><mglyph><style><img id=xss src=x onerror=window.__xss=1;alert(10)> ${SEARCH_WORD}`,
  `[click](javascript:window.__xss=1) ![x](x onerror=window.__xss=1) <javascript:alert(11)> ${SEARCH_WORD}`,
];

/** Short payloads for names (author, outlet, topics): what fits in a byline. */
export const NAME_PAYLOADS: readonly string[] = [
  `<script>window.__xss=1;alert(12)</script>${SEARCH_WORD}`,
  `"><img id=xss src=x onerror=window.__xss=1;alert(13)>`,
  `javascript:alert(14)`,
  `<svg id=xss onload=window.__xss=1;alert(15)>`,
  `'--></script><b id=xss>{{7*7}}\${7*7}`,
];

/** File names that are payloads (no `/`: not allowed in a file name). */
export const FILE_NAME_PAYLOADS: readonly string[] = [
  `"><img id=xss src=x onerror=alert(16)>.txt`,
  `<svg onload=alert(17)>.txt`,
  `javascript:alert(18).txt`,
  `{{7*7}} \${7*7} --> <script>.txt`,
];

const yamlString = (s: string) => JSON.stringify(s); // JSON strings are YAML double-quoted strings

/**
 * An archive whose every article-derived field carries payloads: titles, bodies, authors,
 * outlets, topics (shared by several articles so topic pages exist), related headlines, file
 * names; dated (year, month, day pages) and undated articles.
 */
export function xssArticles(): Record<string, string> {
  const files: Record<string, string> = {};
  const body = PAYLOADS.map((p, i) => `Paragraph ${i + 1} of the report quotes the text ${p} as it was printed on the page, and the story continues with more words about the harbour.`).join("\n\n");
  PAYLOADS.forEach((title, i) => {
    const name = NAME_PAYLOADS[i % NAME_PAYLOADS.length]!;
    const fm = [
      "---",
      `title: ${yamlString(title)}`,
      i % 4 === 3 ? "date: null" : `date: 2022-${String((i % 3) + 9).padStart(2, "0")}-${String(i + 1).padStart(2, "0")}`,
      `author: ${yamlString(name)}`,
      `outlet: ${yamlString(NAME_PAYLOADS[(i + 1) % NAME_PAYLOADS.length]!)}`,
      `section: ${yamlString(NAME_PAYLOADS[(i + 2) % NAME_PAYLOADS.length]!)}`,
      `topics: [${NAME_PAYLOADS.map(yamlString).join(", ")}]`,
      `related: [${PAYLOADS.slice(0, 3).map(yamlString).join(", ")}]`,
      `summary: ${yamlString(PAYLOADS[(i + 3) % PAYLOADS.length]!)}`,
      "---",
    ].join("\n");
    files[`payload-${String(i).padStart(2, "0")}.txt`] = `${fm}\n${title}\n\n${body}\n`;
  });
  FILE_NAME_PAYLOADS.forEach((file, i) => {
    // No usable headline: the slug and title fall back to the file name.
    files[file] = `---\ndate: 2022-11-${String(i + 1).padStart(2, "0")}\n---\n- Share\n\n${body}\n`;
  });
  return files;
}

/** Schemes that run code or load foreign content when followed. */
const DANGEROUS_URL = /^(?:javascript|vbscript|data|blob|file):/i;
/** Attributes that hold URLs. */
const URL_ATTRS = new Set(["href", "src", "action", "formaction", "xlink:href", "poster", "background", "srcset", "data", "cite", "ping"]);
/** Elements article text must never become. */
const FOREIGN_ELEMENTS = new Set(["iframe", "object", "embed", "frame", "frameset", "base", "applet", "math", "portal"]);

/** Normalises a URL attribute as browsers do before looking at its scheme (strips controls and whitespace). */
function scheme(url: string): string {
  return url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
}

export interface HtmlScan {
  problems: string[];
  /** Inline scripts (no src). */
  inlineScripts: number;
  /** The content of the CSP meta tag, or null. */
  csp: string | null;
  /** All text, entity-decoded; a space stands for each tag. */
  text: string;
}

/**
 * Parses an HTML page as a browser would and lists every injection: inline scripts, event-handler
 * attributes, dangerous URLs, elements with id "xss", foreign elements, refresh redirects.
 * `scriptSrcAllowed` says which script sources our templates use.
 */
export function scanHtml(html: string, scriptSrcAllowed: RegExp = /^(?:\.\.\/|\.\/)*(?:assets|search)\/[\w./-]+\.js$/): HtmlScan {
  const problems: string[] = [];
  let inlineScripts = 0;
  let csp: string | null = null;
  const text: string[] = [];
  let inScript = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === "script") {
          inScript = true;
          if (attribs.src === undefined) inlineScripts++, problems.push(`inline <script>`);
          else if (!scriptSrcAllowed.test(attribs.src)) problems.push(`<script src="${attribs.src}"> is not one of the site's scripts`);
        }
        if (FOREIGN_ELEMENTS.has(name)) problems.push(`<${name}> element`);
        for (const [attr, value] of Object.entries(attribs)) {
          if (/^on/i.test(attr)) problems.push(`<${name} ${attr}="${value}"> event-handler attribute`);
          if (attr === "id" && value === "xss") problems.push(`<${name} id="xss"> injected element`);
          if (URL_ATTRS.has(attr) && DANGEROUS_URL.test(scheme(value)) && !(name === "img" && /^data:image\//.test(value))) {
            problems.push(`<${name} ${attr}="${value}"> dangerous URL`);
          }
          if (attr === "style" && /expression|javascript:|url\(/i.test(value)) problems.push(`<${name} style="${value}">`);
        }
        if (name === "meta" && attribs["http-equiv"]?.toLowerCase() === "content-security-policy") csp = attribs.content ?? "";
        if (name === "meta" && attribs["http-equiv"]?.toLowerCase() === "refresh") problems.push(`<meta http-equiv="refresh">`);
        text.push(" ");
      },
      onclosetag(name) {
        if (name === "script") inScript = false;
        text.push(" ");
      },
      ontext(data) {
        if (inScript && data.trim() !== "") problems.push(`script content: ${data.slice(0, 80)}`);
        else text.push(data);
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  parser.end();
  return { problems, inlineScripts, csp, text: text.join("") };
}

/** Problems with a page's Content-Security-Policy: it must allow scripts only from the site itself. */
export function cspProblems(csp: string | null): string[] {
  if (csp === null) return ["no Content-Security-Policy meta tag"];
  const problems: string[] = [];
  const directives = new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map((d) => [d[0]!.toLowerCase(), d.slice(1)]));
  const scriptSrc = directives.get("script-src") ?? directives.get("default-src");
  if (!scriptSrc) problems.push("CSP has no script-src");
  else {
    if (!scriptSrc.includes("'self'")) problems.push(`CSP script-src lacks 'self': ${scriptSrc.join(" ")}`);
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"]) if (scriptSrc.includes(bad)) problems.push(`CSP script-src allows ${bad}`);
  }
  if (directives.get("object-src")?.join(" ") !== "'none'") problems.push("CSP object-src is not 'none'");
  if (directives.get("base-uri")?.join(" ") !== "'none'" && directives.get("base-uri")?.join(" ") !== "'self'") problems.push("CSP base-uri is not restricted");
  return problems;
}

/**
 * Parses an XML file (Atom feed, sitemap) and lists injections: elements outside the expected
 * vocabulary, event handlers, dangerous links; and the HTML inside `type="html"` elements is
 * scanned as HTML (a feed reader renders it).
 */
export function scanXml(xml: string): string[] {
  const problems: string[] = [];
  const htmlParts: string[] = [];
  let htmlDepth = 0;
  let current = "";
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (/(^|:)(script|img|svg|iframe|a)$/i.test(name)) problems.push(`<${name}> element in XML`);
        for (const [attr, value] of Object.entries(attribs)) {
          if (/^on/i.test(attr)) problems.push(`<${name} ${attr}> event handler in XML`);
          if (attr === "href" && DANGEROUS_URL.test(scheme(value))) problems.push(`<${name} href="${value}"> dangerous URL`);
          if (attr === "id" && value === "xss") problems.push(`<${name} id="xss"> in XML`);
        }
        if (attribs.type === "html" || attribs.type === "xhtml") {
          if (attribs.type === "xhtml") problems.push(`<${name} type="xhtml">: XHTML content is not scanned; use type="html"`);
          htmlDepth++;
          current = "";
        }
      },
      ontext(data) {
        if (htmlDepth > 0) current += data;
      },
      oncdatastart() {
        problems.push("CDATA section in XML (article text must be escaped, not wrapped)");
      },
      onclosetag() {
        if (htmlDepth > 0) {
          htmlDepth--;
          htmlParts.push(current);
        }
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(xml);
  parser.end();
  for (const html of htmlParts) {
    const scan = scanHtml(html, /^$/);
    problems.push(...scan.problems.map((p) => `in type="html" content: ${p}`));
  }
  return problems;
}

/**
 * Checks a search data script (`__newsArchiveSearch(version,"path",{json});`): it is plain
 * calls with literal arguments only (acorn), contains nothing that closes or comments out a
 * `<script>` element if inlined, and running it in a sandbox only calls the register function.
 * Returns the problems and the decoded data (to check that payloads survived as text).
 */
export function scanDataScript(js: string): { problems: string[]; data: unknown[] } {
  const problems: string[] = [];
  if (/<\/script|<!--|-->|\u2028|\u2029/i.test(js)) problems.push("contains </script, <!--, --> or a raw U+2028/2029");
  let program: acorn.Program | null = null;
  try {
    program = acorn.parse(js, { ecmaVersion: 2022, sourceType: "script" });
  } catch (error) {
    problems.push(`does not parse: ${(error as Error).message}`);
  }
  for (const stmt of program?.body ?? []) {
    if (stmt.type !== "ExpressionStatement" || stmt.expression.type !== "CallExpression" || stmt.expression.callee.type !== "Identifier") {
      problems.push(`statement at ${stmt.start} is not a plain call`);
      continue;
    }
    for (const arg of stmt.expression.arguments) if (!isLiteralTree(arg)) problems.push(`call at ${stmt.start} has a non-literal argument (${arg.type})`);
  }
  const data: unknown[] = [];
  const sandbox: Record<string, unknown> = {};
  sandbox.__newsArchiveSearch = (...args: unknown[]) => data.push(args);
  sandbox.window = sandbox;
  sandbox.globalThis = sandbox;
  try {
    vm.runInNewContext(js, sandbox, { timeout: 2000 });
  } catch (error) {
    problems.push(`throws when run: ${(error as Error).message}`);
  }
  if ("__xss" in sandbox) problems.push("running it set window.__xss");
  return { problems, data };
}

function isLiteralTree(node: acorn.Node): boolean {
  const n = node as acorn.Expression;
  switch (n.type) {
    case "Literal":
      return true;
    case "ArrayExpression":
      return n.elements.every((e) => e !== null && e.type !== "SpreadElement" && isLiteralTree(e));
    case "ObjectExpression":
      return n.properties.every((p) => p.type === "Property" && !p.computed && !p.method && p.kind === "init" && isLiteralTree(p.value));
    case "UnaryExpression":
      return n.operator === "-" && isLiteralTree(n.argument);
    default:
      return false;
  }
}
