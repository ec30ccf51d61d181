/**
 * Safety: the request guard (is this description something we refuse to name?) and the name guard
 * (is this candidate label obscene, a slur, a trademark, or a confusable IDN?). Policy, lexicons,
 * the classifier and the trademark list are data under data/sources/safety/ and data/built/safety/ (see data/sources/safety/POLICY.md),
 * loaded once on first use (call `warmSafety()` to pay that up front).
 */
export type { RequestCategory } from "./policy.js";
export { REQUEST_CATEGORIES, loadPolicy } from "./policy.js";
export type { RequestVerdict } from "./guard.js";
export { checkRequest } from "./guard.js";
export type { NameFlagKind, NameFlag, NameVerdict, CheckNameOptions, NameContext } from "./names.js";
export { checkName, BRAND_SECTORS } from "./names.js";
export { SafetyDataError, SafetyInputError } from "./errors.js";
export { restrictionLevel, type RestrictionLevel } from "./scripts.js";

import { warmRequestGuard } from "./guard.js";
import { warmNameGuard } from "./names.js";

/** The exact message of a blocked response (library, CLI and API alike). */
export const BLOCKED_MESSAGE = "Request contains inappropriate content";

/** Load every safety data file now (otherwise the first checkRequest / checkName pays the load). */
export function warmSafety(): void {
  warmRequestGuard();
  warmNameGuard();
}
