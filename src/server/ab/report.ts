/**
 * `namewright ab report`: per-variant conversion rates with Wilson score intervals, each variant against the
 * first (the control) by a two-proportion z-test (pooled standard error under H0: p1 = p2) with a Wald
 * interval of the difference, and the users per variant needed to detect a given absolute effect
 * (Fleiss' formula: n = (z_{1-a/2} sqrt(2 pbar qbar) + z_{1-b} sqrt(p1 q1 + p2 q2))^2 / d^2).
 * The unit is the exposed user: a user converts when they sent at least one event of the metric's type,
 * so the observations are independent (several likes by one user are not several successes).
 */
import { normalQuantile, normalSf } from "../../evaluate/index.js";
import type { VariantCounts } from "./store.js";

export interface VariantStats extends VariantCounts {
  rate: number;
  ci: [number, number];
}

export interface Comparison {
  variant: string;
  control: string;
  /** rate(variant) - rate(control). */
  diff: number;
  diffCi: [number, number];
  z: number;
  /** Two-sided. */
  p: number;
  significant: boolean;
}

export interface AbReport {
  experiment: string;
  metric: string;
  alpha: number;
  variants: VariantStats[];
  comparisons: Comparison[];
  sampleSize: { baseline: number; effect: number; power: number; perVariant: number | null };
}

export interface ReportOptions {
  alpha?: number;
  power?: number;
  /** The absolute difference in rate the sample size is computed for (default 0.02). */
  effect?: number;
  /** Which variant is the control (default: the first in the counts). */
  control?: string;
}

/** Wilson score interval for x successes in n trials (Wilson 1927), two-sided at level 1 - alpha. */
export function wilson(x: number, n: number, alpha = 0.05): [number, number] {
  if (n === 0) return [0, 1];
  const z = normalQuantile(1 - alpha / 2);
  const p = x / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export function twoProportionTest(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  alpha = 0.05,
): { diff: number; diffCi: [number, number]; z: number; p: number } {
  const p1 = n1 > 0 ? x1 / n1 : 0;
  const p2 = n2 > 0 ? x2 / n2 : 0;
  const diff = p2 - p1;
  const pooled = n1 + n2 > 0 ? (x1 + x2) / (n1 + n2) : 0;
  const se0 = Math.sqrt(pooled * (1 - pooled) * (1 / Math.max(1, n1) + 1 / Math.max(1, n2)));
  const z = se0 > 0 ? diff / se0 : 0;
  const p = se0 > 0 ? Math.min(1, 2 * normalSf(Math.abs(z))) : 1;
  const se = Math.sqrt((p1 * (1 - p1)) / Math.max(1, n1) + (p2 * (1 - p2)) / Math.max(1, n2));
  const zc = normalQuantile(1 - alpha / 2);
  return { diff, diffCi: [diff - zc * se, diff + zc * se], z, p };
}

/** Users per variant to detect `effect` over `baseline` (two-sided alpha, given power); null when undefined. */
export function sampleSizePerVariant(baseline: number, effect: number, alpha = 0.05, power = 0.8): number | null {
  const p1 = baseline;
  const p2 = baseline + effect;
  if (!(effect !== 0 && p1 > 0 && p1 < 1 && p2 > 0 && p2 < 1)) return null;
  const za = normalQuantile(1 - alpha / 2);
  const zb = normalQuantile(power);
  const pbar = (p1 + p2) / 2;
  const n = (za * Math.sqrt(2 * pbar * (1 - pbar)) + zb * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / effect ** 2;
  return Math.ceil(n);
}

export function abReport(
  experiment: string,
  metric: string,
  counts: readonly VariantCounts[],
  options: ReportOptions = {},
): AbReport {
  const alpha = options.alpha ?? 0.05;
  const power = options.power ?? 0.8;
  const effect = options.effect ?? 0.02;
  const variants = counts.map((c) => ({
    ...c,
    rate: c.exposed > 0 ? c.converted / c.exposed : 0,
    ci: wilson(c.converted, c.exposed, alpha),
  }));
  const control = variants.find((v) => v.variant === options.control) ?? variants[0];
  // The control is listed first, the others in their given order.
  if (control) variants.sort((a, b) => Number(b === control) - Number(a === control));
  const comparisons: Comparison[] = control
    ? variants
        .filter((v) => v !== control)
        .map((v) => {
          const t = twoProportionTest(control.converted, control.exposed, v.converted, v.exposed, alpha);
          return { variant: v.variant, control: control.variant, ...t, significant: t.p < alpha };
        })
    : [];
  // The baseline of the sample-size line is the control's observed rate, or 10% before any data.
  const baseline = control && control.exposed > 0 && control.rate > 0 ? control.rate : 0.1;
  return {
    experiment,
    metric,
    alpha,
    variants,
    comparisons,
    sampleSize: { baseline, effect, power, perVariant: sampleSizePerVariant(baseline, effect, alpha, power) },
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;

export function formatAbReport(r: AbReport): string {
  const level = `${Math.round((1 - r.alpha) * 100)}%`;
  const lines = [`experiment ${r.experiment}: users with at least one "${r.metric}" event among users exposed`];
  lines.push(
    `${"variant".padEnd(16)} ${"exposed".padStart(8)} ${"converted".padStart(9)} ${"rate".padStart(8)}  ${level} CI`,
  );
  for (const v of r.variants)
    lines.push(
      `${v.variant.padEnd(16)} ${String(v.exposed).padStart(8)} ${String(v.converted).padStart(9)} ${pct(v.rate).padStart(8)}  [${pct(v.ci[0])}, ${pct(v.ci[1])}]`,
    );
  for (const c of r.comparisons)
    lines.push(
      `${c.variant} vs ${c.control}: diff ${c.diff >= 0 ? "+" : ""}${pct(c.diff)} [${pct(c.diffCi[0])}, ${pct(c.diffCi[1])}], z = ${c.z.toFixed(2)}, p = ${c.p < 1e-4 ? c.p.toExponential(1) : c.p.toFixed(4)}: ${c.significant ? "significant" : "not significant"} at alpha ${r.alpha}`,
    );
  const s = r.sampleSize;
  lines.push(
    s.perVariant === null
      ? `sample size: undefined for baseline ${pct(s.baseline)} and effect ${pct(s.effect)}`
      : `sample size: ${s.perVariant} users per variant detect ${pct(s.effect)} over ${pct(s.baseline)} (alpha ${r.alpha}, power ${s.power})`,
  );
  return lines.join("\n");
}
