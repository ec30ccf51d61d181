/**
 * Fits the model-names judge: the learned judge's features and form (src/score/judge/learned.ts), fitted only on
 * blind labels of names the embedded models made. Why a second judge: the learned judge was fitted on the
 * experts', the pipelines' and decoys' names and ranks model names no better than chance (its agreement with
 * blind labels on them is reported below), so it can neither choose among a model's samples nor be the reward of
 * rejection sampling (issue 18). Labels: the rounds that judged model-made names (test2, looked at once and
 * usable since; v6 and v11 on the validation writer w4). Validation: v12's model names (80 other w4
 * descriptions), which the validated fit never sees. The shipped judge is then fitted on all four rounds.
 * Writes data/built/judge/model-judge.json.
 *
 *   npx tsx scripts/fit-model-judge.ts [--l2 0.03]
 *   npx tsx scripts/fit-model-judge.ts --check v57     the shipped judge's agreement on a later round's model names
 *                                                      (descriptions of w4 and dev2); nothing fitted or written
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { expectedCalibrationError, predictLogistic, rocAuc, spearman, splitDomain } from "../src/evaluate/index.js";
import { JUDGE_FEATURES, judgeFeatures } from "../src/score/judge/features.js";
import { learnedScore, modelNamesJudge, predictJudgeModel } from "../src/score/index.js";
import { loadKnowledge } from "../src/naming/index.js";
import { understand } from "../src/understand/index.js";
import type { Understanding } from "../src/core/types.js";
import { fitJudgeModels, pairwiseAgreement } from "./judge-fit.js";
import { meanOf, readDescriptions, readRound } from "./ground-truth.js";

const { values } = parseArgs({ options: { l2: { type: "string" }, check: { type: "string" } } });
const L2 = Number(values.l2 ?? 0.03);
const FIT_ROUNDS = ["test2", "v6", "v11"];
const VALIDATION_ROUND = "v12";
/** A source is a model's when the round named a training run or the shipped embedded model. */
const isModelSource = (s: string): boolean => s.startsWith("run=") || s === "model";

interface Item {
  id: string;
  round: string;
  x: number[];
  label: number;
  judges: number[];
}
const texts = new Map(readDescriptions(["w4", "w18", "w19", "w27", "w28", "w29"]).map((d) => [d.id, d.text]));
const knowledge = loadKnowledge();
const understood = new Map<string, Understanding>();
const understandOnce = (id: string, text: string): Understanding => {
  let u = understood.get(id);
  if (!u) understood.set(id, (u = understand(text)));
  return u;
};
const domains = new Map<Item, { label: string; tld: string }>();
function modelItems(rounds: readonly string[]): Item[] {
  const out: Item[] = [];
  for (const round of rounds)
    for (const p of readRound(round)) {
      const text = texts.get(p.key.id);
      if (!text || !p.key.sources.some((s) => isModelSource(s.source))) continue;
      const d = splitDomain(p.key.domain);
      const item = {
        id: p.key.id,
        round,
        x: judgeFeatures(d.label, d.tld, understandOnce(p.key.id, text), knowledge, false),
        label: meanOf(p.scores),
        judges: p.scores,
      };
      domains.set(item, d);
      out.push(item);
    }
  return out;
}

const groups = (xs: Item[]): Item[][] => {
  const by = new Map<string, Item[]>();
  for (const i of xs) by.set(i.id, [...(by.get(i.id) ?? []), i]);
  return [...by.values()];
};
/** Mean over descriptions (>= 4 names, labels not all equal) of the Spearman between prediction and label. */
function withinSpearman(xs: Item[], pred: (i: Item) => number): number {
  const rs = groups(xs)
    .filter((g) => g.length >= 4 && new Set(g.map((i) => i.label)).size > 1)
    .map((g) =>
      spearman(
        g.map(pred),
        g.map((i) => i.label),
      ),
    )
    .filter(Number.isFinite);
  return meanOf(rs);
}

const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : "-");
const learnedOn = (i: Item): number => {
  const d = domains.get(i)!;
  return learnedScore(d.label, d.tld, understood.get(i.id)!, undefined, knowledge).score;
};
const rubricOn = (i: Item): number => i.x[JUDGE_FEATURES.indexOf("overall")]!;
function table(set: Item[], predictors: [string, (i: Item) => number][]): void {
  const y = set.map((i) => i.label);
  console.log(`| on ${set.length} model names | Spearman (pooled) | within a description | pairwise |`);
  console.log("|---|---|---|---|");
  for (const [name, pred] of predictors)
    console.log(
      `| ${name} | ${f3(spearman(set.map(pred), y))} | ${f3(withinSpearman(set, pred))} | ${f3(pairwiseAgreement(set, pred))} |`,
    );
}
if (values.check) {
  const shippedJudge = modelNamesJudge();
  console.log(`round ${values.check}:`);
  table(modelItems([values.check]), [
    ["model-names judge (shipped)", (i) => predictJudgeModel(shippedJudge.score, i.x)],
    ["learned judge (shipped)", learnedOn],
    ["rubric", rubricOn],
  ]);
  process.exit(0);
}
const fitSet = modelItems(FIT_ROUNDS);
const valSet = modelItems([VALIDATION_ROUND]);
const validated = fitJudgeModels(fitSet, L2);
const predictors: [string, (i: Item) => number][] = [
  ["model-names judge (fitted without v12)", (i) => predictLogistic(validated.score, i.x)],
  ["learned judge (shipped)", learnedOn],
  ["rubric", rubricOn],
];
const y = valSet.map((i) => i.label);
const good = y.map((v) => (v >= 7 ? 1 : 0));
const pGood = valSet.map((i) => predictLogistic(validated.good, i.x));
const twice = valSet.filter((i) => i.judges.length >= 2);
const interJudge = spearman(
  twice.map((i) => i.judges[0]!),
  twice.map((i) => i.judges[1]!),
);
console.log(
  `fit: ${fitSet.length} labelled model names (${FIT_ROUNDS.join(", ")}); validation: ${valSet.length} (${VALIDATION_ROUND})`,
);
table(valSet, predictors);
const auc = good.some((g) => g === 1) ? rocAuc(pGood, good) : NaN;
console.log(
  `P(>= 7): AUC ${f3(auc)}, ECE ${f3(expectedCalibrationError(pGood, good))}, base rate ${f3(meanOf(good))}; inter-judge Spearman ${f3(interJudge)} (${twice.length} names labelled twice)`,
);

const shipped = fitJudgeModels([...fitSet, ...valSet], L2);
const pred = (i: Item): number => predictLogistic(validated.score, i.x);
mkdirSync("data/built/judge", { recursive: true });
writeFileSync(
  "data/built/judge/model-judge.json",
  JSON.stringify(
    {
      version: 1,
      features: JUDGE_FEATURES,
      l2: L2,
      score: shipped.score,
      good: shipped.good,
      fittedOn: { names: fitSet.length + valSet.length, rounds: [...FIT_ROUNDS, VALIDATION_ROUND] },
      validation: [
        {
          set: `${VALIDATION_ROUND}'s model names (held out of the fit)`,
          n: valSet.length,
          spearmanLearned: spearman(valSet.map(pred), y),
          withinDescriptionSpearman: withinSpearman(valSet, pred),
          pairwiseLearned: pairwiseAgreement(valSet, pred),
          auc,
          ece: expectedCalibrationError(pGood, good),
          interJudgeSpearman: interJudge,
        },
      ],
    },
    null,
    1,
  ) + "\n",
);
console.log("wrote data/built/judge/model-judge.json (fitted on all four rounds)");
