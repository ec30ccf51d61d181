/**
 * Named generator configurations for the CLI, server and evaluation: "lexical", "model" (the embedded
 * transformer) or "both". "both" is the product default when the embedded model is shipped; without it,
 * "both" degrades to lexical and says so once, rather than failing a user's request.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../core/errors.js";
import { createModelGenerator, defaultModelDir, type ModelGenerator } from "./model/index.js";
import { lexicalGenerator, type CandidateGenerator } from "./pipeline.js";

export const GENERATOR_KINDS = ["lexical", "model", "both"] as const;
export type GeneratorKind = (typeof GENERATOR_KINDS)[number];

let shared: ModelGenerator | undefined;

/** True when the embedded model's weights and tokenizer are present. */
export function embeddedModelAvailable(dir: string = defaultModelDir()): boolean {
  return existsSync(join(dir, "model.safetensors")) && existsSync(join(dir, "tokenizer.json"));
}

export function defaultGeneratorKind(): GeneratorKind {
  return embeddedModelAvailable() ? "both" : "lexical";
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
  const model = options.modelDir ? createModelGenerator({ dir }) : (shared ??= createModelGenerator());
  return kind === "model" ? [model] : [model, lexicalGenerator];
}
