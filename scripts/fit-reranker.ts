/**
 * Fits the crafted generator's reranker (src/generate/rerank.ts) on blind labels of the product's own names:
 *   - labels: every judging round's judgments (data/built/judging/rounds/<r>/key.jsonl joined to
 *     data/sources/judgments/<r>/), names that came from the product only (references and decoys left out),
 *     the mean label per (description, domain); descriptions of the writers the naming knowledge was not built
 *     from (a training writer's description would find its own experts' names as neighbours) and never a test
 *     writer's;
 *   - features: for each labelled name the current generator still proposes (its pool with the prior's order,
 *     up to 3,000 candidates), `rerankFeatures` with the labelled TLD;
 *   - model: ridge regression on standardised features, beta = (A'A + lambda I)^-1 A'(y - mean y);
 *   - validation: leave one writer out (each writer's names predicted by a fit on the others), the mean over
 *     descriptions of the within-description Spearman correlation with the labels, next to the prior's and the
 *     learned judge's. The shipped model is then fitted on all of them.
 *   - confidence: Platt scaling of the out-of-fold predictions to P(a judge rates the name >= 7), the confidence the
 *     product shows (its own held-out AUC and calibration error from refitting it without each writer), checked on
 *     the labels of writers outside the fit (`--check`, default the unlabelled-round writers w12-w17, w20-w22) beside
 *     the learned judge's estimate.
 * Writes data/built/naming/reranker.json and prints the validation.
 * The shipped file was fitted on the labels of w4 and w23-w26 (rounds up to v31 and the pool labellings p41-p43, whose
 * labels reach past the shown names into the pool); `--writers` names the writers whose labels are read (default:
 * those), so that the shipped file is what the command rebuilds.
 *   npx tsx scripts/fit-reranker.ts [--writers w4,w23,w24,w25,w26] [--check w12,...] [--lambda 50] [--out FILE]
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { DEV_WRITERS, TEST_WRITERS } from "../src/core/splits.js";
import { expectedCalibrationError, fitLogistic, rocAuc, solveSymmetric, spearman } from "../src/evaluate/index.js";
import { predictLogistic } from "../src/score/index.js";
import { firstLearnedJudge, learnedScore } from "../src/score/judge/learned.js";
import { craftedCandidates } from "../src/generate/index.js";
import {
  RERANK_FEATURES,
  rerankContext,
  rerankFeatures,
  rerankerPath,
  rerankScore,
  type Reranker,
  type RerankValidation,
} from "../src/generate/rerank.js";
import { knowledgePath, loadKnowledge, namingContext, type KnowledgeFile } from "../src/naming/index.js";
import { understand } from "../src/understand/index.js";
import { readDescriptions, readJsonl } from "./ground-truth.js";

const { values } = parseArgs({
  options: {
    lambda: { type: "string" },
    out: { type: "string" },
    writers: { type: "string" },
    check: { type: "string" },
  },
});
const only = new Set((values.writers ?? "w4,w23,w24,w25,w26").split(","));
// dev2 is never fitted on (data/sources/descriptions/SPLITS.md); it may only check.
const devFit = [...only].filter((w) => DEV_WRITERS.includes(w));
if (devFit.length > 0) throw new Error(`${devFit.join(", ")} hold dev2, which no fit reads; use --check`);
// Writers whose labels check the shipped confidence from outside the fit (rounds v32 on drew from them; none is a
// knowledge, fit or test writer).
const checkWriters = new Set((values.check ?? "w12,w13,w14,w15,w16,w17,w20,w21,w22").split(",").filter(Boolean));
const lambda = Number(values.lambda ?? 50);
const out = values.out ?? rerankerPath();

interface KeyRow {
  task: string;
  id: string;
  writer: string;
  domain: string;
  sources: { source: string }[];
}
interface Judgment {
  task: string;
  score: number;
}

const knowledge = loadKnowledge();
// The knowledge file names the writers it was built from.
const built = JSON.parse(readFileSync(knowledgePath(), "utf8")) as KnowledgeFile;
const excluded = new Set([...built.writers, ...TEST_WRITERS]);
const labels = new Map<string, number[]>();
const writerOf = new Map<string, string>();
const checkLabels = new Map<string, number[]>();
const checkWriterOf = new Map<string, string>();
const roundsDir = "data/built/judging/rounds";
for (const round of readdirSync(roundsDir).sort()) {
  const judged = join("data/sources/judgments", round);
  if (!existsSync(join(roundsDir, round, "key.jsonl")) || !existsSync(judged)) continue;
  const key = new Map<string, KeyRow>();
  for (const k of readJsonl<KeyRow>(join(roundsDir, round, "key.jsonl")))
    if (
      (only.has(k.writer) || checkWriters.has(k.writer)) &&
      !excluded.has(k.writer) &&
      k.sources.some((s) => s.source !== "reference" && s.source !== "decoy")
    )
      key.set(k.task, k);
  for (const f of readdirSync(judged).filter((f) => f.endsWith(".jsonl")))
    for (const j of readJsonl<Judgment>(join(judged, f))) {
      const k = key.get(j.task);
      if (!k || !Number.isFinite(j.score)) continue;
      const at = `${k.id} ${k.domain}`;
      const [into, writers] = only.has(k.writer) ? [labels, writerOf] : [checkLabels, checkWriterOf];
      into.set(at, [...(into.get(at) ?? []), j.score]);
      writers.set(k.id, k.writer);
    }
}

interface Row {
  id: string;
  writer: string;
  x: number[];
  y: number;
  /** Share of its labels >= GOOD (what the confidence estimates). */
  good: number;
  prior: number;
  judge: number;
  /** The learned judge's P(>= 7), the confidence the reranker's replaces. */
  judgeP: number;
}
/** The confidence's event: a careful judge rates the name >= 7 of 10. */
const GOOD = 7;
let notProposed = 0;
/** Features of every labelled name the current generator still proposes, for the labels' writers. */
function rowsOf(labelled: Map<string, number[]>, writerOfId: Map<string, string>, what: string): Row[] {
  const domainsOf = new Map<string, string[]>();
  for (const at of labelled.keys()) {
    const [id, domain] = at.split(" ") as [string, string];
    domainsOf.set(id, [...(domainsOf.get(id) ?? []), domain]);
  }
  const rows: Row[] = [];
  const descriptions = readDescriptions([...new Set(writerOfId.values())].sort()).filter((d) => domainsOf.has(d.id));
  descriptions.forEach((d, n) => {
    if (n % 100 === 0) process.stderr.write(`\r${what}: ${n}/${descriptions.length} descriptions`);
    const u = understand(d.text);
    const pool = craftedCandidates(u, { limit: 3000, rerank: false });
    const at = new Map<string, number>();
    pool.forEach((c, i) => {
      if (!at.has(c.label)) at.set(c.label, i);
    });
    const ctx = namingContext(u, knowledge);
    const rc = rerankContext(u, ctx);
    for (const domain of domainsOf.get(d.id)!) {
      const dot = domain.indexOf(".");
      const i = at.get(domain.slice(0, dot));
      if (i === undefined) {
        notProposed++;
        continue;
      }
      const x = rerankFeatures({ ...pool[i]!, tld: domain.slice(dot + 1) }, i, rc);
      const ys = labelled.get(`${d.id} ${domain}`)!;
      rows.push({
        id: d.id,
        writer: writerOfId.get(d.id)!,
        x,
        y: ys.reduce((a, b) => a + b, 0) / ys.length,
        good: ys.filter((v) => v >= GOOD).length / ys.length,
        prior: x[RERANK_FEATURES.indexOf("logprior")]!,
        judge: x[RERANK_FEATURES.indexOf("judge")]!,
        judgeP: learnedScore(domain.slice(0, dot), domain.slice(dot + 1), u, firstLearnedJudge()).pGood,
      });
    }
  });
  process.stderr.write(`\r${what}: ${descriptions.length} descriptions, ${rows.length} labelled names\n`);
  return rows;
}
const rows = rowsOf(labels, writerOf, "features");
const writers = [...new Set(rows.map((r) => r.writer))].sort();

/** Ridge on standardised features (a feature constant in the fit gets sd 1 and no weight). */
function fit(train: readonly Row[]): Reranker {
  const p = RERANK_FEATURES.length;
  const mean = Array.from({ length: p }, (_, k) => train.reduce((s, r) => s + r.x[k]!, 0) / train.length);
  const sd = mean.map((m, k) => {
    const v = train.reduce((s, r) => s + (r.x[k]! - m) ** 2, 0) / train.length;
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  const ybar = train.reduce((s, r) => s + r.y, 0) / train.length;
  const ata = new Float64Array(p * p);
  const aty = new Float64Array(p);
  for (let a = 0; a < p; a++) ata[a * p + a] = lambda;
  for (const r of train) {
    const z = r.x.map((v, k) => (v - mean[k]!) / sd[k]!);
    for (let a = 0; a < p; a++) {
      for (let b = 0; b < p; b++) ata[a * p + b]! += z[a]! * z[b]!;
      aty[a]! += z[a]! * (r.y - ybar);
    }
  }
  // A'A + lambda I is symmetric positive definite for lambda > 0.
  const beta = Array.from(solveSymmetric(ata, aty, p));
  const validation: RerankValidation = {
    n: 0,
    withinDescriptionSpearman: NaN,
    priorWithinDescriptionSpearman: NaN,
    judgeWithinDescriptionSpearman: NaN,
    pooledSpearman: NaN,
  };
  return {
    version: 1,
    features: [...RERANK_FEATURES],
    mean,
    sd,
    beta,
    intercept: ybar,
    lambda,
    labels: train.length,
    validation,
  };
}

/** Mean over descriptions with >= 3 labelled names (and some spread) of Spearman(pred, label). */
function withinDescription(rs: readonly Row[], pred: (r: Row) => number): number {
  const by = new Map<string, Row[]>();
  for (const r of rs) by.set(r.id, [...(by.get(r.id) ?? []), r]);
  const rhos: number[] = [];
  for (const g of by.values()) {
    if (g.length < 3 || new Set(g.map((r) => r.y)).size < 2 || new Set(g.map(pred)).size < 2) continue;
    rhos.push(
      spearman(
        g.map(pred),
        g.map((r) => r.y),
      ),
    );
  }
  return rhos.reduce((a, b) => a + b, 0) / rhos.length;
}

const oof = new Map<Row, number>();
for (const w of writers) {
  const model = fit(rows.filter((r) => r.writer !== w));
  for (const r of rows) if (r.writer === w) oof.set(r, rerankScore(r.x, model));
}
const validation: RerankValidation = {
  n: oof.size,
  withinDescriptionSpearman: withinDescription(rows, (r) => oof.get(r)!),
  priorWithinDescriptionSpearman: withinDescription(rows, (r) => r.prior),
  judgeWithinDescriptionSpearman: withinDescription(rows, (r) => r.judge),
  pooledSpearman: spearman(
    rows.map((r) => oof.get(r)!),
    rows.map((r) => r.y),
  ),
};
// The confidence: P(a careful judge rates the name >= 7) = sigmoid(a * prediction + b) (Platt scaling of the
// reranker's prediction), fitted on the out-of-fold predictions; its own out-of-fold figures come from fitting it
// without each writer in turn.
const platt = (rs: readonly Row[]) =>
  fitLogistic(
    rs.map((r) => [oof.get(r)!]),
    rs.map((r) => r.good),
  );
const calibratedOof = new Map<Row, number>();
for (const w of writers) {
  const m = platt(rows.filter((r) => r.writer !== w));
  for (const r of rows) if (r.writer === w) calibratedOof.set(r, predictLogistic(m, [oof.get(r)!]));
}
const confidenceModel = platt(rows);
const confidenceFigures = (rs: readonly Row[], p: (r: Row) => number) => ({
  n: rs.length,
  auc: rocAuc(
    rs.map(p),
    rs.map((r) => (r.y >= GOOD ? 1 : 0)),
  ),
  ece: expectedCalibrationError(
    rs.map(p),
    rs.map((r) => r.good),
  ),
});
const confidence = {
  coef: confidenceModel.coef,
  bias: confidenceModel.bias,
  heldOut: confidenceFigures(rows, (r) => calibratedOof.get(r)!),
  learnedJudgeHeldOut: confidenceFigures(rows, (r) => r.judgeP),
};
const shippedModel = fit(rows);
const checkRows = checkWriterOf.size > 0 ? rowsOf(checkLabels, checkWriterOf, "check") : [];
const check =
  checkRows.length > 0
    ? {
        writers: [...new Set(checkRows.map((r) => r.writer))].sort(),
        reranker: confidenceFigures(checkRows, (r) =>
          predictLogistic(confidenceModel, [rerankScore(r.x, shippedModel)]),
        ),
        learnedJudge: confidenceFigures(checkRows, (r) => r.judgeP),
        withinDescriptionSpearman: withinDescription(checkRows, (r) => rerankScore(r.x, shippedModel)),
        judgeWithinDescriptionSpearman: withinDescription(checkRows, (r) => r.judgeP),
      }
    : undefined;
const shipped = { ...shippedModel, validation, writers, notProposed, confidence: { ...confidence, check } };
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(shipped, null, 1) + "\n");
const f3 = (v: number): string => v.toFixed(3);
console.log(
  `reranker: ${rows.length} labelled names of writers ${writers.join(", ")} (${notProposed} labelled names no longer proposed)\n` +
    `held out by writer, within-description Spearman: reranker ${f3(validation.withinDescriptionSpearman)}, ` +
    `prior ${f3(validation.priorWithinDescriptionSpearman)}, learned judge ${f3(validation.judgeWithinDescriptionSpearman)}; ` +
    `pooled ${f3(validation.pooledSpearman)}\n` +
    `confidence P(>= ${GOOD}) held out by writer: AUC ${f3(confidence.heldOut.auc)}, ECE ${f3(confidence.heldOut.ece)} ` +
    `(learned judge AUC ${f3(confidence.learnedJudgeHeldOut.auc)}, ECE ${f3(confidence.learnedJudgeHeldOut.ece)})\n` +
    (check
      ? `on ${check.reranker.n} labelled names of writers outside the fit (${check.writers.join(", ")}): AUC ` +
        `${f3(check.reranker.auc)}, ECE ${f3(check.reranker.ece)}, within-description Spearman ` +
        `${f3(check.withinDescriptionSpearman)} (learned judge AUC ${f3(check.learnedJudge.auc)}, ECE ${f3(check.learnedJudge.ece)}, ` +
        `within-description Spearman ${f3(check.judgeWithinDescriptionSpearman)})\n`
      : "") +
    `-> ${out}`,
);
