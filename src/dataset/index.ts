/** Public surface of the dataset module: the template-made description dataset and its builders. */
export { buildDataset, DEFAULT_SIZE } from "./build.js";
export type { BuildOptions, BuildProgress, BuiltDataset } from "./build.js";
export { runDataBuild, runDataTargets } from "./run.js";
export type { DataBuildOptions, DataBuildSummary, DataTargetsOptions, DatasetManifest } from "./run.js";
export { addTargets, pipelineTargetGenerator } from "./targets.js";
export type { AddTargetsOptions, TargetGenerator } from "./targets.js";
export {
  readDataset,
  readSplit,
  parseRecords,
  writeSplits,
  writeReserve,
  RESERVE_FILE,
  DatasetFormatError,
} from "./io.js";
export { datasetStats, renderDatasetCard } from "./card.js";
export type { DatasetStats } from "./card.js";
export { NearDuplicateIndex, normalise, shingles, jaccard } from "./dedupe.js";
export { COMPLEXITIES, SPLITS, MESSY_KINDS, datasetRecordSchema } from "./types.js";
export type { Complexity, Split, MessyKind, DatasetRecord, RecordConstraints, NameTarget } from "./types.js";
export type { HeldOut } from "./split.js";
export { registerDataCommands } from "./cli.js";
export { constraintAgreement } from "./agreement.js";
export type { ConstraintAgreement, ConstraintParser, Recall } from "./agreement.js";
