export { loadCalibrationSet, defaultCalibrationPath, groupsByDescription, type CalibrationPair } from "./set.js";
export { rubricScoresOf, subFeatures, SUB_KEYS } from "./features.js";
export {
  fitConfidence,
  calibratedConfidence,
  GOOD_THRESHOLD,
  type ConfidenceFile,
  type ConfidenceModel,
  type FitReport,
} from "./confidence.js";
export {
  judgeScores,
  agreementWithLabels,
  agreementBetween,
  positionBias,
  type JudgeAgreement,
  type PositionBias,
} from "./validate.js";
