/**
 * The report's charts as Vega-Lite specs over plain rows.
 */
import type { TopLevelSpec } from "vega-lite";

const FONT = {
  config: {
    font: "Helvetica, Arial, sans-serif",
    view: { stroke: "transparent" },
    axis: { labelFontSize: 11, titleFontSize: 12 },
  },
};

/** Overlaid histograms of score@k per run. */
export function scoreDistribution(rows: { run: string; score: number }[]): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: "Distribution of per-item score@k",
    data: { values: rows },
    width: 560,
    height: 220,
    mark: { type: "bar", opacity: 0.55, binSpacing: 0 },
    encoding: {
      x: { field: "score", type: "quantitative", bin: { maxbins: 40 }, title: "score@k (0-10)" },
      y: { aggregate: "count", type: "quantitative", stack: null, title: "items" },
      color: { field: "run", type: "nominal", title: "run" },
    },
    ...FONT,
  } as TopLevelSpec;
}

/** Mean score per category (or language), one bar per run, grouped. */
export function groupBars(
  rows: { run: string; group: string; mean: number; lo: number; hi: number }[],
  title: string,
): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title,
    data: { values: rows },
    width: 560,
    height: { step: 12 },
    encoding: {
      y: { field: "group", type: "nominal", title: null, sort: "-x" },
      yOffset: { field: "run" },
      color: { field: "run", type: "nominal" },
    },
    layer: [
      {
        mark: { type: "bar" },
        encoding: { x: { field: "mean", type: "quantitative", title: "mean score@k", scale: { zero: false } } },
      },
      {
        mark: { type: "rule", color: "#333" },
        encoding: { x: { field: "lo", type: "quantitative" }, x2: { field: "hi" } },
      },
    ],
    ...FONT,
  } as TopLevelSpec;
}

/** Paired differences B - A with 95% CIs per group; zero line. */
export function deltas(
  rows: { group: string; diff: number; lo: number; hi: number; comparison: string }[],
  title: string,
): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title,
    data: { values: rows },
    width: 560,
    height: { step: 16 },
    layer: [
      // The zero line has its own one-row data and no y, so it spans the whole plot.
      {
        data: { values: [{ zero: 0 }] },
        mark: { type: "rule", color: "#999", strokeDash: [4, 3] },
        encoding: { x: { field: "zero", type: "quantitative" } },
      },
      {
        mark: { type: "rule", strokeWidth: 2 },
        encoding: {
          y: { field: "group", type: "nominal", title: null, sort: null },
          x: { field: "lo", type: "quantitative", title: "difference in mean score@k (B - A), 95% CI" },
          x2: { field: "hi" },
          color: { field: "comparison", type: "nominal" },
        },
      },
      {
        mark: { type: "point", filled: true, size: 50 },
        encoding: {
          y: { field: "group", type: "nominal", sort: null },
          x: { field: "diff", type: "quantitative" },
          color: { field: "comparison", type: "nominal" },
        },
      },
    ],
    ...FONT,
  } as TopLevelSpec;
}

/** Reliability diagram: observed frequency vs mean predicted probability per bin, with the diagonal. */
export function reliability(rows: { predicted: number; observed: number; count: number; set: string }[]): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: "Reliability of the calibrated confidence (P(label >= 7))",
    width: 320,
    height: 320,
    layer: [
      {
        data: {
          values: [
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ],
        },
        mark: { type: "line", color: "#999", strokeDash: [4, 3] },
        encoding: {
          x: { field: "x", type: "quantitative", scale: { domain: [0, 1] }, title: "mean predicted probability" },
          y: { field: "y", type: "quantitative", scale: { domain: [0, 1] }, title: "observed share rated >= 7" },
        },
      },
      {
        data: { values: rows },
        mark: { type: "line", point: true },
        encoding: {
          x: { field: "predicted", type: "quantitative" },
          y: { field: "observed", type: "quantitative" },
          color: { field: "set", type: "nominal", title: null },
          size: { value: 2 },
        },
      },
      {
        data: { values: rows },
        mark: { type: "text", dy: -10, fontSize: 10 },
        encoding: {
          x: { field: "predicted", type: "quantitative" },
          y: { field: "observed", type: "quantitative" },
          text: { field: "count", type: "quantitative" },
        },
      },
    ],
    ...FONT,
  } as TopLevelSpec;
}

/** Failure rate per edge category, stacked by failure class. */
export function edgeBars(rows: { category: string; cls: string; share: number }[]): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: "Edge cases: share of cases failing, by category and failure class",
    data: { values: rows },
    width: 560,
    height: { step: 16 },
    mark: "bar",
    encoding: {
      y: { field: "category", type: "nominal", title: null, sort: null },
      x: { field: "share", type: "quantitative", title: "share of cases in the category", axis: { format: "%" } },
      color: { field: "cls", type: "nominal", title: "failure class" },
    },
    ...FONT,
  } as TopLevelSpec;
}
