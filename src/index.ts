/**
 * namewright: business description -> ranked, valid, safe domain name suggestions.
 *
 *   import { suggest } from "namewright";
 *   const res = await suggest("organic coffee shop in downtown area", { count: 10 });
 */
export {
  suggest,
  suggestDetailed,
  toResponse,
  lexicalGenerator,
  asSupplement,
  resolveGenerators,
  defaultGeneratorKind,
} from "./generate/index.js";
export type { CandidateGenerator, SuggestOptions, DetailedResult } from "./generate/index.js";
export { understand } from "./understand/index.js";
export { validateDomain, isValidDomain, toAsciiName, toUnicodeName, ianaListDate } from "./domain/index.js";
export { scoreName, confidenceFromScore, RUBRIC_WEIGHTS } from "./score/index.js";
export { checkRequest, checkName, BLOCKED_MESSAGE } from "./safety/index.js";
export { checkDomains, registeredPrior, AvailabilityCache, DnsPrecheck } from "./availability/index.js";
export type { AvailabilityResult, CheckOptions } from "./availability/index.js";
export * from "./core/types.js";
export { NamewrightError, InputError } from "./core/errors.js";
