/**
 * Fits the learned judge (version 2) on every blind judgment outside the development and test splits, and
 * validates it on the development split's writers (dev2: w27-w29), whose labels it never sees:
 *   - labels: the first pool (data/built/judging/key.jsonl) and every judging round under data/built/judging/rounds
 *     except the test rounds; pairs of test writers (src/core/splits.ts TEST_WRITERS) are never read; pairs of dev2
 *     writers are the validation set only. Each pair's label is the mean of its judges' scores;
 *   - features: src/score/judge/features.ts, computed as the product computes them (the source hidden: every name,
 *     expert references included, scored as a program's). A description of a writer whose expert names are in the
 *     naming knowledge gets the knowledge without that writer, so no name finds its own experts as neighbours;
 *   - models: boosted trees (src/score/judge/trees.ts) for E[label]/10 and for P(label >= 7); the tree settings are
 *     chosen by cross-validation over groups of training writers (never by dev2), from a small grid;
 *   - validation: dev2 overall, without decoys, on the product's names only (not references, not decoys), with the
 *     first judge (learned-judge-v1.json) and the hand rubric on the same pairs, and the judges' own agreement on
 *     dev2 pairs labelled twice (the ceiling). The shipped model is fitted on the training writers only, so every
 *     later round on dev2 measures it out of sample.
 * Writes data/built/judge/learned-judge.json and prints the tables.
 *
 *   npx tsx scripts/fit-learned-judge.ts
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEV_WRITERS, TEST_WRITERS } from "../src/core/splits.js";
import { expectedCalibrationError, rocAuc, spearman, splitDomain } from "../src/evaluate/index.js";
import {
  JUDGE_FEATURES,
  fitTrees,
  firstLearnedJudge,
  judgeFeatures,
  predictJudgeModel,
  predictTrees,
  type TreeEnsemble,
  type TreeOptions,
} from "../src/score/index.js";
import { understand } from "../src/understand/index.js";
import { pairwiseAgreement } from "./judge-fit.js";
import {
  knowledgeWithoutOwnWriter,
  meanOf,
  readJsonl,
  readJudgments,
  readRound,
  type Description,
  type ValidationRow,
} from "./ground-truth.js";

interface Item {
  id: string;
  writer: string;
  sources: string[];
  x: number[];
  label: number;
  scores: number[];
  rubric: number;
  first: number;
  firstGood: number;
}

const writerOf = (id: string): string => id.slice(0, id.indexOf("-"));
const knowledgeFor = knowledgeWithoutOwnWriter();
const texts = new Map<string, string>();
for (const f of readdirSync("data/sources/descriptions").filter((f) => /^w\d+\.jsonl$/.test(f)))
  for (const d of readJsonl<Description>(join("data/sources/descriptions", f))) texts.set(d.id, d.text);

const raw: { id: string; domain: string; sources: string[]; scores: number[] }[] = [];
for (const p of readJudgments().pairs)
  raw.push({ id: p.key.id, domain: p.key.domain, sources: [p.key.source], scores: p.scores });
for (const round of readdirSync("data/built/judging/rounds").sort()) {
  if (round.startsWith("test") || !existsSync(join("data/sources/judgments", round))) continue;
  for (const p of readRound(round))
    raw.push({ id: p.key.id, domain: p.key.domain, sources: p.key.sources.map((s) => s.source), scores: p.scores });
}

const first = firstLearnedJudge();
const understood = new Map<string, ReturnType<typeof understand>>();
const items: Item[] = [];
for (const r of raw) {
  const writer = writerOf(r.id);
  const text = texts.get(r.id);
  if (TEST_WRITERS.includes(writer) || text === undefined || r.scores.length === 0) continue;
  let u = understood.get(r.id);
  if (!u) understood.set(r.id, (u = understand(text)));
  const { label, tld } = splitDomain(r.domain);
  const x = judgeFeatures(label, tld, u, knowledgeFor(writer));
  items.push({
    id: r.id,
    writer,
    sources: r.sources,
    x,
    label: meanOf(r.scores),
    scores: r.scores,
    rubric: x[JUDGE_FEATURES.indexOf("overall")]! * 10,
    first: predictJudgeModel(first.score, x),
    firstGood: predictJudgeModel(first.good, x),
  });
  if (items.length % 5000 === 0) process.stderr.write(`features: ${items.length} of about ${raw.length} pairs\n`);
}
const isDev = (i: Item): boolean => DEV_WRITERS.includes(i.writer);
const train = items.filter((i) => !isDev(i));
const dev = items.filter(isDev);
const trainWriters = [...new Set(train.map((i) => i.writer))].sort();
process.stderr.write(
  `${items.length} labelled pairs: training writers ${train.length} (${trainWriters.length} writers), dev2 ${dev.length}\n`,
);

interface Judge {
  score: TreeEnsemble;
  good: TreeEnsemble;
}
function fit(xs: readonly Item[], options: Partial<TreeOptions>): Judge {
  const x = xs.map((i) => i.x);
  return {
    score: fitTrees(
      x,
      xs.map((i) => i.label / 10),
      options,
    ),
    good: fitTrees(
      x,
      xs.map((i) => (i.label >= 7 ? 1 : 0)),
      options,
    ),
  };
}

// Settings by cross-validation over five groups of training writers (a writer's pairs stay in one group).
const GRID: Partial<TreeOptions>[] = [
  { depth: 3, trees: 300 },
  { depth: 4, trees: 200 },
  { depth: 5, trees: 200 },
  { depth: 6, trees: 300 },
  { depth: 5, trees: 400, learningRate: 0.04 },
];
const groupOf = (w: string): number => trainWriters.indexOf(w) % 5;
let best = { options: GRID[0]!, spearman: -Infinity };
for (const options of GRID) {
  const pred = new Map<Item, number>();
  for (let g = 0; g < 5; g++) {
    const m = fitTrees(
      train.filter((i) => groupOf(i.writer) !== g).map((i) => i.x),
      train.filter((i) => groupOf(i.writer) !== g).map((i) => i.label / 10),
      options,
    );
    for (const i of train.filter((i) => groupOf(i.writer) === g)) pred.set(i, predictTrees(m, i.x));
  }
  const s = spearman(
    train.map((i) => pred.get(i)!),
    train.map((i) => i.label),
  );
  process.stderr.write(`writer-group CV ${JSON.stringify(options)}: Spearman ${s.toFixed(3)}\n`);
  if (s > best.spearman) best = { options, spearman: s };
}

const judge = fit(train, best.options);
const isOurs = (i: Item): boolean => !i.sources.some((s) => s === "reference" || s === "decoy");
const isDecoy = (i: Item): boolean => i.sources.every((s) => s === "decoy");

interface Row extends ValidationRow {
  spearmanFirst: number;
  aucFirst: number;
  eceFirst: number;
  interJudgeSpearman: number;
  twice: number;
}
function measure(set: string, xs: Item[]): Row {
  const y = xs.map((i) => i.label);
  const good = y.map((v) => (v >= 7 ? 1 : 0));
  const p = xs.map((i) => predictTrees(judge.good, i.x));
  const score = new Map(xs.map((i) => [i, predictTrees(judge.score, i.x)]));
  const both = good.some((g) => g === 1) && good.some((g) => g === 0);
  const twice = xs.filter((i) => i.scores.length >= 2);
  return {
    set,
    n: xs.length,
    spearmanRubric: spearman(
      xs.map((i) => i.rubric),
      y,
    ),
    spearmanLearned: spearman(
      xs.map((i) => score.get(i)!),
      y,
    ),
    spearmanFirst: spearman(
      xs.map((i) => i.first),
      y,
    ),
    pairwiseRubric: pairwiseAgreement(xs, (i) => i.rubric),
    pairwiseLearned: pairwiseAgreement(xs, (i) => score.get(i)!),
    auc: both ? rocAuc(p, good) : NaN,
    ece: expectedCalibrationError(p, good),
    aucFirst: both
      ? rocAuc(
          xs.map((i) => i.firstGood),
          good,
        )
      : NaN,
    eceFirst: expectedCalibrationError(
      xs.map((i) => i.firstGood),
      good,
    ),
    interJudgeSpearman:
      twice.length >= 3
        ? spearman(
            twice.map((i) => i.scores[0]!),
            twice.map((i) => i.scores[1]!),
          )
        : NaN,
    twice: twice.length,
  };
}
const rows = [
  measure(`validation: dev2 writers ${DEV_WRITERS.join(", ")} (held out), all candidates`, dev),
  measure(
    "validation: dev2, without decoys",
    dev.filter((i) => !isDecoy(i)),
  ),
  measure("validation: dev2, Namewright's names only", dev.filter(isOurs)),
  measure("train: training writers (in sample)", train),
];
const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : "–");
console.log(
  `Learned judge v2: boosted trees ${JSON.stringify(best.options)} (writer-group CV Spearman ${f3(best.spearman)}), fitted on ${train.length} pairs of ${trainWriters.length} writers\n`,
);
console.log(
  "| set | pairs | Spearman rubric | Spearman v1 | Spearman v2 | pairwise rubric | pairwise v2 | AUC P(>=7) v1 / v2 | ECE v1 / v2 | judges with each other (pairs) |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const r of rows)
  console.log(
    `| ${r.set} | ${r.n} | ${f3(r.spearmanRubric)} | ${f3(r.spearmanFirst)} | ${f3(r.spearmanLearned)} | ${f3(r.pairwiseRubric)} | ${f3(r.pairwiseLearned)} | ${f3(r.aucFirst)} / ${f3(r.auc)} | ${f3(r.eceFirst)} / ${f3(r.ece)} | ${f3(r.interJudgeSpearman)} (${r.twice}) |`,
  );

mkdirSync("data/built/judge", { recursive: true });
// Leaf values to 7 significant digits (the file's size); thresholds exact, so every row is routed as when fitted.
const round6 = (m: TreeEnsemble): TreeEnsemble => ({
  ...m,
  trees: m.trees.map((t) => ({
    ...t,
    value: t.value.map((v) => Number(v.toPrecision(7))),
  })),
});
writeFileSync(
  "data/built/judge/learned-judge.json",
  JSON.stringify({
    version: 2,
    features: JUDGE_FEATURES,
    score: round6(judge.score),
    good: round6(judge.good),
    fittedOn: { pairs: train.length, writers: trainWriters, heldOut: DEV_WRITERS, crossValidation: best },
    validation: rows,
    createdAt: new Date().toISOString(),
  }) + "\n",
);
process.stderr.write("wrote data/built/judge/learned-judge.json\n");
