/**
 * One call that summarises a paired comparison of system B against baseline A on the same items.
 */
import { pairedMeanDiffCi, relativeImprovementCi, type BootstrapOptions, type Interval } from "./bootstrap.js";
import { assertPaired } from "./errors.js";
import { mean, sd } from "./ranks.js";
import { wilcoxonSignedRank, type WilcoxonResult } from "./wilcoxon.js";

export interface WinTieLoss {
  wins: number;
  ties: number;
  losses: number;
}

/** Counts items where b beats a by more than `tolerance`, loses by more, or ties within it. */
export function winTieLoss(a: readonly number[], b: readonly number[], tolerance = 1e-9): WinTieLoss {
  assertPaired(a, b);
  const r: WinTieLoss = { wins: 0, ties: 0, losses: 0 };
  for (let i = 0; i < a.length; i++) {
    const d = b[i] - a[i];
    if (d > tolerance) r.wins++;
    else if (d < -tolerance) r.losses++;
    else r.ties++;
  }
  return r;
}

export interface PairedComparison {
  n: number;
  meanA: number;
  meanB: number;
  /** mean(b - a) with its bootstrap CI. */
  diff: Interval;
  /** Cohen's d_z = mean(d) / sd(d), the paired effect size. */
  effectSize: number;
  /** mean(b) / mean(a) - 1 with its bootstrap CI; null when mean(a) <= 0. */
  relative: Interval | null;
  wilcoxon: WilcoxonResult;
  winTieLoss: WinTieLoss;
}

export function comparePaired(
  a: readonly number[],
  b: readonly number[],
  opts: BootstrapOptions & { tieTolerance?: number } = {},
): PairedComparison {
  assertPaired(a, b);
  const d = a.map((x, i) => b[i] - x);
  const meanA = mean(a);
  const sdD = sd(d);
  return {
    n: a.length,
    meanA,
    meanB: mean(b),
    diff: pairedMeanDiffCi(a, b, opts),
    effectSize: sdD > 0 ? mean(d) / sdD : 0,
    relative: meanA > 0 ? relativeImprovementCi(a, b, opts) : null,
    wilcoxon: wilcoxonSignedRank(a, b),
    winTieLoss: winTieLoss(a, b, opts.tieTolerance),
  };
}
