/**
 * Frequencies of failure classes per category, as a table and as data.
 */
import { EDGE_CATEGORIES, FAILURE_CLASSES, type EdgeResult, type FailureClass } from "./types.js";

export interface EdgeSummary {
  total: number;
  failing: number;
  byCategory: { category: string; n: number; failing: number; counts: Partial<Record<FailureClass, number>> }[];
  byClass: Partial<Record<FailureClass, number>>;
  /** One example per (category, class), for the report and the regression fixtures. */
  examples: { category: string; cls: FailureClass; id: string; note: string; input: string; detail: string }[];
}

export function summarizeEdge(results: readonly EdgeResult[]): EdgeSummary {
  const byCat = new Map<string, { n: number; failing: number; counts: Partial<Record<FailureClass, number>> }>();
  const byClass: Partial<Record<FailureClass, number>> = {};
  const examples: EdgeSummary["examples"] = [];
  const seen = new Set<string>();
  let failing = 0;
  for (const r of results) {
    const cat = r.case.category;
    if (!byCat.has(cat)) byCat.set(cat, { n: 0, failing: 0, counts: {} });
    const row = byCat.get(cat)!;
    row.n++;
    if (r.failures.length) {
      row.failing++;
      failing++;
    }
    for (const cls of new Set(r.failures.map((f) => f.cls))) {
      row.counts[cls] = (row.counts[cls] ?? 0) + 1;
      byClass[cls] = (byClass[cls] ?? 0) + 1;
      const key = `${cat}|${cls}`;
      if (!seen.has(key)) {
        seen.add(key);
        const f = r.failures.find((x) => x.cls === cls)!;
        examples.push({
          category: cat,
          cls,
          id: r.case.id,
          note: r.case.note,
          input:
            r.case.input.length > 300
              ? `${r.case.input.slice(0, 300)}... (${r.case.input.length} chars)`
              : r.case.input,
          detail: f.detail,
        });
      }
    }
  }
  const order = (c: string): number => {
    const i = (EDGE_CATEGORIES as readonly string[]).indexOf(c);
    return i < 0 ? 99 : i;
  };
  return {
    total: results.length,
    failing,
    byCategory: [...byCat.entries()]
      .sort((a, b) => order(a[0]) - order(b[0]))
      .map(([category, v]) => ({ category, ...v })),
    byClass,
    examples,
  };
}

/** Markdown table: one row per category, one column per failure class that occurred. */
export function formatEdgeTable(s: EdgeSummary): string {
  const classes = FAILURE_CLASSES.filter((c) => (s.byClass[c] ?? 0) > 0);
  const head = `| category | cases | failing | ${classes.join(" | ")} |`;
  const sep = `|---|---:|---:|${classes.map(() => "---:").join("|")}|`;
  const rows = s.byCategory.map(
    (r) =>
      `| ${r.category} | ${r.n} | ${r.failing} (${((100 * r.failing) / r.n).toFixed(0)}%) | ${classes.map((c) => r.counts[c] ?? 0).join(" | ")} |`,
  );
  const total = `| **all** | ${s.total} | ${s.failing} (${((100 * s.failing) / Math.max(1, s.total)).toFixed(0)}%) | ${classes.map((c) => s.byClass[c] ?? 0).join(" | ")} |`;
  return [head, sep, ...rows, total].join("\n");
}
