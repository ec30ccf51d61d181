export { validateDomain, isValidDomain, asciiLabelProblem, toAsciiName, toUnicodeName } from "./validate.js";
export type { ValidationResult, ValidationCode } from "./validate.js";
export { ianaListDate, ianaTlds, isIanaTld, isRegistrableSuffix, countrySuffix, COUNTRY_SUFFIX } from "./tlds.js";
