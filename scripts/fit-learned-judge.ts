/**
 * Fits the learned judge (v0) on the blind judgments and validates it on held-out descriptions and writers:
 * trained on the labels of the train writers' descriptions (w1-w3), measured on the validation writer's
 * (w4), never on the test split. Two L2 logistic regressions over score/judge/features.ts:
 *   score model:      E[label] / 10 = sigmoid(w . x + b), fitted on the (fractional) mean label / 10;
 *   confidence model: P(label >= 7) = sigmoid(v . x + c), fitted on the binary outcome.
 * Reported next to the rubric alone (its overall score as the prediction) and to the judges' own agreement:
 * Spearman with the labels, pairwise accuracy within a description (pairs whose labels differ), AUC and
 * expected calibration error of P(>= 7), overall and on Namewright's own names only.
 * Writes data/built/judge/learned-judge.json (weights, and the validation figures) and prints a table.
 *
 *   npx tsx scripts/fit-learned-judge.ts [--l2 0.01]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  expectedCalibrationError,
  fitLogistic,
  predictLogistic,
  rocAuc,
  spearman,
  type LogisticModel,
} from "../src/evaluate/index.js";
import { splitDomain } from "../src/evaluate/index.js";
import { JUDGE_FEATURES, judgeFeatures } from "../src/score/judge/features.js";
import { understand } from "../src/understand/index.js";
import { meanOf, readDescriptions, readJudgments, type ValidationRow } from "./ground-truth.js";

interface Item {
  id: string;
  split: string;
  source: string;
  x: number[];
  label: number;
  rubric: number;
}

const { values } = parseArgs({ options: { l2: { type: "string" } } });
const L2 = Number(values.l2 ?? 0.01);
const texts = new Map(readDescriptions(["w1", "w2", "w3", "w4"]).map((d) => [d.id, d.text]));

const understood = new Map<string, ReturnType<typeof understand>>();
const items: Item[] = [];
for (const { key: k, scores } of readJudgments().pairs) {
  const text = texts.get(k.id);
  if (!text) continue;
  let u = understood.get(k.id);
  if (!u) understood.set(k.id, (u = understand(text)));
  const { label, tld } = splitDomain(k.domain);
  const x = judgeFeatures(label, tld, u);
  items.push({
    id: k.id,
    split: k.split,
    source: k.source,
    x,
    label: meanOf(scores),
    rubric: x[JUDGE_FEATURES.indexOf("overall")] * 10,
  });
}
const train = items.filter((i) => i.split === "train");
const val = items.filter((i) => i.split === "val");
process.stderr.write(`${items.length} labelled pairs: train ${train.length}, val ${val.length}\n`);

const scoreModel = fitLogistic(
  train.map((i) => i.x),
  train.map((i) => i.label / 10),
  { l2: L2 },
);
const goodModel = fitLogistic(
  train.map((i) => i.x),
  train.map((i) => (i.label >= 7 ? 1 : 0)),
  { l2: L2 },
);

function pairwise(xs: Item[], pred: (i: Item) => number): number {
  const byId = new Map<string, Item[]>();
  for (const i of xs) byId.set(i.id, [...(byId.get(i.id) ?? []), i]);
  let ok = 0;
  let n = 0;
  for (const group of byId.values())
    for (let a = 0; a < group.length; a++)
      for (let b = a + 1; b < group.length; b++) {
        const dl = group[a].label - group[b].label;
        if (dl === 0) continue;
        const dp = pred(group[a]) - pred(group[b]);
        n++;
        if (dp * dl > 0) ok += 1;
        else if (dp === 0) ok += 0.5;
      }
  return n > 0 ? ok / n : NaN;
}

function measure(set: string, xs: Item[], m: LogisticModel, g: LogisticModel): ValidationRow {
  const y = xs.map((i) => i.label);
  const p = xs.map((i) => predictLogistic(g, i.x));
  return {
    set,
    n: xs.length,
    spearmanRubric: spearman(
      xs.map((i) => i.rubric),
      y,
    ),
    spearmanLearned: spearman(
      xs.map((i) => predictLogistic(m, i.x)),
      y,
    ),
    pairwiseRubric: pairwise(xs, (i) => i.rubric),
    pairwiseLearned: pairwise(xs, (i) => predictLogistic(m, i.x)),
    auc: rocAuc(
      p,
      y.map((v) => (v >= 7 ? 1 : 0)),
    ),
    ece: expectedCalibrationError(
      p,
      y.map((v) => (v >= 7 ? 1 : 0)),
    ),
  };
}
const ours = (i: Item): boolean => i.source === "both" || i.source === "lexical";
const rows = [
  measure("validation (w4), all candidates", val, scoreModel, goodModel),
  measure(
    "validation, without decoys",
    val.filter((i) => i.source !== "decoy"),
    scoreModel,
    goodModel,
  ),
  measure("validation, Namewright's names only", val.filter(ours), scoreModel, goodModel),
  measure("train (w1-w3), all (fit)", train, scoreModel, goodModel),
];
const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : "–");
console.log(
  "| set | pairs | Spearman rubric | Spearman learned | pairwise rubric | pairwise learned | AUC P(>=7) | ECE |",
);
console.log("|---|---|---|---|---|---|---|---|");
for (const r of rows)
  console.log(
    `| ${r.set} | ${r.n} | ${f3(r.spearmanRubric)} | ${f3(r.spearmanLearned)} | ${f3(r.pairwiseRubric)} | ${f3(r.pairwiseLearned)} | ${f3(r.auc)} | ${f3(r.ece)} |`,
  );
const weights = (m: LogisticModel): Record<string, number> =>
  Object.fromEntries(JUDGE_FEATURES.map((f, i) => [f, Number(m.coef[i].toFixed(4))]));
console.log("\nscore model weights:", JSON.stringify(weights(scoreModel)));
mkdirSync("data/built/judge", { recursive: true });
writeFileSync(
  "data/built/judge/learned-judge.json",
  JSON.stringify(
    {
      version: 0,
      features: JUDGE_FEATURES,
      l2: L2,
      score: scoreModel,
      good: goodModel,
      fittedOn: { pairs: train.length, writers: ["w1", "w2", "w3"] },
      validation: rows,
      createdAt: new Date().toISOString(),
    },
    null,
    1,
  ) + "\n",
);
