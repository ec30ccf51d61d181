export {
  suggest,
  suggestDetailed,
  toResponse,
  lexicalGenerator,
  asSupplement,
  MAX_COUNT,
  SURELY_REGISTERED,
} from "./pipeline.js";
export type { CandidateGenerator, SuggestOptions, DetailedResult } from "./pipeline.js";
export { craftedCandidates, craftedTlds, echoesTld } from "./crafted.js";
export { lexicalCandidates, rootWords, applyConstraints } from "./lexical.js";
export { chooseTlds } from "./tlds.js";
export { syllables, clips, blends, rhymes, alliterates } from "./morphology.js";
export {
  craftedGenerator,
  resolveGenerators,
  defaultGeneratorKind,
  embeddedModelAvailable,
  GENERATOR_KINDS,
} from "./generators.js";
export type { GeneratorKind } from "./generators.js";
