/**
 * Public surface of the model-file layer: safetensors and GGUF readers/writers (bounds-checked),
 * llama GGUF export/import for models and LoRA adapters, training checkpoints.
 */
export { FormatError, type FormatErrorCode } from "./errors.js";
export {
  readSafetensors,
  writeSafetensors,
  tensorToF32,
  type SafeTensor,
  type SafetensorsFile,
  type TensorToWrite,
} from "./safetensors.js";
export {
  readGguf,
  writeGguf,
  ggufTensorF32,
  metaNumber,
  metaString,
  gg,
  GgufType,
  GgmlType,
  type GgufFile,
  type GgufValue,
  type GgufScalar,
  type GgufTensorInfo,
  type GgufTensorToWrite,
} from "./gguf.js";
export {
  modelToGguf,
  modelFromGguf,
  loraToGguf,
  loraFromGguf,
  vocabFromGguf,
  TOKEN_TYPE,
  type GgufVocab,
  type ModelGgufOptions,
} from "./llama-gguf.js";
export { saveModelSafetensors, loadModelSafetensors, saveLoraSafetensors, loadLoraSafetensors } from "./weights.js";
export { saveCheckpoint, loadCheckpoint } from "./checkpoint.js";
export { writeFileAtomic, readModelFile } from "./files.js";
export {
  modelFromHf,
  configFromHf,
  permuteRope,
  hfName,
  hfToEngineLayout,
  ropeFromHf,
  llama3RopeFactors,
  type HfConfig,
} from "./hf.js";
