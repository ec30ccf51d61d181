/**
 * Paired bootstrap confidence intervals (Efron & Tibshirani 1993). Items are resampled with replacement
 * as pairs, so the correlation between the two systems on the same item is kept: that is what makes a
 * paired comparison far tighter than two independent means.
 *
 *   percentile: [q(alpha/2), q(1 - alpha/2)] of the B resampled statistics.
 *   BCa:        the same quantiles at adjusted levels
 *                 a_i = Phi(z0 + (z0 + z_i) / (1 - acc (z0 + z_i))),   z_i = Phi^-1(alpha/2), Phi^-1(1 - alpha/2)
 *               with bias z0 = Phi^-1(#{theta*_b < theta} / B) and acceleration from the jackknife
 *                 acc = sum (tbar - t_(i))^3 / (6 (sum (tbar - t_(i))^2)^(3/2)).
 *               BCa is second-order accurate and corrects the skew of bounded scores; cheap here because
 *               the jackknife of a mean (or ratio of means) is O(n) with running sums.
 */
import { assertFiniteArray, assertPaired, StatsError } from "./errors.js";
import { normalCdf, normalQuantile } from "./normal.js";
import { mean, quantileSorted } from "./ranks.js";
import { seededRandom } from "./rng.js";

export type CiMethod = "percentile" | "bca";

export interface BootstrapOptions {
  /** Resamples (default 10,000). */
  resamples?: number;
  /** Confidence level (default 0.95). */
  level?: number;
  /** Seed of the resampling RNG (default 1): the same seed gives the same interval. */
  seed?: number;
  /** Interval method (default "bca"). */
  method?: CiMethod;
}

export interface Interval {
  estimate: number;
  lo: number;
  hi: number;
  level: number;
  method: CiMethod;
  resamples: number;
}

/**
 * A statistic over n paired items, computed from the multiplicity of each item in a resample
 * (counts[i] = how often item i was drawn); written this way so the resample loop allocates nothing.
 */
interface WeightedStatistic {
  /** Value on a resample with the given multiplicities. */
  onCounts(counts: Uint32Array): number;
  /** Jackknife values: the statistic with item i left out, for i = 0..n-1. */
  jackknife(): number[];
  /** Value on the original sample. */
  full(): number;
}

function bootstrapInterval(n: number, stat: WeightedStatistic, opts: BootstrapOptions): Interval {
  const B = Math.floor(opts.resamples ?? 10_000);
  const level = opts.level ?? 0.95;
  const method = opts.method ?? "bca";
  if (n < 2) throw new StatsError("stats_too_few", `a bootstrap interval needs at least 2 items, got ${n}`);
  if (!(B >= 100 && B <= 1_000_000))
    throw new StatsError("stats_bad_option", `resamples must be 100..1,000,000, got ${B}`);
  if (!(level > 0 && level < 1)) throw new StatsError("stats_bad_option", `level must be in (0, 1), got ${level}`);
  const rand = seededRandom(opts.seed ?? 1);
  const counts = new Uint32Array(n);
  const thetas = new Float64Array(B);
  for (let b = 0; b < B; b++) {
    counts.fill(0);
    for (let k = 0; k < n; k++) counts[Math.floor(rand() * n)]++;
    thetas[b] = stat.onCounts(counts);
  }
  const finite = Array.from(thetas)
    .filter(Number.isFinite)
    .sort((x, y) => x - y);
  const estimate = stat.full();
  const alpha = 1 - level;
  let qLo = alpha / 2;
  let qHi = 1 - alpha / 2;
  if (method === "bca" && finite.length > 0) {
    const below = finite.filter((t) => t < estimate).length;
    const equal = finite.filter((t) => t === estimate).length;
    // Ties with the estimate count half, so a degenerate (constant) statistic gives z0 = 0, not +-inf.
    const frac = (below + equal / 2) / finite.length;
    const z0 = normalQuantile(Math.min(1 - 1e-12, Math.max(1e-12, frac)));
    const jack = stat.jackknife();
    const tbar = mean(jack);
    let num = 0;
    let den = 0;
    for (const t of jack) {
      const d = tbar - t;
      num += d * d * d;
      den += d * d;
    }
    const acc = den > 0 ? num / (6 * Math.pow(den, 1.5)) : 0;
    const adj = (z: number): number => normalCdf(z0 + (z0 + z) / (1 - acc * (z0 + z)));
    qLo = adj(normalQuantile(alpha / 2));
    qHi = adj(normalQuantile(1 - alpha / 2));
  }
  return { estimate, lo: quantileSorted(finite, qLo), hi: quantileSorted(finite, qHi), level, method, resamples: B };
}

/** Bootstrap CI of the mean of one sample (e.g. paired differences b - a). */
export function bootstrapMeanCi(xs: readonly number[], opts: BootstrapOptions = {}): Interval {
  assertFiniteArray("xs", xs);
  const n = xs.length;
  let total = 0;
  for (const x of xs) total += x;
  return bootstrapInterval(
    n,
    {
      onCounts(counts) {
        let s = 0;
        for (let i = 0; i < n; i++) s += counts[i] * xs[i];
        return s / n;
      },
      jackknife: () => xs.map((x) => (total - x) / (n - 1)),
      full: () => total / n,
    },
    opts,
  );
}

/** Bootstrap CI of the paired mean difference mean(b - a). */
export function pairedMeanDiffCi(a: readonly number[], b: readonly number[], opts: BootstrapOptions = {}): Interval {
  assertPaired(a, b);
  return bootstrapMeanCi(
    a.map((x, i) => b[i] - x),
    opts,
  );
}

/**
 * Relative improvement mean(b) / mean(a) - 1 with a paired bootstrap CI (the ratio of means is resampled
 * as a whole: both means come from the same resampled items). Undefined when mean(a) <= 0.
 */
export function relativeImprovementCi(
  a: readonly number[],
  b: readonly number[],
  opts: BootstrapOptions = {},
): Interval {
  assertPaired(a, b);
  const n = a.length;
  let sa = 0;
  let sb = 0;
  for (let i = 0; i < n; i++) {
    sa += a[i];
    sb += b[i];
  }
  if (!(sa > 0))
    throw new StatsError("stats_bad_baseline", "relative improvement needs a baseline with a positive mean");
  return bootstrapInterval(
    n,
    {
      onCounts(counts) {
        let ra = 0;
        let rb = 0;
        for (let i = 0; i < n; i++) {
          ra += counts[i] * a[i];
          rb += counts[i] * b[i];
        }
        return ra > 0 ? rb / ra - 1 : NaN;
      },
      jackknife: () => a.map((x, i) => (sb - b[i]) / (sa - x) - 1),
      full: () => sb / sa - 1,
    },
    opts,
  );
}

export { mean };
