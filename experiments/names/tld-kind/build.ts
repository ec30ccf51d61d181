/**
 * Builds experiments/names/tld-kind/tld-kind.json: the model of which kind of TLD fits a business
 * (model.ts), from the training writers' descriptions and their experts' names only
 * (src/core/splits.ts); prints its agreement with the validation writers' experts.
 *
 *   npx tsx experiments/names/tld-kind/build.ts [--out FILE]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { sourcePath } from "../../../src/core/paths.js";
import { TRAINING_WRITERS, VALIDATION_WRITERS } from "../../../src/core/splits.js";
import {
  TLD_KINDS,
  encodeTldKind,
  tldKindPath,
  tldKindProbabilities,
  tldKindShares,
  trainTldKind,
  type TldKindExample,
  type TldKindModel,
} from "./model.js";

const { values } = parseArgs({ options: { out: { type: "string" } } });

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);
}

/** A writer's descriptions with y = the shares of its expert's names by kind of TLD. */
function examples(writers: readonly string[]): TldKindExample[] {
  const out: TldKindExample[] = [];
  for (const w of writers) {
    const refsPath = sourcePath(`references/e${w.slice(1)}-${w}.jsonl`);
    if (!existsSync(refsPath)) throw new Error(`no expert references for writer ${w} (${refsPath})`);
    const refs = new Map(readJsonl<{ id: string; names: string[] }>(refsPath).map((r) => [r.id, r.names]));
    for (const d of readJsonl<{ id: string; text: string }>(sourcePath(`descriptions/${w}.jsonl`))) {
      const names = refs.get(d.id);
      if (names && names.length > 0) out.push({ text: d.text, y: tldKindShares(names) });
    }
  }
  return out;
}

/**
 * Agreement with the experts: how often the most probable kind is the experts' most used kind, and the mean
 * probability the model gives to the kind of each expert name (the expected share of names on a fitting kind).
 */
function agreement(set: readonly TldKindExample[], model: TldKindModel): Record<string, number> {
  let top = 0;
  let mass = 0;
  for (const e of set) {
    const p = tldKindProbabilities(e.text, model);
    const argmax = (v: readonly number[]): number => v.indexOf(Math.max(...v));
    if (argmax(p) === argmax(e.y)) top++;
    mass += p.reduce((a, pk, k) => a + pk * e.y[k]!, 0);
  }
  return { n: set.length, topKindAgreement: Number((top / set.length).toFixed(3)), expectedFit: Number((mass / set.length).toFixed(3)) };
}

const train = examples(TRAINING_WRITERS);
const model = trainTldKind(train);
const validation = examples(VALIDATION_WRITERS);
const prevalence = TLD_KINDS.map((k, i) => `${k} ${(train.reduce((a, e) => a + e.y[i]!, 0) / train.length).toFixed(3)}`);
const report = { train: agreement(train, model), validation: agreement(validation, model), prevalence };
const file = encodeTldKind(model, {
  writers: [...TRAINING_WRITERS],
  examples: train.length,
  label: "shares of the expert's names by kind of TLD (tldKind)",
  epochs: 8,
  rate: 0.1,
  chosenBy: "3-fold cross-validation by writer over the training writers, experiments/names/tld-kind/cv.ts",
  l2: 1e-4,
  rebuild: "npx tsx experiments/names/tld-kind/build.ts",
});
const out = values.out ?? tldKindPath();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(file) + "\n");
console.log(JSON.stringify({ out, ...report }));
