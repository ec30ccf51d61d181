/**
 * Gradient-boosted regression trees for probabilities: the learned judge's model since its second version.
 *
 * Why trees: the judge's features are the rubric's sub-scores, shape, TLD class, segmentation and naming-knowledge
 * signals, whose effect on blind labels is not additive (a dictionary-word .com is worth little where a coined
 * pronounceable one is worth a lot; a keyword share helps relevance until the name is a keyword pile). A logistic
 * regression over them ranks held-out names far worse than trees over the same vector (experiments/names/judge-v2/).
 *
 * The model is F(x) = F0 + sum_m f_m(x), p = sigmoid(F), fitted by Newton boosting on the logistic loss with soft
 * targets t in [0, 1] (t = label / 10 for the score, t = [label >= 7] for P(good)):
 *   loss  l(t, F) = -t log p - (1 - t) log(1 - p)
 *   grad  g = p - t,   hessian h = p (1 - p)
 * Each tree is grown depth-first on per-feature quantile bins; a node with gradient sum G and hessian sum H (over its
 * rows) has the regularised Newton value -G / (H + lambda), and a split's gain is
 *   G_L^2 / (H_L + lambda) + G_R^2 / (H_R + lambda) - G^2 / (H + lambda)
 * (XGBoost's, without the per-leaf penalty). Leaves are shrunk by the learning rate. A split sends x_f <= threshold
 * left; thresholds are bin edges, so prediction needs no bins.
 */

/** One tree as flat arrays: node i is a leaf when feature[i] < 0 (its value in value[i]). */
export interface BoostedTree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface TreeEnsemble {
  kind: "trees";
  /** F0: the log-odds of the mean target. */
  bias: number;
  trees: BoostedTree[];
  /** How it was fitted (reproducibility). */
  options: TreeOptions;
}

export interface TreeOptions {
  trees: number;
  depth: number;
  learningRate: number;
  /** Fewest rows a leaf may hold. */
  minLeaf: number;
  /** L2 penalty on leaf values (lambda above). */
  lambda: number;
  /** Quantile bins per feature. */
  bins: number;
}

export const DEFAULT_TREE_OPTIONS: TreeOptions = {
  trees: 200,
  depth: 4,
  learningRate: 0.05,
  minLeaf: 40,
  lambda: 1,
  bins: 32,
};

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The probability the ensemble gives a feature vector. */
export function predictTrees(model: TreeEnsemble, x: readonly number[]): number {
  let z = model.bias;
  for (const t of model.trees) {
    let i = 0;
    while (t.feature[i]! >= 0) i = (x[t.feature[i]!] ?? 0) <= t.threshold[i]! ? t.left[i]! : t.right[i]!;
    z += t.value[i]!;
  }
  return sigmoid(z);
}

/** Per-feature cut points at the training data's quantiles (distinct values, ascending). */
function quantileEdges(column: Float64Array, bins: number): number[] {
  const sorted = Float64Array.from(column).sort();
  const edges: number[] = [];
  for (let k = 1; k < bins; k++) {
    const v = sorted[Math.min(sorted.length - 1, Math.floor((k * sorted.length) / bins))]!;
    if (edges.length === 0 || v > edges[edges.length - 1]!) edges.push(v);
  }
  // The largest value can never be a useful "<=" cut (nothing would go right).
  while (edges.length > 0 && edges[edges.length - 1]! >= sorted[sorted.length - 1]!) edges.pop();
  return edges;
}

/** Index of the first edge >= v (values equal to an edge go to its bin, i.e. left of a cut at it). */
function binOf(edges: readonly number[], v: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edges[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Fits the ensemble to rows `x` (all of one length) and soft targets `t` in [0, 1]. Deterministic: the same data and
 * options give the same model. `onTree` reports progress.
 */
export function fitTrees(
  x: readonly (readonly number[])[],
  t: readonly number[],
  options: Partial<TreeOptions> = {},
  onTree?: (done: number, total: number) => void,
): TreeEnsemble {
  const o: TreeOptions = { ...DEFAULT_TREE_OPTIONS, ...options };
  const n = x.length;
  if (n === 0 || t.length !== n) throw new Error(`fitTrees: ${n} rows and ${t.length} targets`);
  const d = x[0]!.length;
  if (x.some((r) => r.length !== d)) throw new Error("fitTrees: rows of different lengths");
  if (t.some((v) => !(v >= 0 && v <= 1))) throw new Error("fitTrees: targets must lie in [0, 1]");
  const edges: number[][] = [];
  const bin: Uint8Array[] = [];
  for (let f = 0; f < d; f++) {
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = x[i]![f]!;
    const e = quantileEdges(col, Math.min(o.bins, 255));
    edges.push(e);
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = binOf(e, col[i]!);
    bin.push(b);
  }
  const mean = Math.min(1 - 1e-6, Math.max(1e-6, t.reduce((a, v) => a + v, 0) / n));
  const bias = Math.log(mean / (1 - mean));
  const F = new Float64Array(n).fill(bias);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: BoostedTree[] = [];
  for (let m = 0; m < o.trees; m++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(F[i]!);
      g[i] = p - t[i]!;
      h[i] = Math.max(p * (1 - p), 1e-12);
    }
    const tree: BoostedTree = { feature: [], threshold: [], left: [], right: [], value: [] };
    // The bin index of each split (rows are routed by bin while fitting; the stored threshold is that bin's edge).
    const splitBin: number[] = [];
    const grow = (rows: Uint32Array, depth: number): number => {
      const id = tree.feature.length;
      let G = 0;
      let H = 0;
      for (const i of rows) {
        G += g[i]!;
        H += h[i]!;
      }
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      tree.value.push((-G / (H + o.lambda)) * o.learningRate);
      splitBin.push(-1);
      if (depth >= o.depth || rows.length < 2 * o.minLeaf) return id;
      const parent = (G * G) / (H + o.lambda);
      let best = { gain: 1e-9, f: -1, k: -1 };
      for (let f = 0; f < d; f++) {
        const nb = edges[f]!.length + 1;
        if (nb < 2) continue;
        const gs = new Float64Array(nb);
        const hs = new Float64Array(nb);
        const cs = new Uint32Array(nb);
        const b = bin[f]!;
        for (const i of rows) {
          const k = b[i]!;
          gs[k] += g[i]!;
          hs[k] += h[i]!;
          cs[k]++;
        }
        let gl = 0;
        let hl = 0;
        let cl = 0;
        for (let k = 0; k < nb - 1; k++) {
          gl += gs[k]!;
          hl += hs[k]!;
          cl += cs[k]!;
          if (cl < o.minLeaf) continue;
          if (rows.length - cl < o.minLeaf) break;
          const gr = G - gl;
          const hr = H - hl;
          const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
          if (gain > best.gain) best = { gain, f, k };
        }
      }
      if (best.f < 0) return id;
      const b = bin[best.f]!;
      let nl = 0;
      for (const i of rows) if (b[i]! <= best.k) nl++;
      const L = new Uint32Array(nl);
      const R = new Uint32Array(rows.length - nl);
      let a = 0;
      let c = 0;
      for (const i of rows)
        if (b[i]! <= best.k) L[a++] = i;
        else R[c++] = i;
      tree.feature[id] = best.f;
      tree.threshold[id] = edges[best.f]![best.k]!;
      splitBin[id] = best.k;
      tree.left[id] = grow(L, depth + 1);
      tree.right[id] = grow(R, depth + 1);
      return id;
    };
    const all = new Uint32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    grow(all, 0);
    for (let i = 0; i < n; i++) {
      let j = 0;
      while (tree.feature[j]! >= 0) j = bin[tree.feature[j]!]![i]! <= splitBin[j]! ? tree.left[j]! : tree.right[j]!;
      F[i] += tree.value[j]!;
    }
    trees.push(tree);
    onTree?.(m + 1, o.trees);
  }
  return { kind: "trees", bias, trees, options: o };
}

/** Whether `m` is a well-formed ensemble over `features` inputs (a file read from disk). */
export function isTreeEnsemble(m: unknown, features: number): m is TreeEnsemble {
  const e = m as Partial<TreeEnsemble> | null;
  if (typeof e !== "object" || e === null || e.kind !== "trees" || !Number.isFinite(e.bias) || !Array.isArray(e.trees))
    return false;
  return e.trees.every((t) => {
    const k = t?.feature?.length ?? -1;
    if (k < 1 || [t.threshold, t.left, t.right, t.value].some((a) => !Array.isArray(a) || a.length !== k)) return false;
    for (let i = 0; i < k; i++) {
      const f = t.feature[i]!;
      if (!Number.isInteger(f) || f >= features || !Number.isFinite(t.value[i]) || !Number.isFinite(t.threshold[i]))
        return false;
      if (f >= 0 && !(t.left[i]! > i && t.left[i]! < k && t.right[i]! > i && t.right[i]! < k)) return false;
    }
    return true;
  });
}
