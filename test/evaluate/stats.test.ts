import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  averageRanks,
  bootstrapMeanCi,
  brierScore,
  bucketScore,
  comparePaired,
  expectedCalibrationError,
  fitIsotonic,
  fitLogistic,
  fitPlatt,
  normalCdf,
  normalQuantile,
  pairedMeanDiffCi,
  pearson,
  predictIsotonic,
  predictLogistic,
  quadraticWeightedKappa,
  reliabilityBins,
  relativeImprovementCi,
  spearman,
  StatsError,
  wilcoxonOneSample,
  wilcoxonSignedRank,
  winTieLoss,
} from "../../src/evaluate/stats/index.js";

const close = (a: number, b: number, tol: number, msg?: string): void =>
  assert.ok(Math.abs(a - b) <= tol, `${msg ?? ""} ${a} vs ${b} (tol ${tol})`);

test("normal CDF and quantile match reference values (Python math.erfc)", () => {
  close(normalCdf(1.96), 0.9750021048517795, 1e-14);
  close(normalCdf(-3), 0.0013498980316300957, 1e-16);
  close(normalCdf(-8) / 6.220960574271819e-16, 1, 1e-9, "relative precision in the far tail");
  close(normalQuantile(0.975), 1.959963984540054, 1e-12);
  close(normalQuantile(0.025), -1.959963984540054, 1e-12);
  for (const p of [1e-9, 0.001, 0.2, 0.5, 0.77, 0.999999])
    close(normalCdf(normalQuantile(p)), p, 1e-12 * Math.max(1, p * 1e3));
});

test("average ranks give ties their mean rank (scipy rankdata 'average')", () => {
  const { ranks, tieSizes } = averageRanks([10, 20, 20, 5, 20]);
  assert.deepEqual(ranks, [2, 4, 4, 1, 4]);
  assert.deepEqual(tieSizes, [3]);
});

// scipy 1.17: d = Hollander & Wolfe's example; wilcoxon(d) -> statistic 24, p = 0.041259765625 (exact).
const HW = [6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75];

test("Wilcoxon exact p-values match scipy on the Hollander-Wolfe example", () => {
  const r = wilcoxonOneSample(HW);
  assert.equal(r.method, "exact");
  assert.equal(r.statistic, 24);
  assert.equal(r.wPlus, 96);
  close(r.p, 0.041259765625, 1e-15);
  close(wilcoxonOneSample(HW, { alternative: "greater" }).p, 0.0206298828125, 1e-15);
});

test("Wilcoxon normal approximation matches scipy, with tie, zero and continuity corrections", () => {
  close(wilcoxonOneSample(HW, { method: "approx" }).p, 0.04088813291185591, 1e-12);
  const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const b = [1, 3, 3, 6, 4, 6, 9, 8, 12, 10, 14, 12.5];
  const w = wilcoxonSignedRank(a, b);
  assert.equal(w.method, "approx", "ties force the normal approximation");
  assert.equal(w.zeros, 5);
  assert.equal(w.statistic, 2.5);
  close(w.p, 0.050659517118257016, 1e-12);
  close(wilcoxonSignedRank(a, b, { correction: true }).p, 0.061569844119898985, 1e-12);
  const pr = wilcoxonSignedRank(a, b, { zeroMethod: "pratt" });
  assert.equal(pr.statistic, 7.5);
  close(pr.p, 0.048804768357755594, 1e-12);
});

test("Wilcoxon: all-zero differences give p = 1; sign flip mirrors W+ and W-", () => {
  assert.equal(wilcoxonSignedRank([1, 2, 3], [1, 2, 3]).p, 1);
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 40 }), (d) => {
      const r = wilcoxonOneSample(d);
      const m = wilcoxonOneSample(d.map((x) => -x));
      assert.equal(r.wPlus, m.wMinus);
      close(r.p, m.p, 1e-12);
      assert.ok(r.p >= 0 && r.p <= 1);
    }),
  );
});

test("exact Wilcoxon refuses tied data with a typed error", () => {
  assert.throws(
    () => wilcoxonOneSample([1, 1, 2], { method: "exact" }),
    (e: unknown) => e instanceof StatsError && e.code === "stats_exact_unavailable",
  );
});

test("Spearman and Pearson match scipy with ties", () => {
  const x = [1, 2, 2, 3, 4, 5, 5, 5, 9];
  const y = [2, 1, 3, 3, 6, 5, 4, 7, 8];
  close(spearman(x, y), 0.8761964000901131, 1e-12);
  close(pearson(x, y), 0.8668807377250546, 1e-12);
  assert.ok(Number.isNaN(spearman([1, 1, 1], [1, 2, 3])), "a constant rater has no correlation");
});

test("quadratic-weighted kappa matches the hand formula; perfect agreement = 1", () => {
  close(quadraticWeightedKappa([0, 1, 2, 3, 3, 2, 1, 0], [0, 1, 1, 3, 2, 2, 0, 1], 4), 0.7777777777777778, 1e-12);
  assert.equal(quadraticWeightedKappa([0, 1, 2, 3], [0, 1, 2, 3], 4), 1);
  assert.throws(() => quadraticWeightedKappa([0, 4], [0, 1], 4), StatsError);
  assert.deepEqual(
    [0, 3.9, 4, 6.99, 7, 8.5, 9, 10].map((s) => bucketScore(s)),
    [0, 0, 1, 1, 2, 2, 3, 3],
  );
});

// 40 paired items drawn in numpy (seed 0); scipy.stats.bootstrap(n_resamples=200000) gives the reference CIs.
const A = [
  5.12573, 4.867895, 5.640423, 5.1049, 4.464331, 5.361595, 6.304, 5.947081, 4.296265, 3.734579, 4.376726, 5.041326,
  2.674969, 4.781208, 3.754089, 4.267733, 4.455741, 4.6837, 5.411631, 6.042513, 4.871465, 6.366463, 4.334805, 5.35151,
  5.90347, 5.094012, 4.256501, 4.078275, 4.542274, 5.220195, 3.990382, 4.790824, 4.840775, 5.540846, 5.214659, 5.355373,
  4.346171, 4.870386, 5.783975, 6.493431,
];
const B = [
  4.418478, 6.379034, 7.017123, 6.029949, 4.975895, 5.410457, 9.770417, 7.815288, 6.037573, 5.086662, 6.96263, 4.374671,
  2.971406, 5.606388, 5.0234, 4.88383, 5.099632, 5.540534, 4.764336, 5.813151, 4.822317, 5.730622, 6.0263, 5.254781,
  6.466646, 5.187154, 7.823279, 5.434563, 5.348956, 5.757387, 4.332005, 7.637773, 5.943944, 5.34652, 6.972268, 6.599028,
  4.116949, 7.918426, 6.123219, 8.395345,
];

test("paired bootstrap CIs agree with scipy.stats.bootstrap (percentile and BCa) to Monte Carlo error", () => {
  const p = pairedMeanDiffCi(A, B, { method: "percentile", resamples: 40_000, seed: 7 });
  close(p.lo, 0.6086892075, 0.02);
  close(p.hi, 1.288444998, 0.02);
  const bca = pairedMeanDiffCi(A, B, { method: "bca", resamples: 40_000, seed: 7 });
  close(bca.lo, 0.623962699, 0.02);
  close(bca.hi, 1.308813152, 0.02);
  assert.ok(bca.lo > p.lo && bca.hi > p.hi, "right-skewed differences shift BCa to the right");
  close(p.estimate, B.reduce((s, x) => s + x, 0) / 40 - A.reduce((s, x) => s + x, 0) / 40, 1e-12);
});

test("bootstrap is reproducible for a seed and covers the true mean about 95% of the time", () => {
  const d = A.map((x, i) => B[i] - x);
  assert.deepEqual(bootstrapMeanCi(d, { seed: 3, resamples: 1000 }), bootstrapMeanCi(d, { seed: 3, resamples: 1000 }));
  // Coverage: 200 samples of n = 30 from a skewed (exponential, mean 1) population.
  let u = 12345;
  const rand = (): number => (u = (Math.imul(u, 1103515245) + 12345) >>> 0) / 4294967296;
  let covered = 0;
  const trials = 200;
  for (let t = 0; t < trials; t++) {
    const xs = Array.from({ length: 30 }, () => -Math.log(1 - rand()));
    const ci = bootstrapMeanCi(xs, { resamples: 1000, seed: t });
    if (ci.lo <= 1 && 1 <= ci.hi) covered++;
  }
  assert.ok(covered / trials > 0.88 && covered / trials <= 0.99, `coverage ${covered / trials}`);
});

test("relative improvement CI contains the ratio of means; win/tie/loss counts", () => {
  const r = relativeImprovementCi(A, B, { resamples: 2000 });
  const ratio = B.reduce((s, x) => s + x, 0) / A.reduce((s, x) => s + x, 0) - 1;
  close(r.estimate, ratio, 1e-12);
  assert.ok(r.lo < ratio && ratio < r.hi);
  assert.deepEqual(winTieLoss([1, 2, 3, 4], [2, 2, 1, 4.5]), { wins: 2, ties: 1, losses: 1 });
  const c = comparePaired(A, B, { resamples: 1000 });
  assert.equal(c.n, 40);
  assert.ok(c.wilcoxon.p < 0.001 && c.diff.lo > 0);
  assert.throws(
    () => comparePaired([1, 2], [1]),
    (e: unknown) => e instanceof StatsError && e.code === "stats_unpaired",
  );
});

test("isotonic regression (PAV) matches scipy.optimize.isotonic_regression and is monotone", () => {
  const y = [1, 3, 2, 4, 3.5, 5, 0.5, 6];
  const m = fitIsotonic(
    y.map((_, i) => i),
    y,
  );
  const fitted = y.map((_, i) => predictIsotonic(m, i));
  const want = [1, 2.5, 2.5, 3.25, 3.25, 3.25, 3.25, 6];
  fitted.forEach((v, i) => close(v, want[i], 1e-12));
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), {
        minLength: 1,
        maxLength: 50,
      }),
      (pts) => {
        const mm = fitIsotonic(
          pts.map((p) => p[0]),
          pts.map((p) => p[1]),
        );
        let prev = -Infinity;
        for (let v = -1; v <= 11; v += 0.25) {
          const f = predictIsotonic(mm, v);
          assert.ok(f >= prev - 1e-12);
          prev = f;
        }
      },
    ),
  );
});

test("logistic regression and Platt scaling match a BFGS fit in scipy", () => {
  const x = [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5];
  const y = [0, 0, 0, 1, 0, 1, 0, 1, 1, 1];
  const lr = fitLogistic(
    x.map((v) => [v]),
    y,
  );
  close(lr.coef[0], 1.35341149, 1e-6);
  close(lr.bias, -3.72188164, 1e-6);
  const pl = fitPlatt(x, y);
  close(pl.coef[0], 0.76914693, 1e-6);
  close(pl.bias, -2.11515406, 1e-6);
  close(predictLogistic(lr, [2.75]), 1 / (1 + Math.exp(-(1.35341149 * 2.75 - 3.72188164))), 1e-6);
  // Separable data stays finite with Platt targets.
  const sep = fitPlatt([1, 2, 3, 4], [0, 0, 1, 1]);
  assert.ok(Number.isFinite(sep.coef[0]) && sep.coef[0] > 0);
});

test("ECE and reliability bins: a perfectly calibrated predictor scores ~0, an overconfident one does not", () => {
  const pred: number[] = [];
  const out: number[] = [];
  for (let b = 0; b < 10; b++) {
    const p = (b + 0.5) / 10;
    for (let i = 0; i < 20; i++) {
      pred.push(p);
      out.push(i < p * 20 ? 1 : 0);
    }
  }
  close(expectedCalibrationError(pred, out), 0, 1e-12);
  const bins = reliabilityBins(pred, out);
  assert.equal(bins.length, 10);
  assert.equal(bins[3].count, 20);
  close(bins[3].observed, 0.35, 1e-12);
  // Predict 0.9 for everything with a 50% base rate: ECE = 0.4.
  close(
    expectedCalibrationError(
      out.map(() => 0.9),
      out,
    ),
    0.4,
    1e-12,
  );
  close(brierScore([1, 0], [1, 1]), 0.5, 1e-12);
});
