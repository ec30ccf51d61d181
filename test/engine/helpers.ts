// Finite-difference helpers shared by the engine tests.
import assert from "node:assert/strict";
import { Rng } from "../../src/core/random.js";

export function randn(n: number, rng: Rng, std = 1): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = rng.normal() * std;
  return a;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * Checks an analytic gradient g of f at x by central differences:
 * (1) along three random directions, (2) on the 4 coordinates with the largest |g|.
 * Float32 forward passes limit the accuracy, hence eps ~1e-2 relative and a 2% tolerance.
 */
export function checkGradient(
  name: string,
  f: () => number,
  x: Float32Array,
  g: Float32Array,
  seed = 7,
  eps = 1e-2,
): void {
  const rng = new Rng(seed);
  const x0 = Float32Array.from(x);
  const evalAt = (d: Float32Array, h: number): number => {
    for (let i = 0; i < x.length; i++) x[i] = x0[i]! + h * d[i]!;
    const v = f();
    x.set(x0);
    return v;
  };
  const gnorm = Math.sqrt(dot(g, g));
  assert.ok(gnorm > 0, `${name}: analytic gradient is all zero`);
  for (let r = 0; r < 3; r++) {
    const d = randn(x.length, rng);
    const dn = Math.sqrt(dot(d, d));
    for (let i = 0; i < d.length; i++) d[i] /= dn;
    const num = (evalAt(d, eps) - evalAt(d, -eps)) / (2 * eps);
    const ana = dot(g, d);
    const err = Math.abs(num - ana);
    assert.ok(err <= 0.02 * gnorm + 1e-4, `${name}: directional derivative ${num} vs analytic ${ana} (|g|=${gnorm})`);
  }
  const idx = Array.from(g.keys())
    .sort((a, b) => Math.abs(g[b]!) - Math.abs(g[a]!))
    .slice(0, 4);
  for (const i of idx) {
    const d = new Float32Array(x.length);
    d[i] = 1;
    const num = (evalAt(d, eps) - evalAt(d, -eps)) / (2 * eps);
    assert.ok(
      Math.abs(num - g[i]!) <= 0.02 * Math.abs(g[i]!) + 2e-3 * gnorm + 1e-4,
      `${name}[${i}]: numeric ${num} vs analytic ${g[i]}`,
    );
  }
}
