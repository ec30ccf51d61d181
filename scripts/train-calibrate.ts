/**
 * npm run train:calibrate — gives a sharpened model back its reference's variety by temperature.
 *
 * Every extra fine-tuning round (rejection sampling, or the same steps on the same targets) sharpens the
 * model: it repeats its favourite names more (MODEL_CARD.md, "duplicate rows"). Sampling from
 * softmax(z / T) with T > 1 flattens every next-token distribution without changing the order of the
 * tokens. This script picks the T at which the model draws as many distinct names as the reference does
 * at its own sampling: on the first `--n` validation descriptions, `--rows` rows each, plain sampling (the
 * name mask only: no redraws, no required-word decoding, no over-sampling),
 *
 *   variety(T) = distinct complete names / rows,
 *
 * which grows with T, so bisection finds the match (per-request seeds are fixed, so each variety(T) is
 * a deterministic step function). The top-p stays the reference's. This is a comparison at equal variety,
 * as one compares models at equal compute: the calibrated model must then earn its quality on the test
 * data at that variety. Measured first, and not enough: matching the mean next-token entropy on the
 * validation targets (teacher-forced) left rounds trained on the model's own names repeating +7-8 pp
 * more rows (their sharpening is on their own names, which the lexical targets do not show), so the
 * variety is matched on the model's own samples. The result goes to runs/<run>/generation_config.json
 * (Hugging Face's name and keys), which the model generator and train:eval read
 * (src/generate/model/bundle.ts); --ship also writes it next to the shipped weights.
 *
 *   npm run train:calibrate -- --run rs4b-s1 --reference fp2-s1
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setThreads, type SamplingOptions } from "../src/engine/index.js";
import { createModelGenerator, DEFAULT_SAMPLING, GENERATION_CONFIG_FILE, loadModelBundle, type ModelBundle } from "../src/generate/model/index.js";
import { readDescriptions } from "../src/train/index.js";
import { understand } from "../src/understand/index.js";
import type { Understanding } from "../src/core/types.js";
import { DATASET_DIR, MODEL_DIR, ROOT, flags, log, num, str } from "./train-args.js";

/** Distinct complete names per row over the requests, plain sampling at `sampling`. */
function variety(bundle: ModelBundle, requests: readonly Understanding[], rows: number, sampling: SamplingOptions): number {
  const stats = { rows: 0, complete: 0, unique: 0 };
  const g = createModelGenerator({ bundle, maxSamples: rows, sampling, stats, retries: 0, decodeRequired: false, anchors: { words: 0, free: 0 } });
  for (const u of requests) g.generate(u, rows);
  return stats.unique / stats.rows;
}

function main(): void {
  const f = flags({
    run: { type: "string" }, reference: { type: "string" }, n: { type: "string" }, rows: { type: "string" },
    threads: { type: "string" }, ship: { type: "boolean" },
  });
  setThreads(num(f.threads, 1));
  const runId = str(f.run, "");
  const refId = str(f.reference, "");
  if (!runId || !refId) throw new Error("--run and --reference are required (run ids under runs/)");
  const load = (id: string): ModelBundle => loadModelBundle(join(ROOT, "runs", id), "merged.safetensors");
  const run = load(runId);
  const ref = load(refId);
  const refSampling = { ...DEFAULT_SAMPLING, ...ref.sampling };
  const topP = refSampling.topP ?? 1;
  const rows = num(f.rows, 32);
  const requests = readDescriptions(join(DATASET_DIR, "val.jsonl")).slice(0, num(f.n, 200)).map((d) => understand(d.business_description));
  const target = variety(ref, requests, rows, refSampling);
  const at = (t: number): number => variety(run, requests, rows, { ...refSampling, temperature: t });
  const v1 = at(1);
  log(`distinct names per row, ${requests.length} validation requests x ${rows} rows: ${refId} ${target.toFixed(4)} (temperature ${refSampling.temperature}, top-p ${topP}); ${runId} at temperature 1: ${v1.toFixed(4)}`);

  let lo = 0.5;
  let hi = 2.5;
  if (at(lo) > target || at(hi) < target) throw new Error(`no temperature in [${lo}, ${hi}] matches the reference's variety ${target.toFixed(4)}`);
  // 9 halvings: the temperature to within 0.004 (it is written to 3 decimals).
  for (let i = 0; i < 9; i++) {
    const mid = (lo + hi) / 2;
    if (at(mid) < target) lo = mid;
    else hi = mid;
    log(`  temperature in [${lo.toFixed(4)}, ${hi.toFixed(4)}]`);
  }
  const temperature = Math.round(hi * 1000) / 1000;
  const config = {
    temperature,
    top_p: topP,
    do_sample: true,
    calibration: {
      method: "the temperature at which plain sampling draws as many distinct names per row on validation requests as the reference (scripts/train-calibrate.ts)",
      reference: refId, referenceSampling: refSampling, referenceVariety: Math.round(target * 1e4) / 1e4,
      varietyAtTemperature1: Math.round(v1 * 1e4) / 1e4, varietyAtTemperature: Math.round(at(temperature) * 1e4) / 1e4,
      requests: requests.length, rows,
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
