/**
 * `namewright report <run> [<run>...]`: a Markdown file (charts as SVG files beside it) and one
 * self-contained HTML page (charts inline as SVG, no script, no network) summarising the runs, their
 * paired comparisons against the first run, the calibrated confidence's reliability, judge agreement
 * with the calibration set, and the edge-case frequencies when an edge summary is given.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { builtPath } from "../../core/paths.js";
import { loadCalibrationSet } from "../calibration/set.js";
import { fitConfidence } from "../calibration/confidence.js";
import { agreementWithLabels, judgeScores } from "../calibration/validate.js";
import { compareRuns } from "../compare.js";
import type { EdgeSummary } from "../edge/report.js";
import { FAILURE_CLASSES } from "../edge/types.js";
import { EvalError } from "../errors.js";
import { RubricJudge } from "../judges/rubric.js";
import { aggregate } from "../run/aggregate.js";
import { locateRun, readConfig, readItems } from "../run/store.js";
import { expectedCalibrationError, reliabilityBins } from "../stats/index.js";
import { deltas, edgeBars, groupBars, reliability, scoreDistribution } from "./charts.js";
import { renderSvg } from "./svg.js";

export interface ReportOptions {
  /** Output folder (default "reports/<first run id>"). */
  out?: string;
  /** Path of an edge summary JSON written by `namewright edge --out`. */
  edge?: string;
  /** Include the calibration and judge-agreement section (default true). */
  calibration?: boolean;
  /** Most categories shown in the per-category chart (default 15, by item count). */
  maxCategories?: number;
}

type Block =
  | { kind: "h"; text: string }
  | { kind: "p"; text: string }
  | { kind: "table"; head: string[]; rows: string[][] }
  | { kind: "chart"; name: string; spec: TopLevelSpec; svg?: string };

const f2 = (x: number | null | undefined): string =>
  x === null || x === undefined || !Number.isFinite(x) ? "n/a" : x.toFixed(2);
const f3 = (x: number | null | undefined): string =>
  x === null || x === undefined || !Number.isFinite(x) ? "n/a" : x.toFixed(3);
const pct = (x: number | null | undefined): string =>
  x === null || x === undefined || !Number.isFinite(x) ? "n/a" : `${(100 * x).toFixed(1)}%`;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

export interface ReportResult {
  dir: string;
  markdownPath: string;
  htmlPath: string;
  charts: string[];
}

export async function buildReport(runSpecs: readonly string[], opts: ReportOptions = {}): Promise<ReportResult> {
  if (runSpecs.length === 0)
    throw new EvalError("eval_report_no_runs", "name at least one run folder (or id under runs/) to report on");
  const runs = runSpecs.map((s) => {
    const dir = locateRun(s);
    const config = readConfig(dir);
    const items = readItems(dir);
    return { dir, config, items, agg: aggregate(items, config.topK) };
  });
  const blocks: Block[] = [];
  blocks.push({ kind: "h", text: "Runs" });
  blocks.push({
    kind: "table",
    head: [
      "run",
      "generator",
      "judge",
      "items",
      `mean score@k [95% CI]`,
      "validity",
      "duplicates",
      "constraints met",
      "language match",
      "latency p50 / p95 ms",
      "statuses",
      "code",
      "data",
    ],
    rows: runs.map(({ config: c, agg: a }) => [
      c.id,
      c.generator.name,
      c.judge,
      String(a.n),
      `${f2(a.score.estimate)} [${f2(a.score.lo)}, ${f2(a.score.hi)}]`,
      pct(a.validity),
      pct(a.duplicates),
      `${pct(a.constraintSatisfaction.mean)} (${a.constraintSatisfaction.items} items)`,
      pct(a.languageMatch.mean),
      `${a.latencyMs.p50.toFixed(0)} / ${a.latencyMs.p95.toFixed(0)}`,
      Object.entries(a.statuses)
        .map(([k, v]) => `${k} ${v}`)
        .join(", "),
      `${(c.versions.code.rev ?? "unknown").slice(0, 10)}${c.versions.code.dirty ? "+dirty" : ""}`,
      c.versions.data.sha256.slice(0, 12),
    ]),
  });
  blocks.push({
    kind: "chart",
    name: "score-distribution",
    spec: scoreDistribution(runs.flatMap((r) => r.items.map((it) => ({ run: r.config.id, score: it.metrics.score })))),
  });
  const maxCat = opts.maxCategories ?? 15;
  const topCats = Object.entries(runs[0].agg.byCategory)
    .sort((a, b) => b[1].n - a[1].n)
    .slice(0, maxCat)
    .map(([k]) => k);
  blocks.push({
    kind: "chart",
    name: "per-language",
    spec: groupBars(
      runs.flatMap((r) =>
        Object.entries(r.agg.byLanguage).map(([group, g]) => ({
          run: r.config.id,
          group,
          mean: g.score.estimate,
          lo: g.score.lo,
          hi: g.score.hi,
        })),
      ),
      "Mean score@k per language (95% CI)",
    ),
  });
  blocks.push({
    kind: "chart",
    name: "per-category",
    spec: groupBars(
      runs.flatMap((r) =>
        Object.entries(r.agg.byCategory)
          .filter(([k]) => topCats.includes(k))
          .map(([group, g]) => ({ run: r.config.id, group, mean: g.score.estimate, lo: g.score.lo, hi: g.score.hi })),
      ),
      `Mean score@k per category (${topCats.length} largest, 95% CI)`,
    ),
  });

  if (runs.length >= 2) {
    blocks.push({ kind: "h", text: "Paired comparisons against the first run" });
    const rows: { group: string; diff: number; lo: number; hi: number; comparison: string }[] = [];
    const table: string[][] = [];
    const warnings: string[] = [];
    for (const r of runs.slice(1)) {
      const c = compareRuns(runs[0].dir, r.dir, { allowDifferentJudges: false });
      for (const w of c.warnings) warnings.push(`${c.runB.id} vs ${c.runA.id}: ${w}`);
      const name = `${c.runB.id} - ${c.runA.id}`;
      const o = c.overall;
      table.push([
        name,
        String(c.shared),
        f3(o.diff.estimate),
        `${f3(o.diff.lo)} .. ${f3(o.diff.hi)}`,
        o.relative ? `${(100 * o.relative.estimate).toFixed(2)}%` : "n/a",
        o.wilcoxon.p.toExponential(2),
        `${o.winTieLoss.wins}/${o.winTieLoss.ties}/${o.winTieLoss.losses}`,
        c.recommendation,
      ]);
      rows.push({ group: "ALL", diff: o.diff.estimate, lo: o.diff.lo, hi: o.diff.hi, comparison: name });
      for (const g of c.byLanguage)
        if (g.diff)
          rows.push({
            group: `lang ${g.group}`,
            diff: g.diff.estimate,
            lo: g.diff.lo,
            hi: g.diff.hi,
            comparison: name,
          });
      for (const g of c.byCategory.slice(0, maxCat))
        if (g.diff)
          rows.push({ group: g.group, diff: g.diff.estimate, lo: g.diff.lo, hi: g.diff.hi, comparison: name });
    }
    blocks.push({
      kind: "table",
      head: [
        "comparison",
        "paired items",
        "B - A",
        "95% CI (BCa)",
        "relative",
        "Wilcoxon p",
        "W/T/L",
        "recommendation",
      ],
      rows: table,
    });
    for (const w of warnings) blocks.push({ kind: "p", text: `Warning: ${w}` });
    blocks.push({
      kind: "chart",
      name: "deltas",
      spec: deltas(rows, "Paired differences with 95% CIs (overall, per language, per category)"),
    });
  }

  if (opts.calibration ?? true) {
    const pairs = loadCalibrationSet();
    const fit = fitConfidence(pairs);
    const oofBins = reliabilityBins(fit.outOfFold, fit.outcomes, 10).filter((b) => b.count > 0);
    const relRows = [
      ...oofBins.map((b) => ({
        predicted: b.meanPredicted,
        observed: b.observed,
        count: b.count,
        set: "5-fold out-of-fold",
      })),
      ...fit.file.holdout.bins
        .filter((b) => b.count > 0)
        .map((b) => ({
          predicted: b.meanPredicted,
          observed: b.observed,
          count: b.count,
          set: "30% grouped hold-out",
        })),
    ];
    blocks.push({ kind: "h", text: "Calibrated confidence and judge agreement" });
    const cv = fit.file.crossValidation;
    blocks.push({
      kind: "p",
      text: `Target: P(careful judge rates the name >= 7/10). Calibration set: ${pairs.length} hand-labelled pairs (${fit.file.fittedOn.positives} rated >= 7). Chosen model: ${fit.file.chosen.kind} (lowest out-of-fold Brier score). Out-of-fold ECE ${f3(expectedCalibrationError(fit.outOfFold, fit.outcomes))}, grouped hold-out ECE ${f3(fit.file.holdout.ece)} on ${fit.file.holdout.pairs} pairs. Discrimination is what limits it: out-of-fold AUC ${f3(cv[fit.file.chosen.kind].auc)}, Brier ${f3(cv[fit.file.chosen.kind].brier)} against ${f3(fit.file.baseRateBrier)} for always predicting the base rate.`,
    });
    blocks.push({
      kind: "table",
      head: ["model", "log-loss", "Brier", "ECE", "AUC"],
      rows: Object.entries(cv).map(([k, v]) => [k, f3(v.logLoss), f3(v.brier), f3(v.ece), f3(v.auc)]),
    });
    blocks.push({ kind: "chart", name: "reliability", spec: reliability(relRows) });
    const rubric = agreementWithLabels("rubric", await judgeScores(new RubricJudge(), pairs), pairs);
    const rows = [
      [rubric.judge, String(rubric.n), f3(rubric.spearman), f3(rubric.pearson), f3(rubric.qwk), f2(rubric.bias)],
    ];
    // Agreement of LLM judges, written by `namewright eval validate-judge` (they need an endpoint or a model).
    const extraPath = builtPath("calibration", "agreement.json");
    if (existsSync(extraPath)) {
      try {
        const extra = JSON.parse(readFileSync(extraPath, "utf8")) as {
          judge: string;
          n: number;
          spearman: number;
          pearson: number;
          qwk: number;
          bias: number;
        }[];
        for (const e of extra)
          if (e.judge !== "rubric")
            rows.push([e.judge, String(e.n), f3(e.spearman), f3(e.pearson), f3(e.qwk), f2(e.bias)]);
      } catch {
        // a broken agreement file is ignored here; `eval validate-judge` rewrites it
      }
    }
    blocks.push({
      kind: "table",
      head: ["judge", "pairs", "Spearman rho", "Pearson r", "QWK (4 buckets)", "mean bias (judge - label)"],
      rows,
    });
  }

  if (opts.edge) {
    let s: EdgeSummary;
    try {
      s = JSON.parse(readFileSync(opts.edge, "utf8")) as EdgeSummary;
      if (!Array.isArray(s.byCategory)) throw new Error("no byCategory");
    } catch (e) {
      throw new EvalError(
        "eval_report_bad_edge",
        `${opts.edge} is not an edge summary (${(e as Error).message}); write one with \`namewright edge --out DIR\``,
      );
    }
    blocks.push({ kind: "h", text: "Edge-case discovery" });
    const classes = FAILURE_CLASSES.filter((c) => (s.byClass[c] ?? 0) > 0);
    blocks.push({
      kind: "table",
      head: ["category", "cases", "failing", ...classes],
      rows: [
        ...s.byCategory.map((r) => [
          r.category,
          String(r.n),
          `${r.failing} (${pct(r.failing / r.n)})`,
          ...classes.map((c) => String(r.counts[c] ?? 0)),
        ]),
        [
          "all",
          String(s.total),
          `${s.failing} (${pct(s.failing / Math.max(1, s.total))})`,
          ...classes.map((c) => String(s.byClass[c] ?? 0)),
        ],
      ],
    });
    blocks.push({
      kind: "chart",
      name: "edge",
      spec: edgeBars(
        s.byCategory.flatMap((r) =>
          classes
            .filter((c) => r.counts[c])
            .map((c) => ({ category: r.category, cls: c, share: (r.counts[c] ?? 0) / r.n })),
        ),
      ),
    });
    blocks.push({
      kind: "table",
      head: ["category", "class", "example", "detail"],
      rows: s.examples.map((e) => [e.category, e.cls, e.input.slice(0, 120), e.detail.slice(0, 160)]),
    });
  }

  const dir = opts.out ?? join("reports", runs[0].config.id);
  mkdirSync(join(dir, "charts"), { recursive: true });
  const charts: string[] = [];
  for (const b of blocks) {
    if (b.kind !== "chart") continue;
    b.svg = await renderSvg(b.spec);
    const p = join(dir, "charts", `${b.name}.svg`);
    writeFileSync(p, b.svg);
    charts.push(p);
  }
  const title = `Namewright evaluation report: ${runs.map((r) => r.config.id).join(" vs ")}`;
  const md = toMarkdown(title, blocks);
  const html = toHtml(title, blocks);
  const markdownPath = join(dir, "report.md");
  const htmlPath = join(dir, "report.html");
  writeFileSync(markdownPath, md);
  writeFileSync(htmlPath, html);
  return { dir, markdownPath, htmlPath, charts };
}

function mdCell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function toMarkdown(title: string, blocks: Block[]): string {
  const L: string[] = [
    `# ${title}`,
    "",
    `Generated ${new Date().toISOString()}. Charts are SVG files in charts/; report.html holds the same content in one offline page.`,
    "",
  ];
  for (const b of blocks) {
    if (b.kind === "h") L.push(`## ${b.text}`, "");
    else if (b.kind === "p") L.push(b.text, "");
    else if (b.kind === "table")
      L.push(
        `| ${b.head.map(mdCell).join(" | ")} |`,
        `|${b.head.map(() => "---").join("|")}|`,
        ...b.rows.map((r) => `| ${r.map(mdCell).join(" | ")} |`),
        "",
      );
    else L.push(`![${b.name}](charts/${b.name}.svg)`, "");
  }
  return L.join("\n");
}

function toHtml(title: string, blocks: Block[]): string {
  const body: string[] = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">Generated ${new Date().toISOString()}. Self-contained: no scripts, no network.</p>`,
  ];
  for (const b of blocks) {
    if (b.kind === "h") body.push(`<h2>${escapeHtml(b.text)}</h2>`);
    else if (b.kind === "p") body.push(`<p>${escapeHtml(b.text)}</p>`);
    else if (b.kind === "table")
      body.push(
        `<table><thead><tr>${b.head.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("")}</tbody></table>`,
      );
    else body.push(`<figure>${b.svg ?? ""}</figure>`);
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body{font-family:Helvetica,Arial,sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px}
h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ddd;padding-bottom:4px}
table{border-collapse:collapse;font-size:12px;margin:8px 0 16px}th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f4f4f4}figure{margin:12px 0}.meta{color:#666;font-size:12px}
</style></head><body>
${body.join("\n")}
</body></html>
`;
}
