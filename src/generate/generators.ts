/**
 * Named generator configurations for the CLI, server and evaluation: "lexical", "model" (the embedded
 * transformer) or "both". The default is "lexical", by measurement (models/namewright-small/MODEL_CARD.md,
 * 500 test descriptions): with equal budgets of 32 distinct candidates the shipped model scores 8.41/10
 * against lexical 8.68, and with the product's budgets adding its 32 rows to lexical's 200 lowers
 * quality@10 from 8.87 to 8.74 (the ranking's diversity term trades a few top-scored lexical names for the
 * model's different ones) while p50 latency goes from ~30 ms to ~150 ms. The default becomes "both" once that comparison has a
 * confidence interval above zero. Without a shipped model, "both" degrades to lexical and says so.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../core/errors.js";
import { createModelGenerator, defaultModelDir, DEFAULT_RETRIES, type ModelGenerator } from "./model/index.js";
import { lexicalGenerator, type CandidateGenerator } from "./pipeline.js";

export const GENERATOR_KINDS = ["lexical", "model", "both"] as const;
export type GeneratorKind = (typeof GENERATOR_KINDS)[number];

/** One model generator per configuration and process (the bundle loads once per instance). */
const shared = new Map<string, ModelGenerator>();

/** True when the embedded model's weights and tokenizer are present. */
export function embeddedModelAvailable(dir: string = defaultModelDir()): boolean {
  return existsSync(join(dir, "model.safetensors")) && existsSync(join(dir, "tokenizer.json"));
}

export function defaultGeneratorKind(): GeneratorKind {
  return "lexical";
}

/** The generators of a configuration; the model generator is created once per process and reused. */
export function resolveGenerators(kind: string, options: { modelDir?: string; warn?: (message: string) => void } = {}): CandidateGenerator[] {
  if (!(GENERATOR_KINDS as readonly string[]).includes(kind)) {
    throw new InputError("bad_option", `--generator must be one of ${GENERATOR_KINDS.join(", ")}, got "${kind}"`);
  }
  if (kind === "lexical") return [lexicalGenerator];
  const dir = options.modelDir ?? defaultModelDir();
  if (!embeddedModelAvailable(dir)) {
    if (kind === "model") throw new InputError("no_model", `no embedded model in ${dir}; use --generator lexical or train one (npm run train:base && npm run train:finetune)`);
    options.warn?.(`namewright: no embedded model in ${dir}; using the lexical generator only`);
    return [lexicalGenerator];
  }
  // 32 rows per request. Alone, the model redraws repeats (DEFAULT_RETRIES: ~31 distinct names instead of
  // ~22, validation quality@10 +0.09, at ~1.7x the sampling time); inside "both" the lexical pool already
  // brings 200 distinct candidates, so its 32 rows are not redrawn, which keeps p50 near 150 ms (bench/).
  const retries = kind === "model" ? DEFAULT_RETRIES : 0;
  const key = `${options.modelDir ?? ""}\u0000${retries}`;
  let model = shared.get(key);
  if (!model) shared.set(key, (model = createModelGenerator({ dir, maxSamples: 32, retries })));
  return kind === "model" ? [model] : [model, lexicalGenerator];
}
