export * from "./types.js";
export * from "./errors.js";
export { packageRoot, dataPath, sourcePath, builtPath, modelsPath, sourceRecords } from "./paths.js";
export { TRAINING_WRITERS, VALIDATION_WRITERS, DEV_WRITERS, TEST_WRITERS } from "./splits.js";
export { normalizeDescription, MAX_DESCRIPTION_LENGTH } from "./input.js";
export { wordSet } from "./words.js";
