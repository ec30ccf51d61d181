/**
 * Experiment: leave-one-writer-out cross-validation of request classifiers over writers s1..s5
 * (plus the project's own generated set "s0", always in training). Thresholds are chosen on the
 * pooled out-of-fold scores only. Prints recall at false-block <= 0.02 etc.
 *
 *   node --import tsx experiments/safety/cv.ts [config-name...]
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fnv1a } from "../../src/core/hash.js";
import { normalizeText, type NormalizedText } from "../../src/safety/normalize.js";
import { loadDataset } from "../../src/safety/build/dataset.js";
import { REQUEST_CATEGORIES } from "../../src/safety/policy.js";
import { applyRules } from "../../src/safety/rules.js";
import { conceptFeatures as conceptsOf } from "../../src/safety/concepts.js";
import { mulberry32 } from "../../src/safety/build/obfuscate.js";

interface Row { id: string; writer: string; text: string; lang: string; label: string; kind: string; style: string; near?: string }
const CLASSES = ["safe", ...REQUEST_CATEGORIES];
const writers = ["s1", "s2", "s3", "s4", "s5"].filter((w) => existsSync(`data/sources/safety/${w}.jsonl`));
const rows: Row[] = [];
for (const w of writers)
  for (const l of readFileSync(`data/sources/safety/${w}.jsonl`, "utf8").split("\n")) {
    if (!l.trim()) continue;
    try {
      const j = JSON.parse(l) as Row | [string, string, string, string, string];
      if (Array.isArray(j)) {
        // A writer's compact draft format: [text, lang, label, kind u/h/b, style p/e/o/i/l].
        const kind = { u: "unsafe", h: "hard_negative", b: "benign" }[j[3]] ?? "benign";
        const style = { p: "plain", e: "euphemistic", o: "obfuscated", i: "injection", l: "long" }[j[4]] ?? "plain";
        rows.push({ id: `${w}-d${rows.length}`, writer: w, text: j[0], lang: j[1], label: kind === "unsafe" ? j[2] : "safe", kind, style });
      } else rows.push(j);
    } catch { /* incomplete line while a writer is writing */ }
  }
for (const e of [...loadDataset("train"), ...loadDataset("test")])
  rows.push({ id: e.id, writer: "s0", text: e.text, lang: e.lang, label: e.label, kind: e.kind, style: e.obfuscation ? "obfuscated" : "plain" });
const yOf = (r: Row) => (r.kind === "unsafe" ? CLASSES.indexOf(r.label) : 0);

interface FeatOpts { rules?: number; concepts?: number; bits: number; cmin: number; cmax: number; words: boolean; bigrams: boolean; cross: boolean; cjkUni: boolean }
interface Sparse { idx: Int32Array; val: Float32Array }
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;
function feats(t: NormalizedText, o: FeatOpts): Sparse {
  const D = 1 << o.bits;
  const set = new Set<number>();
  const add = (f: string) => set.add(fnv1a(f) & (D - 1));
  const words = t.text.split(" ").filter(Boolean).slice(0, 400);
  if (o.words) for (let i = 0; i < words.length; i++) { add("w:" + words[i]); if (o.bigrams && i + 1 < words.length) add("b:" + words[i] + " " + words[i + 1]); }
  const sq = t.squeezed.split(" ").filter(Boolean).slice(0, 400);
  if (o.cross) {
    const p = " " + sq.join(" ") + " ";
    for (let n = o.cmin; n <= o.cmax; n++) for (let i = 0; i + n <= p.length; i++) add("c:" + p.slice(i, i + n));
  } else
    for (const w of sq) {
      const p = " " + w + " ";
      for (let n = o.cmin; n <= o.cmax; n++) for (let i = 0; i + n <= p.length; i++) add("c:" + p.slice(i, i + n));
    }
  if (o.cjkUni) for (const ch of t.text) if (UNSPACED.test(ch)) add("u:" + ch);
  const v = set.size ? 1 / Math.sqrt(set.size) : 0;
  const m = new Map<number, number>([...set].map((i) => [i, v]));
  if (o.rules) for (const id of applyRules(t).fired) m.set(fnv1a("r:" + id) & (D - 1), o.rules);
  if (o.concepts) for (const id of conceptsOf(t)) m.set(fnv1a("k:" + id) & (D - 1), o.concepts);
  const idx = Int32Array.from([...m.keys()].sort((a, b) => a - b));
  return { idx, val: Float32Array.from(idx, (i) => m.get(i) ?? 0) };
}

interface TrainOpts { ada?: boolean; epochs: number; lr0: number; l2: number; safeWeight: number; seed: number }
function softmax(W: Float32Array, b: Float32Array, D: number, x: Sparse, z: Float32Array) {
  const K = b.length;
  let max = -Infinity;
  for (let k = 0; k < K; k++) { let s = b[k]; const row = k * D; for (let i = 0; i < x.idx.length; i++) s += W[row + x.idx[i]] * x.val[i]; z[k] = s; if (s > max) max = s; }
  let sum = 0; for (let k = 0; k < K; k++) { z[k] = Math.exp(z[k] - max); sum += z[k]; }
  for (let k = 0; k < K; k++) z[k] /= sum;
}
function train(X: Sparse[], y: number[], D: number, o: TrainOpts) {
  const K = CLASSES.length;
  const W = new Float32Array(K * D), b = new Float32Array(K);
  const counts = new Array(K).fill(0); for (const c of y) counts[c]++;
  // Balance: unsafe classes each weigh like an average class; safe weighted by safeWeight relative to all unsafe.
  const nUnsafe = y.length - counts[0];
  const cw = counts.map((n, k) => (n === 0 ? 0 : k === 0 ? (o.safeWeight * nUnsafe) / n : nUnsafe / ((K - 1) * n)));
  const norm = y.reduce((a, c) => a + cw[c], 0) / y.length; for (let k = 0; k < K; k++) cw[k] /= norm;
  const rnd = mulberry32(o.seed); const order = X.map((_, i) => i); const z = new Float32Array(K);
  let t = 0; const T = X.length * 2;
  const G = o.ada ? new Float32Array(K * D).fill(1e-2) : null; const Gb = new Float32Array(K).fill(1e-2);
  for (let ep = 0; ep < o.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const n of order) {
      const x = X[n]; softmax(W, b, D, x, z); const lr = o.lr0 / (1 + t / T); t++;
      const decay = 1 - lr * o.l2;
      for (let k = 0; k < K; k++) {
        const g = (z[k] - (k === y[n] ? 1 : 0)) * cw[y[n]]; const row = k * D;
        if (G) {
          Gb[k] += g * g; b[k] -= (o.lr0 * g) / Math.sqrt(Gb[k]);
          for (let i = 0; i < x.idx.length; i++) { const j = row + x.idx[i]; const gj = g * x.val[i] + o.l2 * W[j]; G[j] += gj * gj; W[j] -= (o.lr0 * gj) / Math.sqrt(G[j]); }
          continue;
        }
        b[k] -= lr * g;
        for (let i = 0; i < x.idx.length; i++) { const j = row + x.idx[i]; W[j] = W[j] * decay - lr * g * x.val[i]; }
      }
    }
  }
  return { W, b };
}

export interface Config { name: string; f: FeatOpts; t: TrainOpts }
const base: Config = { name: "base", f: { bits: 18, cmin: 2, cmax: 5, words: true, bigrams: true, cross: false, cjkUni: true }, t: { epochs: 12, lr0: 0.5, l2: 1e-5, safeWeight: 1, seed: 1 } };
const CONFIGS: Config[] = [
  base,
  { ...base, name: "old14", f: { ...base.f, bits: 14, cmin: 3, cjkUni: false } },
  { ...base, name: "cross", f: { ...base.f, cross: true } },
  { ...base, name: "b16", f: { ...base.f, bits: 16 } },
  { ...base, name: "l2lo", t: { ...base.t, l2: 1e-6 } },
  { ...base, name: "l2hi", t: { ...base.t, l2: 1e-4 } },
  { ...base, name: "ep25", t: { ...base.t, epochs: 25 } },
  { ...base, name: "rules", f: { ...base.f, rules: 0.3 } },
  { ...base, name: "rules1", f: { ...base.f, rules: 1 } },
  { ...base, name: "conc", f: { ...base.f, rules: 0.3, concepts: 0.3 } },
  { ...base, name: "c40", f: { ...base.f, rules: 0.3, concepts: 0.3 }, t: { ...base.t, epochs: 40 } },
  { ...base, name: "c40lr2", f: { ...base.f, rules: 0.3, concepts: 0.3 }, t: { ...base.t, epochs: 40, lr0: 2 } },
  { ...base, name: "c40v1", f: { ...base.f, rules: 1, concepts: 1 }, t: { ...base.t, epochs: 40 } },
  { ...base, name: "c40b16", f: { ...base.f, bits: 16, rules: 0.3, concepts: 0.3 }, t: { ...base.t, epochs: 40 } },
  { ...base, name: "c40sw2", f: { ...base.f, rules: 0.3, concepts: 0.3 }, t: { ...base.t, epochs: 40, safeWeight: 2 } },
  { ...base, name: "ada", f: { ...base.f, bits: 17, rules: 0.3, concepts: 0.3 }, t: { ...base.t, ada: true, epochs: 15, lr0: 0.2, l2: 1e-4 } },
  { ...base, name: "ada05", f: { ...base.f, bits: 17, rules: 0.3, concepts: 0.3 }, t: { ...base.t, ada: true, epochs: 15, lr0: 0.5, l2: 1e-4 } },
  { ...base, name: "adaE30", f: { ...base.f, bits: 17, rules: 0.3, concepts: 0.3 }, t: { ...base.t, ada: true, epochs: 30, lr0: 0.2, l2: 1e-4 } },
  { ...base, name: "adaL2lo", f: { ...base.f, bits: 17, rules: 0.3, concepts: 0.3 }, t: { ...base.t, ada: true, epochs: 15, lr0: 0.2, l2: 1e-5 } },
  { ...base, name: "adaL2hi", f: { ...base.f, bits: 17, rules: 0.3, concepts: 0.3 }, t: { ...base.t, ada: true, epochs: 15, lr0: 0.2, l2: 1e-3 } },
  { ...base, name: "adaNoC", f: { ...base.f, bits: 17, rules: 0.3 }, t: { ...base.t, ada: true, epochs: 15, lr0: 0.2, l2: 1e-4 } },
  { ...base, name: "a5l3", f: { ...base.f, bits: 17, rules: 0.3, concepts: 0.3 }, t: { ...base.t, ada: true, epochs: 15, lr0: 0.5, l2: 1e-3 } },
  { ...base, name: "a5l3e4", f: { ...base.f, bits: 17, rules: 0.3, concepts: 0.3 }, t: { ...base.t, ada: true, epochs: 15, lr0: 0.5, l2: 3e-4 } },
  { ...base, name: "a5l33", f: { ...base.f, bits: 17, rules: 0.3, concepts: 0.3 }, t: { ...base.t, ada: true, epochs: 15, lr0: 0.5, l2: 3e-3 } },
  { ...base, name: "a5l2", f: { ...base.f, bits: 17, rules: 0.3, concepts: 0.3 }, t: { ...base.t, ada: true, epochs: 15, lr0: 0.5, l2: 1e-2 } },
  { ...base, name: "lr1", t: { ...base.t, lr0: 1.0 } },
];
const wanted = process.argv.slice(2);
const norms = rows.map((r) => normalizeText(r.text));
const out: Record<string, unknown> = {};
for (const cfg of CONFIGS.filter((c) => wanted.length === 0 || wanted.includes(c.name))) {
  const t0 = Date.now();
  const D = 1 << cfg.f.bits;
  const X = norms.map((n) => feats(n, cfg.f));
  const y = rows.map(yOf);
  const pUnsafe = new Float64Array(rows.length).fill(NaN); const cat = new Int32Array(rows.length);
  for (const w of writers) {
    const tr = rows.map((r, i) => (r.writer !== w ? i : -1)).filter((i) => i >= 0);
    const { W, b } = train(tr.map((i) => X[i]), tr.map((i) => y[i]), D, cfg.t);
    const z = new Float32Array(CLASSES.length);
    rows.forEach((r, i) => { if (r.writer !== w) return; softmax(W, b, D, X[i], z); pUnsafe[i] = 1 - z[0]; let best = 1; for (let k = 2; k < z.length; k++) if (z[k] > z[best]) best = k; cat[i] = best; });
  }
  const ev = rows.map((r, i) => ({ r, p: pUnsafe[i], c: cat[i] })).filter((e) => e.r.writer !== "s0");
  const safeP = ev.filter((e) => e.r.kind !== "unsafe").map((e) => e.p).sort((a, b) => b - a);
  const at = (fb: number) => safeP[Math.floor(fb * safeP.length)];
  const line: string[] = [];
  for (const fb of [0.01, 0.02, 0.05]) {
    const tau = at(fb); const un = ev.filter((e) => e.r.kind === "unsafe");
    line.push(`fb${fb}: tau ${tau.toFixed(3)} recall ${(un.filter((e) => e.p > tau).length / un.length).toFixed(3)}`);
  }
  const tau = at(0.02);
  const per = writers.map((w) => { const u = ev.filter((e) => e.r.writer === w && e.r.kind === "unsafe"); const s = ev.filter((e) => e.r.writer === w && e.r.kind !== "unsafe"); return `${w} R${(u.filter((e) => e.p > tau).length / u.length).toFixed(3)}/FB${(s.filter((e) => e.p > tau).length / s.length).toFixed(3)}`; });
  console.log(`${cfg.name} [${((Date.now() - t0) / 1000).toFixed(0)}s] ${line.join(" | ")} || ${per.join(" ")}`);
  out[cfg.name] = ev.map((e) => ({ id: e.r.id, p: Number(e.p.toFixed(4)), c: CLASSES[e.c] }));
}
writeFileSync("/tmp/cv-oof.json", JSON.stringify(out));
