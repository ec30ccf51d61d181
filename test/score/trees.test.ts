import { test } from "node:test";
import assert from "node:assert/strict";
import { fitTrees, predictTrees } from "../../src/score/index.js";
import { isTreeEnsemble } from "../../src/score/judge/trees.js";

/** A small deterministic generator (LCG), so the data are the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function logLoss(p: number[], t: number[]): number {
  let l = 0;
  for (let i = 0; i < p.length; i++) {
    const q = Math.min(1 - 1e-9, Math.max(1e-9, p[i]!));
    l -= t[i]! * Math.log(q) + (1 - t[i]!) * Math.log(1 - q);
  }
  return l / p.length;
}

// The target depends on an interaction no additive model can express: high when x0 > 0.5 XOR x1 > 0.5; x2 is noise.
const r = rng(7);
const x = Array.from({ length: 2000 }, () => [r(), r(), r()]);
const t = x.map(([a, b]) => (a! > 0.5 !== b! > 0.5 ? 0.85 : 0.15));

test("boosted trees learn an interaction: held-out predictions approach the soft targets", () => {
  const m = fitTrees(x.slice(0, 1500), t.slice(0, 1500), { trees: 150, depth: 3, minLeaf: 20 });
  const held = x.slice(1500);
  const p = held.map((row) => predictTrees(m, row));
  const err = p.reduce((a, v, i) => a + Math.abs(v - t[1500 + i]!), 0) / p.length;
  assert.ok(err < 0.08, `mean absolute error ${err}`);
  // Its split features: the noise feature should carry (almost) nothing.
  const splits = m.trees.flatMap((tr) => tr.feature.filter((f) => f >= 0));
  const noise = splits.filter((f) => f === 2).length / splits.length;
  assert.ok(noise < 0.2, `share of splits on the noise feature ${noise}`);
});

test("boosting lowers the training loss tree by tree, and a fit is deterministic", () => {
  const few = fitTrees(x, t, { trees: 5, depth: 2 });
  const many = fitTrees(x, t, { trees: 60, depth: 2 });
  const lossOf = (m: typeof few): number =>
    logLoss(
      x.map((row) => predictTrees(m, row)),
      t,
    );
  const base = logLoss(
    x.map(() => t.reduce((a, v) => a + v, 0) / t.length),
    t,
  );
  assert.ok(lossOf(few) < base && lossOf(many) < lossOf(few), `${base} > ${lossOf(few)} > ${lossOf(many)}`);
  assert.deepEqual(fitTrees(x, t, { trees: 5, depth: 2 }), few);
});

test("a value equal to a split's threshold goes left, as the bins routed it while fitting", () => {
  // One feature with few distinct values: every threshold is one of them.
  const xs = Array.from({ length: 400 }, (_, i) => [i % 4]);
  const ts = xs.map(([v]) => (v! <= 1 ? 0.1 : 0.9));
  const m = fitTrees(xs, ts, { trees: 40, depth: 1, minLeaf: 10 });
  assert.equal(m.trees[0]!.threshold[0], 1, "the first split separates {0, 1} from {2, 3}");
  assert.ok(
    m.trees.every((tr) => tr.feature[0] === -1 || (tr.feature[0] === 0 && [0, 1, 2].includes(tr.threshold[0]!))),
  );
  assert.ok(
    predictTrees(m, [1]) < 0.3 && predictTrees(m, [2]) > 0.7,
    `${predictTrees(m, [1])} ${predictTrees(m, [2])}`,
  );
});

test("bad input to the fit is refused, and a malformed ensemble read from a file is not accepted", () => {
  assert.throws(() => fitTrees([], []), /0 rows/);
  assert.throws(() => fitTrees([[1], [2, 3]], [0, 1]), /different lengths/);
  assert.throws(() => fitTrees([[1], [2]], [0, 2]), /\[0, 1\]/);
  const m = fitTrees(x.slice(0, 300), t.slice(0, 300), { trees: 3, depth: 2 });
  assert.ok(isTreeEnsemble(JSON.parse(JSON.stringify(m)), 3));
  const unknown = JSON.parse(JSON.stringify(m)) as typeof m;
  unknown.trees[0]!.feature[0] = 3;
  assert.ok(!isTreeEnsemble(unknown, 3), "a split on a feature the judge does not have");
  const loop = JSON.parse(JSON.stringify(m)) as typeof m;
  loop.trees[0]!.left[0] = 0;
  assert.ok(!isTreeEnsemble(loop, 3), "a child that points back (an endless walk)");
  const nan = JSON.parse(JSON.stringify(m)) as typeof m;
  nan.trees[1]!.value[nan.trees[1]!.value.length - 1] = Number.NaN;
  assert.ok(!isTreeEnsemble(nan, 3));
  assert.ok(!isTreeEnsemble({ kind: "trees", bias: 0, trees: [{ feature: [] }] }, 3));
});
