/**
 * `eval compare`: a paired comparison of two runs on the items they share (matched by id). The primary
 * metric is score@k; the answer carries a BCa bootstrap CI of the mean difference, the Wilcoxon signed-rank
 * p-value, win/tie/loss, the relative change, per-category and per-language breakdowns (percentile CIs,
 * Holm-adjusted p-values, since many groups are tested at once), secondary metrics, and a recommendation.
 */
import { EvalError } from "./errors.js";
import {
  comparePaired,
  mean,
  pairedMeanDiffCi,
  wilcoxonSignedRank,
  winTieLoss,
  type Interval,
  type PairedComparison,
  type WinTieLoss,
} from "./stats/index.js";
import { locateRun, readConfig, readItems, type ItemRecord, type RunConfig } from "./run/store.js";

export interface GroupComparison {
  group: string;
  n: number;
  meanA: number;
  meanB: number;
  diff: Interval | null;
  p: number;
  /** Holm-Bonferroni adjusted over the groups of the same breakdown. */
  pHolm: number;
  winTieLoss: WinTieLoss;
}

export interface SecondaryDiff {
  metric: string;
  n: number;
  meanA: number;
  meanB: number;
  diff: Interval | null;
}

export interface RunComparison {
  runA: { id: string; dir: string; generator: string; judge: string; items: number };
  runB: { id: string; dir: string; generator: string; judge: string; items: number };
  shared: number;
  onlyA: number;
  onlyB: number;
  metric: string;
  overall: PairedComparison;
  byCategory: GroupComparison[];
  byLanguage: GroupComparison[];
  secondary: SecondaryDiff[];
  recommendation: string;
  /** Reasons the comparison may be confounded (different code, data or k between the runs). */
  warnings: string[];
}

export interface CompareOptions {
  resamples?: number;
  seed?: number;
  /** Significance level of the recommendation (default 0.05). */
  alpha?: number;
  /** Allow runs judged by different judges (their scores are then not on one scale). */
  allowDifferentJudges?: boolean;
  /** Smallest group size given its own CI and test (default 10). */
  minGroup?: number;
}

/** Holm-Bonferroni step-down adjustment: p_(i) * (m - i + 1), made monotone, capped at 1. */
export function holm(ps: readonly number[]): number[] {
  const m = ps.length;
  const order = ps.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(m);
  let running = 0;
  order.forEach(([p, i], rank) => {
    running = Math.max(running, Math.min(1, p * (m - rank)));
    out[i] = running;
  });
  return out;
}

function groupCompare(
  pairs: [ItemRecord, ItemRecord][],
  key: (r: ItemRecord) => string,
  opts: CompareOptions,
): GroupComparison[] {
  const groups = new Map<string, [ItemRecord, ItemRecord][]>();
  for (const pr of pairs) {
    const k = key(pr[0]);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(pr);
  }
  const rows: GroupComparison[] = [];
  for (const [group, list] of [...groups.entries()].sort(
    (x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0]),
  )) {
    const a = list.map((p) => p[0].metrics.score);
    const b = list.map((p) => p[1].metrics.score);
    const big = list.length >= (opts.minGroup ?? 10);
    rows.push({
      group,
      n: list.length,
      meanA: mean(a),
      meanB: mean(b),
      diff: big ? pairedMeanDiffCi(a, b, { resamples: 2000, seed: opts.seed ?? 1, method: "percentile" }) : null,
      p: big ? wilcoxonSignedRank(a, b).p : NaN,
      pHolm: NaN,
      winTieLoss: winTieLoss(a, b),
    });
  }
  const tested = rows.filter((r) => Number.isFinite(r.p));
  const adj = holm(tested.map((r) => r.p));
  tested.forEach((r, i) => (r.pHolm = adj[i]));
  return rows;
}

function secondary(
  pairs: [ItemRecord, ItemRecord][],
  metric: string,
  get: (r: ItemRecord) => number | null,
  seed: number,
): SecondaryDiff {
  const a: number[] = [];
  const b: number[] = [];
  for (const [x, y] of pairs) {
    const va = get(x);
    const vb = get(y);
    if (va === null || vb === null || !Number.isFinite(va) || !Number.isFinite(vb)) continue;
    a.push(va);
    b.push(vb);
  }
  return {
    metric,
    n: a.length,
    meanA: a.length ? mean(a) : NaN,
    meanB: b.length ? mean(b) : NaN,
    diff: a.length >= 2 ? pairedMeanDiffCi(a, b, { resamples: 2000, seed, method: "percentile" }) : null,
  };
}

function fmtP(p: number): string {
  if (!Number.isFinite(p)) return "n/a";
  return p < 1e-4 ? p.toExponential(1) : p.toFixed(4);
}

export function recommend(c: PairedComparison, alpha: number, labelB: string, labelA: string): string {
  const d = c.diff;
  const rel = c.relative ? ` (${c.relative.estimate >= 0 ? "+" : ""}${(c.relative.estimate * 100).toFixed(1)}%)` : "";
  const ci = `CI ${d.lo.toFixed(2)}..${d.hi.toFixed(2)}`;
  const p = fmtP(c.wilcoxon.p);
  if (d.lo > 0 && c.wilcoxon.p < alpha)
    return `deploy B (${labelB}): ${d.estimate >= 0 ? "+" : ""}${d.estimate.toFixed(2)}${rel} (${ci}), p = ${p}`;
  if (d.hi < 0 && c.wilcoxon.p < alpha)
    return `keep A (${labelA}): B is worse by ${(-d.estimate).toFixed(2)}${rel} (${ci}), p = ${p}`;
  return `no significant difference: ${d.estimate >= 0 ? "+" : ""}${d.estimate.toFixed(2)}${rel} (${ci}), p = ${p}; keep A (${labelA}) or collect more items`;
}

export function compareRuns(specA: string, specB: string, opts: CompareOptions = {}): RunComparison {
  const dirA = locateRun(specA);
  const dirB = locateRun(specB);
  const ca: RunConfig = readConfig(dirA);
  const cb: RunConfig = readConfig(dirB);
  if (ca.judge !== cb.judge && !opts.allowDifferentJudges) {
    throw new EvalError(
      "eval_judge_mismatch",
      `runs were judged by different judges (${ca.judge} vs ${cb.judge}); their scores are not on one scale. Re-run one with the other's judge, or pass --allow-different-judges`,
    );
  }
  const ia = readItems(dirA);
  const ib = new Map(readItems(dirB).map((r) => [r.id, r]));
  const pairs: [ItemRecord, ItemRecord][] = [];
  for (const r of ia) {
    const other = ib.get(r.id);
    if (other) pairs.push([r, other]);
  }
  if (pairs.length < 2)
    throw new EvalError(
      "eval_no_overlap",
      `runs ${ca.id} and ${cb.id} share ${pairs.length} items; a paired comparison needs at least 2 (run both on the same data)`,
    );
  const a = pairs.map((p) => p[0].metrics.score);
  const b = pairs.map((p) => p[1].metrics.score);
  const overall = comparePaired(a, b, { resamples: opts.resamples ?? 10_000, seed: opts.seed ?? 1, method: "bca" });
  const seed = opts.seed ?? 1;
  return {
    runA: { id: ca.id, dir: dirA, generator: ca.generator.name, judge: ca.judge, items: ia.length },
    runB: { id: cb.id, dir: dirB, generator: cb.generator.name, judge: cb.judge, items: ib.size },
    shared: pairs.length,
    onlyA: ia.length - pairs.length,
    onlyB: ib.size - pairs.length,
    metric: `score@${ca.topK} (${ca.judge})`,
    overall,
    byCategory: groupCompare(pairs, (r) => r.category, opts),
    byLanguage: groupCompare(pairs, (r) => r.language ?? "unknown", opts),
    secondary: [
      secondary(pairs, "validity", (r) => r.metrics.validity, seed),
      secondary(pairs, "duplicates", (r) => r.metrics.duplicates, seed),
      secondary(pairs, "constraint satisfaction", (r) => r.metrics.constraintSatisfaction, seed),
      secondary(pairs, "language match", (r) => r.metrics.languageMatch, seed),
      secondary(pairs, "names returned", (r) => r.metrics.count, seed),
      secondary(pairs, "latency ms", (r) => r.latencyMs, seed),
    ],
    recommendation: recommend(overall, opts.alpha ?? 0.05, cb.generator.name, ca.generator.name),
    warnings: confounders(ca, cb),
  };
}

/** What differs between two runs besides the generator: any of it can explain a difference. */
function confounders(a: RunConfig, b: RunConfig): string[] {
  const w: string[] = [];
  const rev = (c: RunConfig): string => `${c.versions.code.rev ?? "unknown"}${c.versions.code.dirty ? "+dirty" : ""}`;
  if (rev(a) !== rev(b) || a.versions.code.dirty || b.versions.code.dirty) {
    if (rev(a) !== rev(b))
      w.push(
        `the runs used different code (${rev(a).slice(0, 16)} vs ${rev(b).slice(0, 16)}): re-run both on one revision for a clean comparison`,
      );
    else w.push("the runs were made from a working tree with uncommitted changes: the code cannot be traced exactly");
  }
  if (a.versions.data.sha256 !== b.versions.data.sha256)
    w.push("the runs used different data files (items are still paired by id)");
  if (a.topK !== b.topK) w.push(`the runs use different k (${a.topK} vs ${b.topK})`);
  if (JSON.stringify(a.versions.model) !== JSON.stringify(b.versions.model) && a.versions.model && b.versions.model)
    w.push("the runs used different models (expected when comparing models)");
  return w;
}

/** Plain-text rendering for the terminal. */
export function formatComparison(c: RunComparison): string {
  const o = c.overall;
  const L: string[] = [];
  L.push(`A: ${c.runA.id}  (${c.runA.generator}, judge ${c.runA.judge})`);
  L.push(`B: ${c.runB.id}  (${c.runB.generator}, judge ${c.runB.judge})`);
  L.push(
    `paired items: ${c.shared}${c.onlyA || c.onlyB ? `  (only in A: ${c.onlyA}, only in B: ${c.onlyB})` : ""}   metric: ${c.metric}`,
  );
  L.push("");
  L.push(`mean A ${o.meanA.toFixed(3)}   mean B ${o.meanB.toFixed(3)}`);
  L.push(
    `difference B - A: ${o.diff.estimate.toFixed(3)}  95% CI ${o.diff.lo.toFixed(3)} .. ${o.diff.hi.toFixed(3)} (BCa bootstrap, ${o.diff.resamples} resamples)`,
  );
  if (o.relative)
    L.push(
      `relative: ${(o.relative.estimate * 100).toFixed(2)}%  95% CI ${(o.relative.lo * 100).toFixed(2)}% .. ${(o.relative.hi * 100).toFixed(2)}%`,
    );
  L.push(
    `Wilcoxon signed-rank: W+ = ${o.wilcoxon.wPlus}, W- = ${o.wilcoxon.wMinus}, z = ${o.wilcoxon.z.toFixed(3)}, p = ${fmtP(o.wilcoxon.p)} (${o.wilcoxon.method}, ${o.wilcoxon.zeros} zero differences dropped)`,
  );
  L.push(
    `win/tie/loss (B vs A): ${o.winTieLoss.wins}/${o.winTieLoss.ties}/${o.winTieLoss.losses}   effect size d_z = ${o.effectSize.toFixed(3)}`,
  );
  const table = (title: string, rows: GroupComparison[]): void => {
    L.push("");
    L.push(`${title}:`);
    L.push(
      `  ${"group".padEnd(24)} ${"n".padStart(5)} ${"A".padStart(6)} ${"B".padStart(6)} ${"B-A".padStart(7)}  ${"95% CI".padEnd(17)} ${"p".padStart(8)} ${"p(Holm)".padStart(8)}  W/T/L`,
    );
    for (const r of rows) {
      const ci = r.diff ? `${r.diff.lo.toFixed(2)}..${r.diff.hi.toFixed(2)}` : "(n < min)";
      L.push(
        `  ${r.group.slice(0, 24).padEnd(24)} ${String(r.n).padStart(5)} ${r.meanA.toFixed(2).padStart(6)} ${r.meanB.toFixed(2).padStart(6)} ${(r.meanB - r.meanA).toFixed(2).padStart(7)}  ${ci.padEnd(17)} ${fmtP(r.p).padStart(8)} ${fmtP(r.pHolm).padStart(8)}  ${r.winTieLoss.wins}/${r.winTieLoss.ties}/${r.winTieLoss.losses}`,
      );
    }
  };
  table("per language", c.byLanguage);
  table("per category", c.byCategory);
  L.push("");
  L.push("other metrics (not used by the ranking):");
  for (const s of c.secondary)
    L.push(
      `  ${s.metric.padEnd(24)} A ${s.meanA.toFixed(3).padStart(8)}  B ${s.meanB.toFixed(3).padStart(8)}  B-A ${s.diff ? `${s.diff.estimate.toFixed(3)} (CI ${s.diff.lo.toFixed(3)}..${s.diff.hi.toFixed(3)})` : "n/a"}  n=${s.n}`,
    );
  for (const w of c.warnings) L.push(`warning: ${w}`);
  L.push("");
  L.push(`recommendation: ${c.recommendation}`);
  return L.join("\n");
}
