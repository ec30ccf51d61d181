export * from "./types.js";
export * from "./errors.js";
export { packageRoot, dataPath, modelsPath } from "./paths.js";
