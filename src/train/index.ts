/**
 * Public surface of the training module: the task format, corpora, the training loop with its run
 * registry (runs/<id>/config.json + metrics.jsonl), data readers and bundle writing. The task format itself
 * belongs to the neural generator (generate/neural/format.ts) and is re-exported here for training code.
 */
export {
  encodePrompt,
  encodeName,
  encodeExample,
  modelSpecials,
  promptWords,
  tldToken,
  BASE_TLDS,
  LENGTH_BUCKETS,
  PROMPT_FORMAT,
  PROMPT_FORMATS,
  PROMPT_TEXT_TOKENS,
  PROMPT_WORDS,
  MAX_LABEL_TOKENS,
  type EncodedExample,
  type PromptFormat,
} from "../generate/neural/index.js";
export { wordnetGlosses, textDocument, namesDocument, packDocuments } from "./corpus.js";
export { buildExamples, understandAll, type DescribedTargets } from "./examples.js";
export {
  runLoop,
  epochBatches,
  toBatch,
  validationLoss,
  readLoopState,
  hasCheckpoint,
  CHECKPOINT_FILE,
  type LoopOptions,
  type LoopResult,
  type LoopState,
} from "./loop.js";
export { openRun, logMetrics, readMetrics, saveRunFile, runsRoot, type Run } from "./registry.js";
export {
  readDescriptions,
  readTargets,
  readJsonl,
  type DescriptionRecord,
  type TargetName,
  type TargetRecord,
} from "./data.js";
export { writeBundle } from "./ship.js";
export {
  readHandWritten,
  readReferences,
  readJudgedGood,
  realisticItems,
  splitDomain,
  TEST_WRITERS,
  DEV_WRITERS,
  TRAINING_WRITERS,
  VALIDATION_WRITERS,
  GOOD_SCORE,
  type HandWritten,
} from "./realistic.js";
export { TrainError, type TrainErrorCode } from "./errors.js";
export { selectSamples, mergeTargetSet, type SelectionOptions } from "./rejection.js";
