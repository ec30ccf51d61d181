/**
 * A shipped model bundle: one folder holding
 *   model.safetensors  the weights (LoRA merged in), config in its metadata
 *   tokenizer.json     the BPE tokenizer it was trained with
 *   model.json         { name, version, runs: {...} } — which runs produced it (see runs/ and MODEL_CARD.md)
 *   generation_config.json  optional, Hugging Face's name and keys: { temperature, top_p, top_k } the
 *                      weights are sampled with (a sharper model ships a higher temperature, see
 *                      src/train/calibrate.ts); without it the generator's DEFAULT_SAMPLING applies
 * Loading validates the pair (vocabulary sizes must match) and raises ModelBundleError otherwise.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { NamewrightError } from "../../core/errors.js";
import { modelsPath } from "../../core/paths.js";
import type { Model, SamplingOptions } from "../../engine/index.js";
import { loadModelSafetensors, readModelFile } from "../../formats/index.js";
import { Tokenizer } from "../../tokenizer/index.js";
import { hasCopySlots, PROMPT_FORMAT, PROMPT_FORMATS, type PromptFormat } from "./format.js";

export const DEFAULT_MODEL_NAME = "namewright-small";

export class ModelBundleError extends NamewrightError {}

export interface ModelBundle {
  dir: string;
  model: Model;
  tokenizer: Tokenizer;
  info: Record<string, unknown>;
  /** The bundle's own sampling (generation_config.json), when it ships one. */
  sampling?: SamplingOptions;
  /** The prompt layout it was trained with (model.json's promptFormat); PROMPT_FORMAT when absent. */
  format?: PromptFormat;
}

export const GENERATION_CONFIG_FILE = "generation_config.json";

// Unknown keys (do_sample, a calibration record, Hugging Face's token ids) are allowed and ignored.
const generationConfigSchema = z.object({
  temperature: z.number().positive().max(10).optional(),
  top_p: z.number().gt(0).max(1).optional(),
  top_k: z.number().int().min(0).optional(),
});

/** The sampling options of dir/generation_config.json, or undefined when the file is absent. */
export function readGenerationConfig(dir: string): SamplingOptions | undefined {
  const file = join(dir, GENERATION_CONFIG_FILE);
  if (!existsSync(file)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new ModelBundleError("E_MODEL_CORRUPT", `${file} is not valid JSON`);
  }
  const parsed = generationConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ModelBundleError("E_MODEL_CORRUPT", `${file}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  const g = parsed.data;
  return {
    ...(g.temperature !== undefined ? { temperature: g.temperature } : {}),
    ...(g.top_p !== undefined ? { topP: g.top_p } : {}),
    ...(g.top_k !== undefined ? { topK: g.top_k } : {}),
  };
}

export function defaultModelDir(): string {
  return modelsPath(DEFAULT_MODEL_NAME);
}

/** Loads dir/<weightsFile> (default model.safetensors) with dir/tokenizer.json. */
export function loadModelBundle(dir: string = defaultModelDir(), weightsFile = "model.safetensors"): ModelBundle {
  const weights = join(dir, weightsFile);
  const tokFile = join(dir, "tokenizer.json");
  if (!existsSync(weights) || !existsSync(tokFile)) {
    throw new ModelBundleError(
      "E_MODEL_MISSING",
      `no model bundle in ${dir} (${weightsFile} + tokenizer.json); train one with npm run train:base && npm run train:finetune`,
    );
  }
  const tokenizer = Tokenizer.fromJSON(readFileSync(tokFile, "utf8"));
  const model = loadModelSafetensors(readModelFile(weights, 512 * 1024 * 1024));
  if (model.config.vocabSize !== tokenizer.vocabSize) {
    throw new ModelBundleError(
      "E_MODEL_MISMATCH",
      `model vocabulary (${model.config.vocabSize}) differs from the tokenizer's (${tokenizer.vocabSize}) in ${dir}`,
    );
  }
  let info: Record<string, unknown> = {};
  const infoFile = join(dir, "model.json");
  if (existsSync(infoFile)) {
    try {
      info = JSON.parse(readFileSync(infoFile, "utf8")) as Record<string, unknown>;
    } catch {
      throw new ModelBundleError("E_MODEL_CORRUPT", `${infoFile} is not valid JSON`);
    }
  }
  // A bundle trained on another prompt layout would be prompted with text it never saw: refuse it.
  // (A folder without model.json, e.g. a training run being evaluated, is taken as the current format.)
  const format = info.promptFormat ?? (existsSync(infoFile) ? 1 : PROMPT_FORMAT);
  if (!PROMPT_FORMATS.includes(format as PromptFormat)) {
    throw new ModelBundleError(
      "E_MODEL_FORMAT",
      `${dir} was trained with prompt format ${String(format)}; this version prompts with formats ${PROMPT_FORMATS.join(", ")}. Retrain it (see models/namewright-small/MODEL_CARD.md)`,
    );
  }
  if (format === 4 && !hasCopySlots(tokenizer))
    throw new ModelBundleError(
      "E_MODEL_FORMAT",
      `${dir} says prompt format 4, but its tokenizer has no copy slot tokens (<c:1>..); the files do not belong together`,
    );
  return { dir, model, tokenizer, info, sampling: readGenerationConfig(dir), format: format as PromptFormat };
}
