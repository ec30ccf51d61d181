/**
 * namewright: business description -> ranked, valid, safe domain name suggestions.
 *
 *   import { suggest } from "namewright";
 *   const res = await suggest("organic coffee shop in downtown area", { count: 10 });
 */
import {
  suggest as suggestWith,
  suggestDetailed as suggestDetailedWith,
  resolveGenerators as resolve,
  defaultGeneratorKind as defaultKind,
  type SuggestOptions as Options,
  type DetailedResult as Detailed,
} from "./generate/index.js";
import type { SuggestResponse } from "./core/types.js";

/**
 * The product's default generators when the caller names none: a library user gets the names the CLI and the
 * server give ("crafted"), not the pipeline's bare lexical default.
 */
function withDefaults(options: Options): Options {
  return options.generators ? options : { ...options, generators: resolve(defaultKind()) };
}

/** Description -> the homework schema, with the product's default generator unless `generators` is given. */
export async function suggest(description: unknown, options: Options = {}): Promise<SuggestResponse> {
  return suggestWith(description, withDefaults(options));
}

/** Description -> suggestions with the understanding, sub-scores and reasons (same defaults as suggest). */
export async function suggestDetailed(description: unknown, options: Options = {}): Promise<Detailed> {
  return suggestDetailedWith(description, withDefaults(options));
}

export {
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
