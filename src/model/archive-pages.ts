/** Date archives (/YYYY/, /YYYY/MM/), the undated list, outlet pages and their indexes. */
import type { ArchiveIndexPage, MonthPage, OutletPage, OutletsIndexPage, UndatedPage, YearPage } from "./pages.ts";
import type { Entry } from "./build-model.ts";
import { paginate } from "./paginate.ts";
import { monthLabel, monthName } from "./chronology.ts";

type ArchivePage = YearPage | MonthPage | UndatedPage | OutletPage | OutletsIndexPage | ArchiveIndexPage;

/** `entries` must be sorted newest first. */
export function archivePages(entries: readonly Entry[]): ArchivePage[] {
  const out: ArchivePage[] = [];
  const byMonth = groupBy(entries.filter((e) => e.key !== null), (e) => e.key!.slice(0, 7));
  const months = [...byMonth.keys()].sort();
  const years = [...new Set(months.map((m) => m.slice(0, 4)))].sort();

  years.forEach((year, i) => {
    const prevYear = years[i - 1];
    const nextYear = years[i + 1];
    const monthsOfYear = Array.from({ length: 12 }, (_, k) => {
      const mm = String(k + 1).padStart(2, "0");
      const count = byMonth.get(`${year}-${mm}`)?.length ?? 0;
      return { month: mm, label: monthName(mm), url: count > 0 ? `/${year}/${mm}/` : null, count };
    });
    out.push({
      kind: "year",
      url: `/${year}/`,
      year,
      count: monthsOfYear.reduce((n, m) => n + m.count, 0),
      months: monthsOfYear,
      prev: prevYear ? { url: `/${prevYear}/`, label: prevYear } : null,
      next: nextYear ? { url: `/${nextYear}/`, label: nextYear } : null,
    });
  });

  months.forEach((month, i) => {
    const [year, mm] = month.split("-") as [string, string];
    const items = byMonth.get(month)!;
    const prev = months[i - 1];
    const next = months[i + 1];
    const base = `/${year}/${mm}/`;
    for (const slice of paginate(items.map((e) => e.card), base)) {
      out.push({
        kind: "month",
        url: slice.url,
        year,
        month: mm,
        label: monthLabel(month),
        count: items.length,
        items: slice.items,
        pager: slice.pager,
        prev: prev ? { url: `/${prev.replace("-", "/")}/`, label: monthLabel(prev) } : null,
        next: next ? { url: `/${next.replace("-", "/")}/`, label: monthLabel(next) } : null,
      });
    }
  });

  const undated = entries.filter((e) => e.key === null);
  for (const slice of paginate(undated.map((e) => e.card), "/undated/")) {
    out.push({ kind: "undated", url: slice.url, items: slice.items, pager: slice.pager });
  }

  const byOutlet = groupBy(entries.filter((e) => e.outletSlug !== null), (e) => e.outletSlug!);
  const outlets: OutletsIndexPage["outlets"] = [];
  for (const slug of [...byOutlet.keys()].sort()) {
    const items = byOutlet.get(slug)!;
    const dated = items.filter((e) => e.key !== null);
    const name = mostCommon(items.map((e) => e.a.record.outlet!));
    const overview = { count: items.length, firstDate: dated.at(-1)?.a.record.date ?? null, lastDate: dated[0]?.a.record.date ?? null };
    const base = `/sources/${slug}/`;
    outlets.push({ name, ...overview, url: base });
    for (const slice of paginate(items.map((e) => e.card), base)) {
      out.push({ kind: "outlet", url: slice.url, outlet: { name }, overview: slice.pager.first ? overview : null, items: slice.items, pager: slice.pager });
    }
  }
  outlets.sort((a, b) => b.count - a.count || (a.url < b.url ? -1 : 1));
  out.push({ kind: "outlets", url: "/sources/", outlets });

  out.push({
    kind: "archive",
    url: "/archive/",
    years: [...years].reverse().map((year) => {
      const ms = months.filter((m) => m.startsWith(year + "-")).reverse();
      return {
        year,
        url: `/${year}/`,
        count: ms.reduce((n, m) => n + byMonth.get(m)!.length, 0),
        months: ms.map((m) => ({ month: m.slice(5), label: monthName(m.slice(5)), url: `/${m.replace("-", "/")}/`, count: byMonth.get(m)!.length })),
      };
    }),
    undatedCount: undated.length,
  });
  return out;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** The most frequent value; ties go to the alphabetically first, so the choice is stable. */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}
