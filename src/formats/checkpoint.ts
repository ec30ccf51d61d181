/**
 * Training checkpoints: everything needed to resume a run bit-for-bit: the trainable parameters
 * (the base model, or the adapter when training LoRA), AdamW's m and v, the step counter, the
 * dropout RNG state and the trainer options. One safetensors file: tensors "param.<name>",
 * "adam.m", "adam.v"; JSON in __metadata__. A LoRA checkpoint does not repeat the frozen base: resume
 * it by passing the base model.
 */
import {
  attachLora,
  createTrainer,
  loraFromBuffer,
  loraLayout,
  modelFromParams,
  countParams,
  type Model,
  type Trainer,
  type TrainerOptions,
  type ModelConfig,
} from "../engine/index.js";
import { FormatError } from "./errors.js";
import { readSafetensors, tensorToF32, writeSafetensors } from "./safetensors.js";
import { checkedConfig, checkedLoraConfig, configJson, fillFromFile, layoutTensors, parseJsonMeta } from "./weights.js";

interface TrainerMeta {
  options: Required<TrainerOptions>;
  step: number;
  rng: number[];
}

export function saveCheckpoint(trainer: Trainer): Uint8Array {
  const { model } = trainer;
  const lora = trainer.options.trainBase ? null : model.lora!;
  const layout = lora ? lora.layout : model.layout;
  const meta: Record<string, string> = {
    "namewright.format": "checkpoint",
    "namewright.config": configJson(model.config),
    "namewright.trainer": JSON.stringify({
      options: trainer.options,
      step: trainer.opt.step,
      rng: trainer.rng.state(),
    } satisfies TrainerMeta),
  };
  if (lora) meta["namewright.lora"] = JSON.stringify(lora.config);
  return writeSafetensors(
    [
      ...layoutTensors(layout, trainer.trainable, "param."),
      { name: "adam.m", shape: [trainer.opt.m.length], data: trainer.opt.m },
      { name: "adam.v", shape: [trainer.opt.v.length], data: trainer.opt.v },
    ],
    meta,
  );
}

/**
 * Restores a trainer (and its model) from a checkpoint. For a LoRA checkpoint pass the base model it
 * was trained on; the adapter is attached to it.
 */
export function loadCheckpoint(bytes: Uint8Array, base?: Model): Trainer {
  const f = readSafetensors(bytes);
  if (f.metadata["namewright.format"] !== "checkpoint")
    throw new FormatError("E_MISMATCH", "safetensors: not a namewright training checkpoint");
  const config = checkedConfig(parseJsonMeta(f, "namewright.config"));
  const tm = parseJsonMeta<TrainerMeta>(f, "namewright.trainer");
  if (
    typeof tm !== "object" ||
    tm === null ||
    !Number.isInteger(tm.step) ||
    tm.step < 0 ||
    !Array.isArray(tm.rng) ||
    tm.rng.length !== 4 ||
    typeof tm.options !== "object"
  ) {
    throw new FormatError("E_CORRUPT", "checkpoint trainer state is invalid");
  }
  const sch = (tm.options as Partial<TrainerOptions>).schedule;
  if (
    typeof sch !== "object" ||
    sch === null ||
    ![sch.lr, sch.minLr, sch.warmupSteps, sch.totalSteps].every((x) => Number.isFinite(x))
  ) {
    throw new FormatError("E_CORRUPT", "checkpoint learning-rate schedule is invalid");
  }
  let model: Model;
  if (f.metadata["namewright.lora"] !== undefined) {
    if (!base) throw new FormatError("E_MISMATCH", "this is a LoRA checkpoint; pass the base model it was trained on");
    if (!sameConfig(base.config, config))
      throw new FormatError("E_MISMATCH", "the base model's config differs from the checkpoint's");
    const lc = checkedLoraConfig(parseJsonMeta(f, "namewright.lora"));
    const layout = loraLayout(config, lc);
    if (layout.total * 4 > bytes.length)
      throw new FormatError("E_TRUNCATED", "checkpoint: adapter larger than the file");
    const params = new Float32Array(layout.total);
    fillFromFile(f, layout, params, "param.");
    model = base;
    attachLora(model, loraFromBuffer(config, lc, params));
  } else {
    if (countParams(config) * 4 > bytes.length)
      throw new FormatError("E_TRUNCATED", "checkpoint: the config needs more weights than the file holds");
    model = modelFromParams(config, new Float32Array(countParams(config)));
    fillFromFile(f, model.layout, model.params, "param.");
  }
  const trainer = createTrainer(model, tm.options);
  for (const key of ["adam.m", "adam.v"] as const) {
    const t = f.tensors.get(key);
    if (!t || t.shape.length !== 1 || t.shape[0] !== trainer.trainable.length)
      throw new FormatError("E_MISMATCH", `checkpoint: ${key} is missing or has the wrong length`);
    (key === "adam.m" ? trainer.opt.m : trainer.opt.v).set(tensorToF32(t));
  }
  trainer.opt.step = tm.step;
  trainer.rng.setState(tm.rng);
  return trainer;
}

function sameConfig(a: ModelConfig, b: ModelConfig): boolean {
  const keys = Object.keys(a) as Array<keyof ModelConfig>;
  return keys.every((k) => a[k] === b[k]);
}
