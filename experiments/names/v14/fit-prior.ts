/**
 * Fits the crafted generator's learned ranking (data/built/naming/prior.json) to blind labels: for every
 * validation description (w4) judged in the validation rounds (data/built/judging/rounds/v*), every crafted
 * candidate the current code makes that a judge scored, with its features and the mean blind score of its label
 * (over judges, rounds and TLDs). Only the order within a request matters, so features and scores are centred per
 * description; then ridge regression,
 *   w = argmin sum_d sum_i (y_di - ybar_d - (x_di - xbar_d) . w)^2 + lambda |w|^2,
 * solved in closed form, w = (X'X + lambda I)^-1 X'y, with one offset per method that has >= 40 labelled
 * candidates (concept + piece, the most common, is the reference at 0). A 5-fold cross-validation grouped by
 * description reports how the fitted and the hand-set priors order held-out descriptions' labelled candidates.
 *
 *   npx tsx experiments/names/v14/fit-prior.ts (at commit bfda4c5) [--ridge 5] [--half 0|1] [--out FILE]
 * `--half h` fits on the descriptions whose id hashes to the other half only (for cross-fitted validation
 * rounds: the half a round judges never trained the weights it is judged with).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { fnv1a } from "../../../src/core/hash.js";
import { builtPath, sourcePath } from "../../../src/core/paths.js";
import { VALIDATION_WRITERS } from "../../../src/core/splits.js";
import { understand } from "../../../src/understand/index.js";
import { craftedRankingPath, craftedScored, type CraftedFeatures } from "../../../src/generate/crafted.js";

const { values } = parseArgs({
  options: { ridge: { type: "string" }, half: { type: "string" }, out: { type: "string" } },
});
const ridge = Number(values.ridge ?? 5);
const half = values.half === undefined ? undefined : Number(values.half);
const out = values.out ?? craftedRankingPath();
const FEATURES: (keyof CraftedFeatures)[] = ["base", "seam", "length", "pronounce", "common", "neighbourSim"];
const MIN_METHOD_ROWS = 40;
const REFERENCE_METHOD = "crafted:concept+piece";

/** Which half of the validation descriptions an id belongs to (a stable hash, so halves never move). */
export const halfOf = (id: string): number => fnv1a(id) & 1;

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

// Blind scores by "id label".
// A round whose judges have not written yet has no labels.
const rounds = readdirSync(builtPath("judging", "rounds"))
  .filter((r) => /^v\d+$/.test(r) && existsSync(sourcePath("judgments", r)))
  .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
const scores = new Map<string, number[]>();
for (const round of rounds) {
  const key = new Map(
    readJsonl<{ task: string; id: string; domain: string; writer: string }>(builtPath("judging", "rounds", round, "key.jsonl"))
      .filter((x) => VALIDATION_WRITERS.includes(x.writer))
      .map((x) => [x.task, x]),
  );
  const dir = sourcePath("judgments", round);
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".jsonl")))
    for (const j of readJsonl<{ task: string; score: number }>(`${dir}/${f}`)) {
      const x = key.get(j.task);
      if (!x) continue;
      const k = `${x.id} ${x.domain.slice(0, x.domain.indexOf("."))}`;
      scores.set(k, [...(scores.get(k) ?? []), j.score]);
    }
}

interface Row {
  id: string;
  method: string;
  f: CraftedFeatures;
  logp: number;
  y: number;
}
const rows: Row[] = [];
for (const w of VALIDATION_WRITERS)
  for (const d of readJsonl<{ id: string; text: string }>(sourcePath("descriptions", `${w}.jsonl`))) {
    if (half !== undefined && halfOf(d.id) === half) continue;
    for (const c of craftedScored(understand(d.text))) {
      const s = scores.get(`${d.id} ${c.label}`);
      if (s) rows.push({ id: d.id, method: c.method, f: c.features, logp: c.logp, y: s.reduce((a, b) => a + b, 0) / s.length });
    }
  }

const methodCounts = new Map<string, number>();
for (const r of rows) methodCounts.set(r.method, (methodCounts.get(r.method) ?? 0) + 1);
const methods = [...methodCounts]
  .filter(([m, n]) => n >= MIN_METHOD_ROWS && m !== REFERENCE_METHOD)
  .map(([m]) => m)
  .sort();
const x = (r: Row): number[] => [...FEATURES.map((k) => r.f[k]), ...methods.map((m) => (r.method === m ? 1 : 0))];
const dim = FEATURES.length + methods.length;

function groups(rs: Row[]): Row[][] {
  const by = new Map<string, Row[]>();
  for (const r of rs) by.set(r.id, [...(by.get(r.id) ?? []), r]);
  return [...by.values()];
}

/** Ridge regression on per-description centred rows: solves (X'X + lambda I) w = X'y by Gaussian elimination. */
function fit(rs: Row[]): number[] {
  const a = Array.from({ length: dim }, (_, i) => Array.from({ length: dim + 1 }, (_, j) => (i === j ? ridge : 0)));
  for (const g of groups(rs)) {
    if (g.length < 2) continue;
    const xs = g.map(x);
    const mx = Array.from({ length: dim }, (_, k) => xs.reduce((s, v) => s + v[k]!, 0) / xs.length);
    const my = g.reduce((s, r) => s + r.y, 0) / g.length;
    g.forEach((r, n) => {
      const c = xs[n]!.map((v, k) => v - mx[k]!);
      for (let i = 0; i < dim; i++) {
        for (let j = 0; j < dim; j++) a[i]![j]! += c[i]! * c[j]!;
        a[i]![dim]! += c[i]! * (r.y - my);
      }
    });
  }
  for (let i = 0; i < dim; i++) {
    let p = i;
    for (let r = i + 1; r < dim; r++) if (Math.abs(a[r]![i]!) > Math.abs(a[p]![i]!)) p = r;
    [a[i], a[p]] = [a[p]!, a[i]!];
    for (let r = 0; r < dim; r++) {
      if (r === i) continue;
      const f = a[r]![i]! / a[i]![i]!;
      for (let c = i; c <= dim; c++) a[r]![c]! -= f * a[i]![c]!;
    }
  }
  return a.map((row, i) => row[dim]! / row[i]!);
}

const dot = (w: number[], v: number[]): number => w.reduce((s, wi, i) => s + wi * v[i]!, 0);
function spearman(p: number[], y: number[]): number | null {
  const rank = (v: number[]): number[] => {
    const order = v.map((_, i) => i).sort((i, j) => v[i]! - v[j]!);
    const r = new Array<number>(v.length);
    for (let k = 0; k < order.length; ) {
      let e = k;
      while (e + 1 < order.length && v[order[e + 1]!] === v[order[k]!]) e++;
      for (let t = k; t <= e; t++) r[order[t]!] = (k + e) / 2;
      k = e + 1;
    }
    return r;
  };
  const a = rank(p);
  const b = rank(y);
  const m = (v: number[]): number => v.reduce((s, t) => s + t, 0) / v.length;
  const ma = m(a);
  const mb = m(b);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    num += (a[i]! - ma) * (b[i]! - mb);
    da += (a[i]! - ma) ** 2;
    db += (b[i]! - mb) ** 2;
  }
  return da === 0 || db === 0 ? null : num / Math.sqrt(da * db);
}

// Cross-validation, 5 folds by description (fold = hash of the id).
const cv = { fitted: [] as number[], hand: [] as number[], top3Fitted: [] as number[], top3Hand: [] as number[] };
for (let fold = 0; fold < 5; fold++) {
  const inFold = (r: Row): boolean => (fnv1a(r.id + "#fold") >>> 0) % 5 === fold;
  const w = fit(rows.filter((r) => !inFold(r)));
  for (const g of groups(rows.filter(inFold))) {
    if (g.length < 4) continue;
    const y = g.map((r) => r.y);
    const pf = g.map((r) => dot(w, x(r)));
    const ph = g.map((r) => r.logp);
    const top3 = (p: number[]): number =>
      p
        .map((v, i) => [v, y[i]!] as const)
        .sort((a, b) => b[0] - a[0])
        .slice(0, 3)
        .reduce((s, [, v]) => s + v, 0) / Math.min(3, p.length);
    const sf = spearman(pf, y);
    const sh = spearman(ph, y);
    if (sf !== null) cv.fitted.push(sf);
    if (sh !== null) cv.hand.push(sh);
    cv.top3Fitted.push(top3(pf));
    cv.top3Hand.push(top3(ph));
  }
}
const mean = (v: number[]): number => +(v.reduce((s, t) => s + t, 0) / Math.max(1, v.length)).toFixed(3);

const w = fit(rows);
const file = {
  format: "namewright-crafted-ranking-v1",
  about:
    "Learned ranking of the crafted generator's candidates: expected blind score = weights . features + method offset (per request, up to a constant). Fitted by scripts/fit-crafted-prior.ts.",
  weights: Object.fromEntries(FEATURES.map((k, i) => [k, +w[i]!.toFixed(4)])),
  method: Object.fromEntries(methods.map((m, i) => [m, +w[FEATURES.length + i]!.toFixed(4)])),
  fitted_on: {
    rounds,
    writers: VALIDATION_WRITERS,
    half_left_out: half ?? null,
    descriptions: groups(rows).length,
    labelled_candidates: rows.length,
    ridge,
  },
  cross_validation: {
    folds: 5,
    descriptions: cv.top3Fitted.length,
    spearman_within_description: { fitted: mean(cv.fitted), hand_prior: mean(cv.hand) },
    top3_labelled_mean_score: { fitted: mean(cv.top3Fitted), hand_prior: mean(cv.top3Hand) },
  },
};
writeFileSync(out, JSON.stringify(file, null, 1) + "\n");
console.log(JSON.stringify(file.cross_validation));
console.log(`${rows.length} labelled candidates from ${file.fitted_on.descriptions} descriptions -> ${out}`);
