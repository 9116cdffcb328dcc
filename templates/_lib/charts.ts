/**
 * Charts drawn at build time as inline SVG (no script, no inline style: the
 * CSP allows neither). Colours come from CSS classes so dark mode applies.
 * Each chart has a <title>/<desc> and a text alternative beside it.
 */
import { escapeAttr, escapeHtml } from "../../src/site/escape.ts";
import { formatMonth } from "../../src/site/dates.ts";
import type { Linker } from "./link.ts";

/**
 * A column chart of articles per month for a topic, oldest month first,
 * followed by a collapsible table of the months that have articles.
 * `id` makes the title/desc ids unique on the page.
 */
export function timelineChart(actual: ReadonlyArray<{ month: string; count: number }>, id: string, subject: string): string {
  if (actual.length === 0) return "";
  const timeline = padTimeline(actual, MIN_MONTHS);
  const max = Math.max(1, ...timeline.map((t) => t.count));
  const barW = 10;
  const gap = timeline.length > 60 ? 1 : 2;
  const h = 60;
  const w = timeline.length * barW;
  const first = actual[0]!.month;
  const last = actual[actual.length - 1]!.month;
  const peak = actual.reduce((a, b) => (b.count > a.count ? b : a));
  const bars = timeline
    .map((t, i) => {
      if (t.count === 0) return "";
      const bh = Math.max(2, (t.count / max) * h);
      return `<rect class="chart-bar" x="${i * barW + gap / 2}" y="${(h - bh).toFixed(2)}" width="${barW - gap}" height="${bh.toFixed(2)}"><title>${escapeHtml(formatMonth(t.month))}: ${t.count}</title></rect>`;
    })
    .join("");
  const desc = `Articles per month from ${formatMonth(first)} to ${formatMonth(last)}; the busiest month is ${formatMonth(peak.month)} with ${peak.count}.`;
  const rows = actual
    .filter((t) => t.count > 0)
    .map((t) => `<tr><th scope="row">${escapeHtml(formatMonth(t.month))}</th><td>${t.count}</td></tr>`)
    .join("");
  return `<figure class="chart timeline">
<svg class="chart-svg" viewBox="0 0 ${w} ${h + 1}" preserveAspectRatio="none" role="img" aria-labelledby="${escapeAttr(id)}-title ${escapeAttr(id)}-desc" focusable="false">
<title id="${escapeAttr(id)}-title">${escapeHtml(`Timeline of articles about ${subject}`)}</title>
<desc id="${escapeAttr(id)}-desc">${escapeHtml(desc)}</desc>
<line class="chart-axis" x1="0" y1="${h + 0.5}" x2="${w}" y2="${h + 0.5}"></line>${bars}
</svg>
<figcaption><span>${escapeHtml(formatMonth(timeline[0]!.month))}</span><span>${escapeHtml(formatMonth(timeline[timeline.length - 1]!.month))}</span></figcaption>
<details class="chart-table"><summary>Articles per month as a table</summary>
<table><thead><tr><th scope="col">Month</th><th scope="col">Articles</th></tr></thead><tbody>${rows}</tbody></table>
</details>
</figure>`;
}

/**
 * A timeline shorter than this many months is widened with empty months on
 * both sides, so one busy month is a bar in context, not a block filling the
 * chart (the axis labels name the widened range; the description the real one).
 */
const MIN_MONTHS = 24;

/** `timeline` with empty months added before and after it, to at least `min` months. */
export function padTimeline(timeline: ReadonlyArray<{ month: string; count: number }>, min: number): Array<{ month: string; count: number }> {
  const extra = min - timeline.length;
  if (extra <= 0 || timeline.length === 0) return [...timeline];
  const before = Math.floor(extra / 2);
  const start = monthIndex(timeline[0]!.month);
  if (start === null) return [...timeline];
  const pad = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ month: monthKey(from + i), count: 0 }));
  return [...pad(start - before, before), ...timeline, ...pad(start + timeline.length, extra - before)];
}

/** "2022-11" → months since year 0 (null when not a month key). */
function monthIndex(month: string): number | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
}

function monthKey(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * Horizontal bars, one row per item: the label (a link when it has a URL), a
 * decorative SVG bar and the count. The rows themselves are the text alternative.
 */
export function barList(link: Linker, rows: ReadonlyArray<{ label: string; url: string | null; count: number }>, caption: string): string {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const items = rows
    .map((r) => {
      const label = r.url === null ? `<span class="bar-label">${escapeHtml(r.label)}</span>` : `<a class="bar-label" href="${link(r.url)}">${escapeHtml(r.label)}</a>`;
      const width = ((r.count / max) * 100).toFixed(2);
      return `<li class="bar-row">${label}<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="chart-bar" x="0" y="0" width="${width}" height="10"></rect></svg><span class="bar-count">${r.count}</span></li>`;
    })
    .join("\n");
  return `<figure class="chart bars"><figcaption>${escapeHtml(caption)}</figcaption><ul class="bar-list">\n${items}\n</ul></figure>`;
}
