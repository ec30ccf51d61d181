/**
 * Writing a model bundle into models/<name>/ (see src/generate/neural/bundle.ts for the layout).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Model } from "../engine/index.js";
import { saveModelSafetensors, writeFileAtomic } from "../formats/index.js";
import type { Tokenizer } from "../tokenizer/index.js";
import { PROMPT_FORMAT, type PromptFormat } from "../generate/neural/index.js";

/** Writes the bundle; model.json records the prompt format the weights were trained with. */
export function writeBundle(
  dir: string,
  model: Model,
  tok: Tokenizer,
  info: Record<string, unknown>,
  format: PromptFormat = PROMPT_FORMAT,
): void {
  mkdirSync(dir, { recursive: true });
  const enc = new TextEncoder();
  writeFileAtomic(join(dir, "model.safetensors"), saveModelSafetensors(model));
  writeFileAtomic(join(dir, "tokenizer.json"), enc.encode(tok.toJSON()));
  writeFileAtomic(
    join(dir, "model.json"),
    enc.encode(JSON.stringify({ ...info, promptFormat: format }, null, 2) + "\n"),
  );
}
