export * from "./types.js";
export * from "./errors.js";
export { packageRoot, dataPath, sourcePath, builtPath, modelsPath } from "./paths.js";
