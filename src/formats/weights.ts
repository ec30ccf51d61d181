/**
 * Models and LoRA adapters as safetensors files. Tensors keep the engine's (GGUF-style) names; the
 * config travels as JSON in __metadata__ ("namewright.config", "namewright.lora"), so a file is
 * self-describing. Adapters are saved alone (a few hundred KB) and loaded onto a base model's config.
 */
import {
  countParams,
  loraFromBuffer,
  loraLayout,
  modelFromParams,
  resolveConfig,
  LORA_TARGETS,
  type Layout,
  type Lora,
  type LoraConfig,
  type Model,
  type ModelConfig,
} from "../engine/index.js";
import { FormatError } from "./errors.js";
import { readSafetensors, tensorToF32, writeSafetensors, type SafetensorsFile } from "./safetensors.js";

export function parseJsonMeta<T>(f: SafetensorsFile, key: string): T {
  const raw = f.metadata[key];
  if (raw === undefined)
    throw new FormatError(
      "E_MISMATCH",
      `safetensors: metadata "${key}" is missing; was the file written by namewright?`,
    );
  try {
    return JSON.parse(raw) as T;
  } catch {
    throw new FormatError("E_CORRUPT", `safetensors: metadata "${key}" is not valid JSON`);
  }
}

export function checkedConfig(raw: unknown): Required<ModelConfig> {
  try {
    return resolveConfig(raw as ModelConfig);
  } catch (e) {
    throw new FormatError("E_CORRUPT", `model config in the file is invalid: ${(e as Error).message}`);
  }
}

export function checkedLoraConfig(raw: unknown): LoraConfig {
  const r = raw as Partial<LoraConfig>;
  if (
    typeof r !== "object" ||
    r === null ||
    !Array.isArray(r.targets) ||
    !r.targets.every((t) => (LORA_TARGETS as readonly string[]).includes(t)) ||
    typeof r.rank !== "number" ||
    typeof r.alpha !== "number" ||
    typeof r.dropout !== "number"
  ) {
    throw new FormatError("E_CORRUPT", "LoRA config in the file is invalid");
  }
  return { rank: r.rank, alpha: r.alpha, dropout: r.dropout, targets: r.targets };
}

/** Copies every tensor of `layout` out of the file into `dst`, checking names and shapes. */
export function fillFromFile(f: SafetensorsFile, layout: Layout, dst: Float32Array, prefix = ""): void {
  for (const s of layout.specs) {
    const t = f.tensors.get(prefix + s.name);
    if (!t) throw new FormatError("E_MISMATCH", `safetensors: tensor "${prefix + s.name}" is missing`);
    if (t.shape.length !== s.shape.length || t.shape.some((d, i) => d !== s.shape[i])) {
      throw new FormatError(
        "E_MISMATCH",
        `safetensors: tensor "${prefix + s.name}" has shape [${t.shape}], expected [${s.shape}]`,
      );
    }
    dst.set(tensorToF32(t), s.offset);
  }
}

export function layoutTensors(
  layout: Layout,
  buf: Float32Array,
  prefix = "",
): Array<{ name: string; shape: number[]; data: Float32Array }> {
  return layout.specs.map((s) => ({
    name: prefix + s.name,
    shape: s.shape,
    data: buf.subarray(s.offset, s.offset + s.size),
  }));
}

/** A model config as stored in files: without ropeFreqFactors when it is null, so files of unscaled models are unchanged by the field. */
export function configJson(config: Required<ModelConfig>): string {
  const { ropeFreqFactors, ...rest } = config;
  return JSON.stringify(ropeFreqFactors === null ? rest : config);
}

export function saveModelSafetensors(model: Model): Uint8Array {
  return writeSafetensors(layoutTensors(model.layout, model.params), {
    "namewright.format": "model",
    "namewright.config": configJson(model.config),
  });
}

export function loadModelSafetensors(bytes: Uint8Array): Model {
  const f = readSafetensors(bytes);
  const config = checkedConfig(parseJsonMeta(f, "namewright.config"));
  if (countParams(config) * 2 > bytes.length)
    throw new FormatError("E_TRUNCATED", "safetensors: the config needs more weights than the file holds");
  const model = modelFromParams(config, new Float32Array(countParams(config)));
  fillFromFile(f, model.layout, model.params);
  return model;
}

/** The adapter alone: its tensors plus its LoRA config. */
export function saveLoraSafetensors(lora: Lora): Uint8Array {
  return writeSafetensors(layoutTensors(lora.layout, lora.params), {
    "namewright.format": "lora",
    "namewright.lora": JSON.stringify(lora.config),
  });
}

/** Loads an adapter for a base model with `config` (shapes are checked against it). */
export function loadLoraSafetensors(bytes: Uint8Array, config: ModelConfig): Lora {
  const f = readSafetensors(bytes);
  const lc = checkedLoraConfig(parseJsonMeta(f, "namewright.lora"));
  let layout: Layout;
  try {
    layout = loraLayout(config, lc);
  } catch (e) {
    throw new FormatError("E_CORRUPT", `adapter config does not fit the model: ${(e as Error).message}`);
  }
  if (layout.total * 2 > bytes.length)
    throw new FormatError("E_TRUNCATED", "safetensors: the adapter config needs more weights than the file holds");
  const params = new Float32Array(layout.total);
  fillFromFile(f, layout, params);
  return loraFromBuffer(config, lc, params);
}
