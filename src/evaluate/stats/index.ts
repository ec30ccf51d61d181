/**
 * Paired statistics for comparing systems on the same items, rater agreement and probability
 * calibration. Shared by `namewright eval compare`, judge validation and the model issue's comparisons.
 */
export { seededRandom, type Random } from "./rng.js";
export { normalCdf, normalSf, normalQuantile } from "./normal.js";
export { averageRanks, mean, sd, quantileSorted } from "./ranks.js";
export { StatsError } from "./errors.js";
export {
  bootstrapMeanCi,
  pairedMeanDiffCi,
  relativeImprovementCi,
  type BootstrapOptions,
  type Interval,
  type CiMethod,
} from "./bootstrap.js";
export {
  wilcoxonSignedRank,
  wilcoxonOneSample,
  type WilcoxonOptions,
  type WilcoxonResult,
  type Alternative,
} from "./wilcoxon.js";
export { winTieLoss, comparePaired, type WinTieLoss, type PairedComparison } from "./paired.js";
export { pearson, spearman, quadraticWeightedKappa, bucketScore, rocAuc, SCORE_BUCKET_EDGES } from "./agreement.js";
export {
  reliabilityBins,
  expectedCalibrationError,
  brierScore,
  fitIsotonic,
  predictIsotonic,
  fitLogistic,
  predictLogistic,
  fitPlatt,
  sigmoid,
  solveSymmetric,
  type ReliabilityBin,
  type IsotonicModel,
  type LogisticModel,
  type LogisticOptions,
} from "./calibration.js";
