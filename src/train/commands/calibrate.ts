/**
 * npm run train:calibrate — writes the temperature at which a sharpened model draws names as varied as
 * its reference (src/train/calibrate.ts: samples on validation requests, plain or with
 * `--decoding product` as the product decodes, distinct names per row, matched by bisection; the top-p
 * stays the reference's). The result goes to
 * runs/<run>/generation_config.json (Hugging Face's name and keys), which the model generator and train:eval
 * read (src/generate/neural/bundle.ts); `train:finetune ... --ship` ships it with the run's weights.
 * `--out DIR` (relative to the repository) writes it there instead, so a second calibration of the same
 * weights (another decoding, another reference) does not overwrite the run's sampling.
 *
 *   npm run train:calibrate -- --run rs4b-s1 --reference fp2-s1
 *   npm run train:calibrate -- --run rs4b-s1 --reference fp2-s1 --decoding product --out runs/rs4b-s1/product
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { setThreads } from "../../engine/index.js";
import {
  bundleSampling,
  GENERATION_CONFIG_FILE,
  loadModelBundle,
  type ModelBundle,
} from "../../generate/neural/index.js";
import { calibrateTemperature, sampleVariety } from "../calibrate.js";
import { readDescriptions } from "../index.js";
import { understand } from "../../understand/index.js";
import { DATASET_DIR, ROOT, log, num, outDir, str, type Flags } from "./args.js";

/** Runs the command with its parsed flags (see src/train/cli.ts for them). */
export async function run(f: Flags): Promise<void> {
  // --decoding product: match the variety of the product's decoding (redraws, over-sampling) instead of plain
  // sampling's; ~20 x slower. Plain sampling left rs4b-s1 +1.1 pp of duplicate rows under product decoding.
  const decoding = str(f.decoding, "plain");
  if (decoding !== "plain" && decoding !== "product")
    throw new Error(`--decoding must be plain or product, got ${decoding}`);
  setThreads(num(f.threads, 1));
  const runId = str(f.run, "");
  const refId = str(f.reference, "");
  if (!runId || !refId) throw new Error("--run and --reference are required (run ids under runs/)");
  const load = (id: string): ModelBundle => loadModelBundle(join(ROOT, "runs", id), "merged.safetensors");
  const run = load(runId);
  const ref = load(refId);
  const refSampling = bundleSampling(ref);
  const rows = num(f.rows, 32);
  const requests = readDescriptions(join(DATASET_DIR, "val.jsonl"))
    .slice(0, num(f.n, 200))
    .map((d) => understand(d.business_description));
  const target = sampleVariety(ref, requests, rows, refSampling, decoding);
  log(
    `distinct names per row (${decoding} decoding), ${requests.length} validation requests x ${rows} rows: ${refId} ${target.toFixed(4)} (temperature ${refSampling.temperature}, top-p ${refSampling.topP})`,
  );
  // --low / --high narrow the bracket (default 0.5 to 2.5); halvings keep the result within 0.004.
  const low = num(f.low, 0.5);
  const high = num(f.high, 2.5);
  const halvings = Math.max(1, Math.ceil(Math.log2((high - low) / 0.004)));
  const c = calibrateTemperature(run, requests, target, {
    rows,
    sampling: refSampling,
    decoding,
    low,
    high,
    halvings,
    onStep: (lo, hi) => log(`  temperature in [${lo.toFixed(4)}, ${hi.toFixed(4)}]`),
  });
  const config = {
    temperature: c.temperature,
    top_p: refSampling.topP,
    do_sample: true,
    calibration: {
      method: `the temperature at which ${decoding} decoding draws as many distinct names per row on validation requests as the reference (src/train/calibrate.ts)`,
      reference: refId,
      referenceSampling: refSampling,
      referenceVariety: Math.round(target * 1e4) / 1e4,
      varietyAtTemperature1: Math.round(c.varietyAtOne * 1e4) / 1e4,
      varietyAtTemperature: Math.round(c.variety * 1e4) / 1e4,
      requests: requests.length,
      rows,
    },
  };
  const file = join(outDir(f.out, join(ROOT, "runs", runId)), GENERATION_CONFIG_FILE);
  writeFileSync(file, JSON.stringify(config, null, 2) + "\n");
  log(
    `${file}: temperature ${c.temperature} (variety ${c.varietyAtOne.toFixed(4)} at 1, ${c.variety.toFixed(4)} there), top-p ${refSampling.topP}`,
  );
}
