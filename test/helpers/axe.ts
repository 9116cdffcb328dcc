/**
 * Accessibility checks with axe-core in a real page. The page's context must be
 * opened with `bypassCSP: true`: axe is injected as an inline script, which the
 * site's own Content-Security-Policy refuses (as it should).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
  passes: Array<{ id: string }>;
}

/**
 * Runs axe (WCAG 2.x A/AA and best practices) on the page and returns its serious
 * and critical violations as readable lines, labelled with `label`. Fails if axe did
 * not check colour contrast, so an unstyled or empty page cannot pass by accident.
 */
export async function seriousViolations(page: Page, label: string): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<unknown> } }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    }),
  )) as AxeResult;
  const checked = [...result.passes, ...result.violations].map((r) => r.id);
  assert.ok(checked.includes("color-contrast"), `${label}: axe did not check colour contrast`);
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${label}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(", ")}`);
}
