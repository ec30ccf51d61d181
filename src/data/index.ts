/** Public surface of the data module: the industry taxonomy and the description dataset. */
export { INDUSTRIES, SECTORS, industryById, industriesInSector } from "./taxonomy.js";
export type { BusinessNoun, Gender, Industry } from "./taxonomy.js";
export { Rng, fnv1a } from "./prng.js";
export { buildDataset, DEFAULT_SIZE } from "./dataset/build.js";
export type { BuildOptions, BuildProgress, BuiltDataset } from "./dataset/build.js";
export { runDataBuild, runDataTargets } from "./dataset/run.js";
export type { DataBuildOptions, DataBuildSummary, DataTargetsOptions, DatasetManifest } from "./dataset/run.js";
export { addTargets, pipelineTargetGenerator } from "./dataset/targets.js";
export type { AddTargetsOptions, TargetGenerator } from "./dataset/targets.js";
export { readDataset, readSplit, parseRecords, writeSplits, DatasetFormatError } from "./dataset/io.js";
export { datasetStats, renderDatasetCard } from "./dataset/card.js";
export type { DatasetStats } from "./dataset/card.js";
export { NearDuplicateIndex, normalise, shingles, jaccard } from "./dataset/dedupe.js";
export { COMPLEXITIES, SPLITS, MESSY_KINDS, datasetRecordSchema } from "./dataset/types.js";
export type { Complexity, Split, MessyKind, DatasetRecord, RecordConstraints, NameTarget } from "./dataset/types.js";
export type { HeldOut } from "./dataset/split.js";
export { registerDataCommands } from "./cli.js";
