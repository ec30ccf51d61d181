/**
 * Wilcoxon signed-rank test for paired samples (H0: the differences d = b - a are symmetric about 0).
 *
 * Zeros: "wilcox" (default, as scipy) drops zero differences before ranking; "pratt" ranks them with the
 * rest and then drops their ranks (more conservative with many zeros).
 * Statistic: W+ = sum of the ranks of |d| over positive d (average ranks for ties); W- = total - W+.
 * Exact: with n <= 50 non-zero differences, no ties and zeros dropped, the null distribution of W+ is the
 *   number of subsets of {1..n} with that sum over 2^n, counted by dynamic programming in O(n^3).
 * Normal approximation otherwise:
 *   E[W+] = n(n+1)/4 (pratt: (n(n+1) - n0(n0+1))/4 with n0 zeros),
 *   Var[W+] = n(n+1)(2n+1)/24 - sum_t (t^3 - t)/48 (tie correction over non-zero |d|; pratt also
 *   subtracts n0(n0+1)(2n0+1)/24),
 *   z = (W+ - E) / sqrt(Var), optionally with a 0.5 continuity correction toward E.
 * Two-sided p = 2 min(P(W+ <= w), P(W+ >= w)), capped at 1. These match scipy.stats.wilcoxon.
 */
import { assertPaired, assertFiniteArray, StatsError } from "./errors.js";
import { normalCdf } from "./normal.js";
import { averageRanks } from "./ranks.js";

export type Alternative = "two-sided" | "greater" | "less";

export interface WilcoxonOptions {
  zeroMethod?: "wilcox" | "pratt";
  /** "auto" (default): exact when n <= 50, no ties and no zeros; else the normal approximation. */
  method?: "auto" | "exact" | "approx";
  /** Continuity correction in the normal approximation (default false, as scipy). */
  correction?: boolean;
  /** "greater": b tends to exceed a (d > 0). Default "two-sided". */
  alternative?: Alternative;
}

export interface WilcoxonResult {
  /** Sum of positive ranks W+. */
  wPlus: number;
  /** Sum of negative ranks W-. */
  wMinus: number;
  /** min(W+, W-) (what scipy reports as the two-sided statistic). */
  statistic: number;
  /** Non-zero differences that were ranked. */
  n: number;
  zeros: number;
  /** Standardised W+ (normal approximation), NaN for the exact method. */
  z: number;
  p: number;
  method: "exact" | "approx";
}

export function wilcoxonSignedRank(
  a: readonly number[],
  b: readonly number[],
  opts: WilcoxonOptions = {},
): WilcoxonResult {
  assertPaired(a, b);
  return wilcoxonOneSample(
    a.map((x, i) => b[i] - x),
    opts,
  );
}

/** The signed-rank test on differences directly. */
export function wilcoxonOneSample(d: readonly number[], opts: WilcoxonOptions = {}): WilcoxonResult {
  assertFiniteArray("d", d);
  const zeroMethod = opts.zeroMethod ?? "wilcox";
  const alternative = opts.alternative ?? "two-sided";
  const zeros = d.filter((x) => x === 0).length;
  const kept = zeroMethod === "wilcox" ? d.filter((x) => x !== 0) : d.slice();
  const { ranks, tieSizes } = averageRanks(kept.map(Math.abs));
  let wPlus = 0;
  let wMinus = 0;
  for (let i = 0; i < kept.length; i++) {
    if (kept[i] > 0) wPlus += ranks[i];
    else if (kept[i] < 0) wMinus += ranks[i];
  }
  const n = kept.length - (zeroMethod === "pratt" ? zeros : 0);
  const nRanked = kept.length;
  const statistic = Math.min(wPlus, wMinus);
  if (n === 0) return { wPlus, wMinus, statistic, n, zeros, z: NaN, p: 1, method: "approx" };

  const nonTrivialTies = tieSizes.filter((t) => t > 1);
  const exactOk = nRanked <= 50 && nonTrivialTies.length === 0 && (zeros === 0 || zeroMethod === "wilcox");
  const method = opts.method === "exact" || (opts.method !== "approx" && exactOk) ? "exact" : "approx";
  if (method === "exact") {
    if (!exactOk)
      throw new StatsError(
        "stats_exact_unavailable",
        'the exact Wilcoxon distribution needs <= 50 differences without ties or zeros; use method "approx"',
      );
    const p = exactP(nRanked, wPlus, alternative);
    return { wPlus, wMinus, statistic, n, zeros, z: NaN, p, method };
  }
  let meanW = (nRanked * (nRanked + 1)) / 4;
  let varW = (nRanked * (nRanked + 1) * (2 * nRanked + 1)) / 24;
  if (zeroMethod === "pratt" && zeros > 0) {
    // Ranks 1..zeros went to the zeros (the smallest |d|); removing them shifts mean and variance.
    meanW -= (zeros * (zeros + 1)) / 4;
    varW -= (zeros * (zeros + 1) * (2 * zeros + 1)) / 24;
  }
  // The zeros' own tie group (pratt) is not tie-corrected: its ranks were removed above.
  const tieGroups = zeroMethod === "pratt" && zeros > 1 ? dropOne(tieSizes, zeros) : tieSizes;
  for (const t of tieGroups) varW -= (t * t * t - t) / 48;
  const sdW = Math.sqrt(varW);
  let diff = wPlus - meanW;
  if (opts.correction) {
    const cc = alternative === "two-sided" ? 0.5 * Math.sign(diff) : alternative === "greater" ? 0.5 : -0.5;
    diff -= cc;
  }
  const z = sdW > 0 ? diff / sdW : 0;
  const p =
    alternative === "two-sided"
      ? Math.min(1, 2 * normalCdf(-Math.abs(z)))
      : alternative === "greater"
        ? normalCdf(-z)
        : normalCdf(z);
  return { wPlus, wMinus, statistic, n, zeros, z, p, method };
}

/** Exact p-value of W+ = w for n untied non-zero differences: counts[s] = #subsets of {1..n} summing to s. */
function exactP(n: number, w: number, alternative: Alternative): number {
  const max = (n * (n + 1)) / 2;
  // Counts reach C(50, 25) ~ 1.3e14 < 2^53, so doubles stay exact.
  const counts = new Float64Array(max + 1);
  counts[0] = 1;
  for (let k = 1; k <= n; k++) for (let s = max; s >= k; s--) counts[s] += counts[s - k];
  const total = Math.pow(2, n);
  let le = 0;
  let ge = 0;
  for (let s = 0; s <= max; s++) {
    if (s <= w) le += counts[s];
    if (s >= w) ge += counts[s];
  }
  if (alternative === "greater") return ge / total;
  if (alternative === "less") return le / total;
  return Math.min(1, (2 * Math.min(le, ge)) / total);
}

/** tieSizes without one group of the given size (the zeros' group, which is always the first, smallest |d|). */
function dropOne(sizes: readonly number[], size: number): number[] {
  const i = sizes.indexOf(size);
  return i < 0 ? sizes.slice() : [...sizes.slice(0, i), ...sizes.slice(i + 1)];
}
