/**
 * Evaluation: runs of generator configurations through the real pipeline, judges (rubric, HTTP LLM,
 * local GGUF), paired statistics, judge validation against the hand-labelled calibration set, calibrated
 * confidence, edge-case discovery and reports. The rubric scorer itself lives in ./rubric.
 */
export * from "./stats/index.js";
export { EvalError } from "./errors.js";
export { splitDomain } from "./names.js";
export { loadItems, parseItems, resolveDataPath, categoryOf, type EvalItem, type LoadedData } from "./data.js";
export {
  parseItemConstraints,
  mergeConstraints,
  constraintViolations,
  hasConstraints,
  type ExpectedConstraints,
} from "./constraints.js";
export {
  DEFAULT_TOP_K,
  scoreAtK,
  itemMetrics,
  nameLanguage,
  nameLanguageShare,
  noveltyShare,
  countingGenerator,
  type ItemMetrics,
  type NameRecord,
  type RowStats,
} from "./metrics.js";
export {
  registerGeneratorConfig,
  resolveGeneratorConfig,
  parseGeneratorConfig,
  generatorConfigNames,
  type GeneratorSpec,
  type GeneratorFactory,
} from "./generators.js";
export { runEval, evaluateItem, type RunEvalOptions, type RunResult } from "./run/run.js";
export { aggregate, type Aggregates, type GroupSummary } from "./run/aggregate.js";
export { readConfig, readItems, locateRun, type ItemRecord, type RunConfig, type ItemStatus } from "./run/store.js";
export * from "./judges/index.js";
export {
  compareRuns,
  formatComparison,
  recommend,
  holm,
  type RunComparison,
  type GroupComparison,
  type CompareOptions,
  type SecondaryDiff,
} from "./compare.js";
export * from "./calibration/index.js";
export * from "./edge/index.js";
export * from "./report/index.js";
