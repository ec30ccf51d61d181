/**
 * npm run train:calibrate — gives a sharpened model back its reference's spread by temperature.
 *
 * Every extra fine-tuning round (rejection sampling, or the same steps on the same targets) lowers the
 * model's entropy: it repeats its favourite names more (MODEL_CARD.md, "duplicate rows"). Temperature
 * scaling undoes a uniform sharpening without touching the ranking of tokens: sampling from
 * softmax(z / T) with T > 1 flattens every next-token distribution. This script picks T so that the
 * model's mean next-token entropy over the answer tokens of validation examples (prompt + target names,
 * teacher-forced, as the validation loss) equals the reference model's at its own temperature:
 *
 *   H(T) = mean over answer positions of  log sum_i exp(z_i / T) - sum_i p_i z_i / T,   p = softmax(z / T)
 *
 * H grows with T, so bisection finds the match. Neither the rubric nor any evaluation metric is used:
 * only the two models' distributions on validation targets. The result goes to
 * runs/<run>/generation_config.json (Hugging Face's file name and keys), which the model generator and
 * train:eval read (src/generate/model/bundle.ts); --ship also writes it next to the shipped weights.
 *
 *   npm run train:calibrate -- --run rs4-s1 --reference fp2-s1 --top-p 0.9
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { forward, setThreads, type Model } from "../src/engine/index.js";
import { GENERATION_CONFIG_FILE, loadModelBundle, type ModelBundle } from "../src/generate/model/index.js";
import { buildExamples, readDescriptions, readTargets, understandAll, type DescribedTargets, type EncodedExample } from "../src/train/index.js";
import { DATASET_DIR, MODEL_DIR, ROOT, TARGETS_DIR, flags, log, num, str } from "./train-args.js";

/** The logits (one Float32Array of V per answer position) of every example, teacher-forced. */
function answerLogits(model: Model, examples: readonly EncodedExample[]): Float32Array[] {
  const V = model.config.vocabSize;
  const out: Float32Array[] = [];
  for (const ex of examples) {
    const T = ex.tokens.length;
    const acts = forward(model, Int32Array.from(ex.tokens), 1, T);
    // Position p predicts token p + 1: the answer tokens are predicted from lossFrom - 1 to T - 2.
    for (let p = ex.lossFrom - 1; p < T - 1; p++) out.push(acts.logits.slice(p * V, (p + 1) * V));
  }
  return out;
}

/** Mean entropy (nats) of softmax(z / t) over the rows. */
function meanEntropy(rows: readonly Float32Array[], t: number): number {
  let total = 0;
  for (const z of rows) {
    let max = -Infinity;
    for (let i = 0; i < z.length; i++) if (z[i]! > max) max = z[i]!;
    // With u_i = (z_i - max) / t: H = log S - sum_i e^{u_i} u_i / S, S = sum_i e^{u_i}.
    let s = 0;
    let su = 0;
    for (let i = 0; i < z.length; i++) {
      const u = (z[i]! - max) / t;
      const e = Math.exp(u);
      s += e;
      su += e * u;
    }
    total += Math.log(s) - su / s;
  }
  return total / rows.length;
}

function main(): void {
  const f = flags({
    run: { type: "string" }, reference: { type: "string" }, n: { type: "string" }, "top-p": { type: "string" },
    threads: { type: "string" }, ship: { type: "boolean" },
  });
  setThreads(num(f.threads, 1));
  const runId = str(f.run, "");
  const refId = str(f.reference, "");
  if (!runId || !refId) throw new Error("--run and --reference are required (run ids under runs/)");
  const load = (id: string): ModelBundle => loadModelBundle(join(ROOT, "runs", id), "merged.safetensors");
  const run = load(runId);
  const ref = load(refId);
  const refT = ref.sampling?.temperature ?? 1;
  const topP = num(f["top-p"], run.sampling?.topP ?? ref.sampling?.topP ?? 0.9);

  // Validation examples as train:finetune builds them (4 names per example, seed 2 = its val seed + 1).
  const targets = readTargets(join(TARGETS_DIR, "val.jsonl"));
  const items: DescribedTargets[] = [];
  for (const d of readDescriptions(join(DATASET_DIR, "val.jsonl"))) {
    const names = targets.get(d.id);
    if (names && names.length > 0) items.push({ id: d.id, description: d.business_description, names });
    if (items.length >= num(f.n, 300)) break;
  }
  const examples = buildExamples(run.tokenizer, items, understandAll(items), 4, 2);
  log(`${examples.length} validation examples from ${items.length} descriptions`);
  const hRef = meanEntropy(answerLogits(ref.model, examples), refT);
  const rows = answerLogits(run.model, examples);
  const h1 = meanEntropy(rows, 1);
  log(`entropy per answer token: ${refId} at T=${refT} ${hRef.toFixed(4)} nats, ${runId} at T=1 ${h1.toFixed(4)}`);

  let lo = 0.25;
  let hi = 4;
  if (meanEntropy(rows, lo) > hRef || meanEntropy(rows, hi) < hRef) throw new Error(`no temperature in [${lo}, ${hi}] matches the reference's entropy ${hRef.toFixed(4)}`);
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (meanEntropy(rows, mid) < hRef) lo = mid;
    else hi = mid;
  }
  const temperature = Math.round(((lo + hi) / 2) * 1000) / 1000;
  const config = {
    temperature,
    top_p: topP,
    do_sample: true,
    calibration: {
      method: "temperature matching the reference's mean next-token entropy on validation answer tokens (scripts/train-calibrate.ts)",
      reference: refId, referenceTemperature: refT, referenceEntropy: Math.round(hRef * 1e4) / 1e4,
      entropyAtT1: Math.round(h1 * 1e4) / 1e4, entropyAtTemperature: Math.round(meanEntropy(rows, temperature) * 1e4) / 1e4,
      descriptions: items.length, answerTokens: rows.length,
    },
  };
  const file = join(ROOT, "runs", runId, GENERATION_CONFIG_FILE);
  writeFileSync(file, JSON.stringify(config, null, 2) + "\n");
  log(`${file}: temperature ${temperature}, top-p ${topP}`);
  if (f.ship) {
    copyFileSync(file, join(MODEL_DIR, GENERATION_CONFIG_FILE));
    log(`copied to ${join(MODEL_DIR, GENERATION_CONFIG_FILE)}`);
  }
}

main();
