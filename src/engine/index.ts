/**
 * Public surface of the engine: a llama/qwen2-family transformer that trains (full or LoRA) and
 * generates on CPU. See README.md in this folder for the layout and the math.
 */
export { EngineError, type EngineErrorCode } from "./errors.js";
export { Rng } from "../core/random.js";
export { resolveConfig, countParams, type ModelConfig } from "./config.js";
export {
  modelLayout,
  buildLayout,
  type Layout,
  type TensorSpec,
  type ModelParams,
  type LayerParams,
} from "./params.js";
export {
  createModel,
  modelFromParams,
  attachLora,
  forward,
  backward,
  type Model,
  type Activations,
  type ForwardOptions,
  type BackwardTargets,
} from "./model.js";
export {
  createLora,
  loraFromBuffer,
  loraLayout,
  mergeLora,
  unmergeLora,
  LORA_TARGETS,
  DEFAULT_LORA_TARGETS,
  type Lora,
  type LoraConfig,
  type LoraTarget,
  type LoraPair,
} from "./lora.js";
export {
  createAdamW,
  adamwUpdate,
  clipGradNorm,
  globalNorm,
  learningRate,
  type AdamWOptions,
  type AdamWState,
  type Schedule,
} from "./optim.js";
export {
  createTrainer,
  trainStep,
  accumulateGradients,
  evaluateLoss,
  padBatch,
  lossWeight,
  type Batch,
  type Trainer,
  type TrainerOptions,
  type StepResult,
} from "./train.js";
export { KvCache, decodeStep, type StepRow } from "./infer.js";
export {
  generate,
  logProbs,
  type GenerateOptions,
  type GenerateResult,
  type LogitsMask,
  type MaskContext,
  type FinishReason,
} from "./generate.js";
export { sampleToken, applyRepetitionPenalty, type SamplingOptions } from "./sampling.js";
export {
  gemm,
  gemmPortable,
  setBackend,
  backendName,
  setThreads,
  usingBlas,
  type BackendName,
  type GemmFn,
} from "./kernels/index.js";
