/**
 * Fits the learned judge on the blind judgments and validates it on descriptions it never saw:
 *   - labels: the first pool (data/built/judging/key.jsonl; train writers w1-w3 and validation writer w4) and
 *     the judging rounds named with --rounds (validation writer w4 only; the test writer is never used here);
 *   - features: score/judge/features.ts. Its naming-knowledge features are computed, for a description of a
 *     training writer, with that writer's own descriptions left out of the knowledge (the knowledge holds the
 *     training writers' expert names, and a description must not find its own experts as "neighbours");
 *   - models: two L2 logistic regressions, E[label]/10 = sigmoid(w.x + b) and P(label >= 7) = sigmoid(v.x + c);
 *   - validation: 5-fold cross-validation over the validation writer's descriptions (each fold's model is fitted
 *     on w1-w3 and the other folds), so every w4 prediction is out of sample; reported overall, without decoys,
 *     on the product's names only, and per generator, next to the hand rubric and to the judges' own agreement
 *     on pairs labelled twice. The shipped model is then fitted on everything.
 * Writes data/built/judge/learned-judge.json (weights and the validation figures) and prints the table.
 *
 *   npx tsx scripts/fit-learned-judge.ts [--rounds v2] [--l2 0.03]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  expectedCalibrationError,
  predictLogistic,
  rocAuc,
  spearman,
  splitDomain,
  type LogisticModel,
} from "../src/evaluate/index.js";
import { JUDGE_FEATURES, judgeFeatures } from "../src/score/judge/features.js";
import { indexKnowledge, loadKnowledge, type NamingKnowledge } from "../src/naming/index.js";
import { understand } from "../src/understand/index.js";
import { fitJudgeModels, pairwiseAgreement } from "./judge-fit.js";
import { meanOf, readDescriptions, readJudgments, readRound, type ValidationRow } from "./ground-truth.js";

interface Item {
  id: string;
  writer: string;
  source: string;
  x: number[];
  label: number;
  rubric: number;
}

const { values } = parseArgs({ options: { l2: { type: "string" }, rounds: { type: "string" } } });
const L2 = Number(values.l2 ?? 0.03);
const ROUNDS = values.rounds ? values.rounds.split(",") : [];
const TRAIN_WRITERS = ["w1", "w2", "w3"];
const texts = new Map(readDescriptions([...TRAIN_WRITERS, "w4"]).map((d) => [d.id, d.text]));
const writerOf = (id: string): string => id.slice(0, id.indexOf("-"));

const full = loadKnowledge();
const withoutWriter = new Map<string, NamingKnowledge>();
function knowledgeFor(writer: string): NamingKnowledge {
  if (!TRAIN_WRITERS.includes(writer)) return full;
  let k = withoutWriter.get(writer);
  if (!k) withoutWriter.set(writer, (k = indexKnowledge(full.entries.filter((e) => writerOf(e.id) !== writer))));
  return k;
}

const understood = new Map<string, ReturnType<typeof understand>>();
const items: Item[] = [];
function add(id: string, domain: string, source: string, scores: number[]): void {
  const text = texts.get(id);
  if (!text) return;
  let u = understood.get(id);
  if (!u) understood.set(id, (u = understand(text)));
  const { label, tld } = splitDomain(domain);
  const x = judgeFeatures(label, tld, u, knowledgeFor(writerOf(id)), source === "reference");
  items.push({
    id,
    writer: writerOf(id),
    source,
    x,
    label: meanOf(scores),
    rubric: x[JUDGE_FEATURES.indexOf("overall")]! * 10,
  });
}
for (const { key, scores } of readJudgments().pairs) add(key.id, key.domain, key.source, scores);
const twice: [number, number][] = [];
for (const r of ROUNDS)
  for (const p of readRound(r)) {
    add(p.key.id, p.key.domain, p.key.sources.map((s) => s.source).join("+"), p.scores);
    if (p.scores.length >= 2) twice.push([p.scores[0]!, p.scores[1]!]);
  }
const train = items.filter((i) => TRAIN_WRITERS.includes(i.writer));
const val = items.filter((i) => i.writer === "w4");
process.stderr.write(
  `${items.length} labelled pairs: train writers ${train.length}, validation writer ${val.length}\n`,
);

// Out-of-fold predictions on w4: folds by description, seeded by the id's hash so they are reproducible.
const FOLDS = 5;
const foldOf = (id: string): number => {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % FOLDS;
};
const oof = new Map<Item, { score: number; good: number }>();
// The same predictions with the source hidden: every name scored as a program's (notExpert = 1), which is
// how the product uses the judge; the honest figure for ranking a mixed pool whose sources are unknown.
const hidden = new Map<Item, { score: number; good: number }>();
const NOT_EXPERT = JUDGE_FEATURES.indexOf("notExpert");
for (let f = 0; f < FOLDS; f++) {
  const m = fitJudgeModels([...train, ...val.filter((i) => foldOf(i.id) !== f)], L2);
  for (const i of val.filter((v) => foldOf(v.id) === f)) {
    oof.set(i, { score: predictLogistic(m.score, i.x), good: predictLogistic(m.good, i.x) });
    const xh = i.x.map((v, j) => (j === NOT_EXPERT ? 1 : v));
    hidden.set(i, { score: predictLogistic(m.score, xh), good: predictLogistic(m.good, xh) });
  }
}

type Row = ValidationRow;
function measure(set: string, xs: Item[], preds: Map<Item, { score: number; good: number }> = oof): Row {
  const y = xs.map((i) => i.label);
  const good = y.map((v) => (v >= 7 ? 1 : 0));
  const p = xs.map((i) => preds.get(i)!.good);
  return {
    set,
    n: xs.length,
    spearmanRubric: spearman(
      xs.map((i) => i.rubric),
      y,
    ),
    spearmanLearned: spearman(
      xs.map((i) => preds.get(i)!.score),
      y,
    ),
    pairwiseRubric: pairwiseAgreement(xs, (i) => i.rubric),
    pairwiseLearned: pairwiseAgreement(xs, (i) => preds.get(i)!.score),
    auc: good.some((g) => g === 1) && good.some((g) => g === 0) ? rocAuc(p, good) : NaN,
    ece: expectedCalibrationError(p, good),
  };
}
const ours = (i: Item): boolean => /\b(both|lexical|crafted|model)\b/.test(i.source) && !i.source.includes("reference");
const rows = [
  measure("validation writer w4 (out of fold), all candidates", val),
  measure(
    "w4, without decoys",
    val.filter((i) => i.source !== "decoy"),
  ),
  measure("w4, all candidates, source hidden (every name scored as a program's)", val, hidden),
  measure(
    "w4, without decoys, source hidden",
    val.filter((i) => i.source !== "decoy"),
    hidden,
  ),
  measure("w4, Namewright's names only", val.filter(ours)),
  measure(
    "w4, crafted names only",
    val.filter((i) => i.source.includes("crafted")),
  ),
].filter((r) => r.n > 0);
const judges =
  twice.length >= 3
    ? spearman(
        twice.map((t) => t[0]),
        twice.map((t) => t[1]),
      )
    : NaN;
const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : "–");
console.log(
  "| set | pairs | Spearman rubric | Spearman learned | pairwise rubric | pairwise learned | AUC P(>=7) | ECE |",
);
console.log("|---|---|---|---|---|---|---|---|");
for (const r of rows)
  console.log(
    `| ${r.set} | ${r.n} | ${f3(r.spearmanRubric)} | ${f3(r.spearmanLearned)} | ${f3(r.pairwiseRubric)} | ${f3(r.pairwiseLearned)} | ${f3(r.auc)} | ${f3(r.ece)} |`,
  );
console.log(`\ninter-judge Spearman on the rounds' pairs labelled twice: ${f3(judges)} (${twice.length} pairs)`);

const shipped = fitJudgeModels([...train, ...val], L2);
const weights = (m: LogisticModel): Record<string, number> =>
  Object.fromEntries(JUDGE_FEATURES.map((f, i) => [f, Number(m.coef[i]!.toFixed(4))]));
console.log("\nscore model weights:", JSON.stringify(weights(shipped.score)));
mkdirSync("data/built/judge", { recursive: true });
writeFileSync(
  "data/built/judge/learned-judge.json",
  JSON.stringify(
    {
      version: 1,
      features: JUDGE_FEATURES,
      l2: L2,
      score: shipped.score,
      good: shipped.good,
      fittedOn: { pairs: train.length + val.length, writers: [...TRAIN_WRITERS, "w4"], rounds: ROUNDS },
      validation: rows.map((r) => ({ ...r, interJudgeSpearman: judges })),
      createdAt: new Date().toISOString(),
    },
    null,
    1,
  ) + "\n",
);
