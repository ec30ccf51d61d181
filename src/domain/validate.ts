/**
 * Domain name rules.
 *
 * ASCII labels follow the LDH rule (RFC 1035 §2.3.1 as relaxed by RFC 1123 §2.1: letters, digits, hyphen; may start
 * with a digit), 1-63 octets, no hyphen at either end. RFC 5891 §4.2.3.1 reserves "--" in positions 3-4 for tagged
 * labels; the only tag in use is "xn--" (A-labels), which must decode to a valid U-label. A whole name is at most
 * 253 octets in ASCII form (255 on the wire minus the length octets of the first label and the root).
 * Internationalised names are mapped with UTS #46 non-transitional processing (IDNA2008 behaviour: "ß" stays "ß")
 * with STD3 rules, bidi and joiner checks, via tr46 (the WHATWG URL standard's implementation).
 */
import { toASCII, toUnicode } from "tr46";
import { isRegistrableSuffix } from "./tlds.js";

export type ValidationCode =
  | "empty"
  | "label_too_long"
  | "name_too_long"
  | "bad_character"
  | "hyphen_edge"
  | "reserved_hyphens"
  | "bad_punycode"
  | "idna_error"
  | "unknown_tld"
  | "not_registrable";

export interface ValidationResult {
  valid: boolean;
  /** ASCII (A-label) form when the name could be mapped. */
  ascii?: string;
  /** Unicode (U-label) form when the name could be mapped. */
  unicode?: string;
  errors: { code: ValidationCode; message: string }[];
}

const IDNA_OPTIONS = {
  useSTD3ASCIIRules: true,
  checkHyphens: true,
  checkBidi: true,
  checkJoiners: true,
  transitionalProcessing: false,
  verifyDNSLength: true,
} as const;

const LENIENT_OPTIONS = { useSTD3ASCIIRules: true, transitionalProcessing: false } as const;

const LDH = /^[a-z0-9-]+$/;

/** Checks one ASCII label against LDH, length and hyphen rules; returns the first problem or null. */
export function asciiLabelProblem(label: string): { code: ValidationCode; message: string } | null {
  if (label.length === 0) return { code: "empty", message: "empty label" };
  if (label.length > 63) return { code: "label_too_long", message: `label is ${label.length} octets; the limit is 63` };
  if (!LDH.test(label))
    return { code: "bad_character", message: `"${label}" has characters outside a-z, 0-9 and hyphen` };
  if (label.startsWith("-") || label.endsWith("-"))
    return { code: "hyphen_edge", message: "a label cannot start or end with a hyphen" };
  if (label.slice(2, 4) === "--") {
    if (!label.startsWith("xn--"))
      return { code: "reserved_hyphens", message: '"--" in positions 3-4 is reserved for xn-- labels' };
    const decoded = toUnicode(label, IDNA_OPTIONS);
    if (decoded.error || toASCII(decoded.domain, IDNA_OPTIONS) !== label) {
      return { code: "bad_punycode", message: `"${label}" is not a valid A-label` };
    }
  }
  return null;
}

/** Maps a label or name in any form (Unicode or ASCII) to ASCII, or null when UTS #46 rejects it. */
export function toAsciiName(name: string): string | null {
  if (name.length === 0 || name.length > 1024) return null;
  return toASCII(name, IDNA_OPTIONS);
}

/** Maps an ASCII name to its Unicode display form (unchanged when it has no A-labels). */
export function toUnicodeName(ascii: string): string {
  const r = toUnicode(ascii, IDNA_OPTIONS);
  return r.error ? ascii : r.domain;
}

/**
 * Validates a full registrable domain ("brewbean.com", "café.fr", "xn--caf-dma.fr", "shop.co.uk"):
 * IDNA mapping, per-label LDH rules, total length, a known public suffix, and exactly one label before it.
 */
export function validateDomain(name: string): ValidationResult {
  const errors: ValidationResult["errors"] = [];
  if (typeof name !== "string" || name.trim().length === 0) {
    return { valid: false, errors: [{ code: "empty", message: "empty domain name" }] };
  }
  const input = name.trim().replace(/\.$/, "");
  // Fast path: lower-case LDH names without A-labels map to themselves under UTS #46, so the (slow) IDNA
  // mapping can be skipped; the LDH checks below are the whole rule set for them.
  const plainAscii = /^[a-z0-9.-]+$/.test(input) && !input.includes("xn--");
  if (input.length > 1024)
    return { valid: false, errors: [{ code: "name_too_long", message: "name is longer than 253 octets" }] };
  // Map leniently first so that hyphen and length problems get their own precise message, then strictly.
  const mapped = plainAscii ? input : toASCII(input, LENIENT_OPTIONS);
  if (mapped === null) {
    return {
      valid: false,
      errors: [{ code: "idna_error", message: `"${name}" has characters that IDNA2008/UTS #46 does not allow` }],
    };
  }
  const labels = mapped.split(".");
  for (const label of labels) {
    const problem = asciiLabelProblem(label);
    if (problem) errors.push(problem);
  }
  if (mapped.length > 253)
    errors.push({ code: "name_too_long", message: `name is ${mapped.length} octets; the limit is 253` });
  const strict = errors.length === 0 ? (plainAscii ? input : toASCII(input, IDNA_OPTIONS)) : null;
  if (errors.length === 0 && strict === null) {
    errors.push({ code: "idna_error", message: `"${name}" breaks an IDNA2008 rule (bidi, joiners or hyphens)` });
  }
  const ascii = strict ?? mapped;
  if (labels.length < 2) {
    errors.push({ code: "not_registrable", message: "a domain needs a label and a TLD" });
  } else {
    const suffix = labels.slice(1).join(".");
    if (isRegistrableSuffix(ascii)) {
      errors.push({ code: "not_registrable", message: `"${ascii}" is itself a public suffix, not a registrable name` });
    } else if (!isRegistrableSuffix(suffix)) {
      const top = labels[labels.length - 1];
      errors.push(
        isRegistrableSuffix(top)
          ? {
              code: "not_registrable",
              message: `"${suffix}" is not a public suffix: "${ascii}" is not a registrable name`,
            }
          : { code: "unknown_tld", message: `".${suffix}" is not a delegated TLD or public suffix` },
      );
    }
  }
  return { valid: errors.length === 0, ascii, unicode: plainAscii ? ascii : toUnicodeName(ascii), errors };
}

/** Convenience: true when `name` is a valid registrable domain. */
export function isValidDomain(name: string): boolean {
  return validateDomain(name).valid;
}
