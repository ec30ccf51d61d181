/**
 * Offline tooling of the safety module: the labelled request set (seeds + obfuscations), its evaluation,
 * the classifier's training, and the name-guard data (trademarks, cover words, word counts). Nothing here
 * runs when a request is checked; the guards read what these write under data/built/safety/.
 */
export {
  runSafetyEval,
  evaluateGuard,
  summarize,
  wilson,
  formatSafetyEvalReport,
  type EvalItem,
  type SafetyEvalReport,
  type SafetyMetrics,
  type SafetyEvalMiss,
} from "./eval.js";
export { loadDataset, buildDataset, datasetStats, loadSeeds, SPLITS, type Example, type Split } from "./dataset.js";
export { buildSafetyData } from "./data.js";
export { trainSafetyClassifier } from "./train.js";
export { crossValidate, chooseThreshold, crossValidationReport, decide, type OutOfFold } from "./cv.js";
export { readRequests, loadWriterRequests, writerFiles, type LabelledRequest } from "./requests.js";
