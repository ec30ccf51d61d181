/**
 * Compares reranker forms on the rows of rows.mts by leave-one-writer-out: ridge on the shipped features (what
 * scripts/fit-reranker.ts fits), ridge with extra features, and gradient-boosted regression trees (squared loss,
 * depth-limited, histogram splits) on each set. Reports the mean within-description Spearman with the blind mean.
 *   node --import tsx experiments/names/reranker-gbm/compare.mts ROWS.json [--trees 300] [--depth 3] [--lr 0.05]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { solveSymmetric, spearman } from "../../../src/evaluate/index.js";

interface Row {
  id: string; writer: string; y: number; good: number; x: number[]; label: string; tld: string; method: string;
  parts: string[]; lang: string; textLen: number; industry: string; industryConf: number; local: boolean;
  offline: boolean; tldRankRaw: number; tldWeight: number; topTldWeight: number; concepts: string[];
  partWord: number[]; partNonConcept: number[]; bestSim: number; hasLocation: number;
}
const { values, positionals } = parseArgs({
  options: { trees: { type: "string" }, depth: { type: "string" }, lr: { type: "string" }, leaf: { type: "string" } },
  allowPositionals: true,
});
const rows = JSON.parse(readFileSync(positionals[0]!, "utf8")) as Row[];
const TREES = Number(values.trees ?? 300), DEPTH = Number(values.depth ?? 3), LR = Number(values.lr ?? 0.05);
const MIN_LEAF = Number(values.leaf ?? 40);

const SOFTWARE = new Set(["app", "dev", "io", "ai", "tech", "software", "cloud", "digital"]);
function extra(r: Row): number[] {
  const t = r.tld;
  const country = /^[a-z]{2}$|^(com|co|org|net)\.[a-z]{2}$/.test(t) && t !== "ai" && t !== "io" && t !== "co";
  const generic = ["com", "net", "org", "co"].includes(t);
  const topical = !country && !generic && !SOFTWARE.has(t);
  const foreign = r.partWord.filter((w) => w === 0).length;
  return [
    t === "app" ? 1 : 0, t === "dev" ? 1 : 0, t === "io" ? 1 : 0, t === "ai" ? 1 : 0, t === "co" ? 1 : 0,
    t === "org" || t === "net" ? 1 : 0, topical ? 1 : 0, country ? 1 : 0,
    r.offline ? 1 : 0, r.local ? 1 : 0, r.industryConf,
    r.topTldWeight > 0 ? r.tldWeight / r.topTldWeight : 0,
    r.partNonConcept.some((v) => v) ? 1 : 0,
    foreign, r.partWord.filter((w) => w === 1).length, // parts known only in the request's language
    r.lang === "en" ? 1 : 0, r.hasLocation, Math.log(1 + r.textLen), r.bestSim,
    r.concepts.slice(0, 1).some((c) => c.length >= 3 && r.label.includes(c)) ? 1 : 0,
    r.concepts.filter((c) => c.length >= 3 && r.label.includes(c)).length,
    (r.offline ? 1 : 0) * (SOFTWARE.has(t) ? 1 : 0),
  ];
}
const base = (r: Row) => r.x;
const full = (r: Row) => [...r.x, ...extra(r)];

function ridge(train: Row[], feat: (r: Row) => number[], lambda = 50): (r: Row) => number {
  const X = train.map(feat); const p = X[0]!.length;
  const mean = Array.from({ length: p }, (_, k) => X.reduce((s, x) => s + x[k]!, 0) / X.length);
  const sd = mean.map((m, k) => { const v = X.reduce((s, x) => s + (x[k]! - m) ** 2, 0) / X.length; return v > 1e-12 ? Math.sqrt(v) : 1; });
  const ybar = train.reduce((s, r) => s + r.y, 0) / train.length;
  const ata = new Float64Array(p * p); const aty = new Float64Array(p);
  for (let a = 0; a < p; a++) ata[a * p + a] = lambda;
  X.forEach((x, n) => { const z = x.map((v, k) => (v - mean[k]!) / sd[k]!);
    for (let a = 0; a < p; a++) { for (let b = 0; b < p; b++) ata[a * p + b]! += z[a]! * z[b]!; aty[a]! += z[a]! * (train[n]!.y - ybar); } });
  const beta = solveSymmetric(ata, aty, p);
  return (r) => { const x = feat(r); let s = ybar; for (let k = 0; k < p; k++) s += beta[k]! * (x[k]! - mean[k]!) / sd[k]!; return s; };
}

interface Node { f: number; t: number; l: Node | number; r: Node | number }
function gbm(train: Row[], feat: (r: Row) => number[]): (r: Row) => number {
  const X = train.map(feat); const n = X.length; const p = X[0]!.length;
  // Candidate thresholds: up to 32 quantiles per feature.
  const cuts: number[][] = [];
  for (let k = 0; k < p; k++) {
    const vs = [...new Set(X.map((x) => x[k]!))].sort((a, b) => a - b);
    if (vs.length <= 33) cuts.push(vs.slice(0, -1).map((v, i) => (v + vs[i + 1]!) / 2));
    else { const c: number[] = []; for (let q = 1; q < 32; q++) c.push(vs[Math.floor((q / 32) * vs.length)]!); cuts.push([...new Set(c)]); }
  }
  const ybar = train.reduce((s, r) => s + r.y, 0) / n;
  const pred = new Float64Array(n).fill(ybar);
  const trees: Node[] = [];
  const build = (idx: number[], res: Float64Array, depth: number): Node | number => {
    const sum = idx.reduce((s, i) => s + res[i]!, 0);
    if (depth === 0 || idx.length < 2 * MIN_LEAF) return sum / idx.length;
    let best = { gain: 0, f: -1, t: 0 };
    const total = sum * sum / idx.length;
    for (let k = 0; k < p; k++) {
      const cs = cuts[k]!; if (cs.length === 0) continue;
      const bs = new Float64Array(cs.length + 1), bc = new Float64Array(cs.length + 1);
      for (const i of idx) { const v = X[i]![k]!; let lo = 0, hi = cs.length; while (lo < hi) { const m = (lo + hi) >> 1; if (v <= cs[m]!) hi = m; else lo = m + 1; } bs[lo]! += res[i]!; bc[lo]! += 1; }
      let ls = 0, lc = 0;
      for (let b = 0; b < cs.length; b++) { ls += bs[b]!; lc += bc[b]!; const rc = idx.length - lc; if (lc < MIN_LEAF || rc < MIN_LEAF) continue;
        const g = ls * ls / lc + (sum - ls) ** 2 / rc - total; if (g > best.gain) best = { gain: g, f: k, t: cs[b]! }; }
    }
    if (best.f < 0) return sum / idx.length;
    const L = idx.filter((i) => X[i]![best.f]! <= best.t), R = idx.filter((i) => X[i]![best.f]! > best.t);
    return { f: best.f, t: best.t, l: build(L, res, depth - 1), r: build(R, res, depth - 1) };
  };
  const evalT = (t: Node | number, x: number[]): number => { while (typeof t !== "number") t = x[t.f]! <= t.t ? t.l : t.r; return t; };
  const all = Array.from({ length: n }, (_, i) => i);
  for (let m = 0; m < TREES; m++) {
    const res = new Float64Array(n); for (let i = 0; i < n; i++) res[i] = train[i]!.y - pred[i]!;
    // Stochastic: each tree sees a half sample (less variance, faster).
    const sub = all.filter((i) => ((i * 2654435761 + m * 40503) >>> 0) % 2 === 0);
    const t = build(sub, res, DEPTH) as Node; trees.push(t);
    for (let i = 0; i < n; i++) pred[i]! += LR * evalT(t, X[i]!);
  }
  return (r) => { const x = feat(r); let s = ybar; for (const t of trees) s += LR * evalT(t, x); return s; };
}

function within(rs: Row[], pred: Map<Row, number>): number {
  const by = new Map<string, Row[]>(); for (const r of rs) by.set(r.id, [...(by.get(r.id) ?? []), r]);
  const rhos: number[] = [];
  for (const g of by.values()) {
    if (g.length < 3 || new Set(g.map((r) => r.y)).size < 2 || new Set(g.map((r) => pred.get(r))).size < 2) continue;
    rhos.push(spearman(g.map((r) => pred.get(r)!), g.map((r) => r.y)));
  }
  return rhos.reduce((a, b) => a + b, 0) / rhos.length;
}
const writers = [...new Set(rows.map((r) => r.writer))].sort();
const models: [string, (t: Row[]) => (r: Row) => number][] = [
  ["ridge base", (t) => ridge(t, base)],
  ["ridge base+extra", (t) => ridge(t, full)],
  ["gbm base", (t) => gbm(t, base)],
  ["gbm base+extra", (t) => gbm(t, full)],
];
for (const [name, fitter] of models) {
  const oof = new Map<Row, number>();
  for (const w of writers) { const f = fitter(rows.filter((r) => r.writer !== w)); for (const r of rows) if (r.writer === w) oof.set(r, f(r)); }
  const perWriter = writers.map((w) => within(rows.filter((r) => r.writer === w), oof).toFixed(3)).join(" ");
  console.log(`${name}: within ${within(rows, oof).toFixed(4)} pooled ${spearman(rows.map((r) => oof.get(r)!), rows.map((r) => r.y)).toFixed(4)} | ${perWriter}`);
}
