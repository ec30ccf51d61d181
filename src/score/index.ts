/**
 * Public surface of the scoring module: what the product uses to judge, order and trust its names, and
 * what evaluation measures with. The rubric's sub-scores (features and `--explain` reasons), the calibrated
 * confidence, and the ranking (dedupe + diversify).
 */
export { scoreName, confidenceFromScore, RUBRIC_WEIGHTS, explainWeights } from "./rubric/index.js";
export type { IndustryFacts } from "./rubric/index.js";
export {
  calibratedConfidence,
  predictConfidence,
  subFeatures,
  SUB_KEYS,
  GOOD_THRESHOLD,
  type ConfidenceModel,
} from "./confidence.js";
export { predictIsotonic, predictLogistic, sigmoid, type IsotonicModel, type LogisticModel } from "./calibrators.js";
export { dedupe, diversify, type ScoredCandidate } from "./rank.js";
export { ScoreError } from "./errors.js";
export { JUDGE_FEATURES, judgeFeatures } from "./judge/features.js";
export { fitTrees, predictTrees, DEFAULT_TREE_OPTIONS, type TreeEnsemble, type TreeOptions } from "./judge/trees.js";
export {
  firstLearnedJudge,
  learnedJudge,
  learnedScore,
  modelNamesJudge,
  predictJudgeModel,
  type JudgeModel,
  type LearnedJudge,
  type JudgeValidation,
} from "./judge/learned.js";
