/**
 * Constraint satisfaction: which explicit requirements a name must meet, and whether it does.
 * The expected constraints are the union of what the dataset record states (ground truth, when present)
 * and what the pipeline parsed from the text, so a constraint the pipeline failed to notice still counts.
 */
import type { Constraints } from "../core/types.js";
import { foldDiacritics } from "../understand/index.js";
import { splitDomain } from "./names.js";

export interface ExpectedConstraints {
  maxLength?: number;
  minLength?: number;
  noDigits?: boolean;
  noHyphens?: boolean;
  /** Allowed public suffixes without dot; empty/undefined = any. */
  tlds?: string[];
  mustInclude?: string[];
}

function asStrings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

function cleanTld(t: string): string {
  return t.trim().replace(/^\./, "").toLowerCase();
}

/**
 * Reads a dataset record's `constraints` in the forms the builder may write: an object
 * ({ maxLength, noDigits, noHyphens, tlds, mustInclude, short, ... } in camel or snake case) or a list of
 * tags ("short", "no-digits", "no-hyphens", "max-length:8", "tld:io", ".io", "include:bean").
 * Unknown keys and tags are ignored (style words such as "playful" are not checkable per name).
 */
export function parseItemConstraints(raw: unknown): ExpectedConstraints {
  const out: ExpectedConstraints = {};
  const setMax = (n: unknown): void => {
    const v = Number(n);
    if (Number.isInteger(v) && v > 0 && v <= 63) out.maxLength = Math.min(out.maxLength ?? 63, v);
  };
  if (Array.isArray(raw) || typeof raw === "string") {
    for (const tag0 of asStrings(raw)) {
      const tag = tag0.trim().toLowerCase();
      let m: RegExpMatchArray | null;
      if (tag === "short") setMax(10);
      else if (/^no[-_ ]?(digits|numbers)$/.test(tag)) out.noDigits = true;
      else if (/^no[-_ ]?hyphens?$/.test(tag)) out.noHyphens = true;
      else if ((m = tag.match(/^max[-_ ]?(?:length|len)?[:=]\s*(\d+)$/))) setMax(m[1]);
      else if ((m = tag.match(/^(?:tld[:=]\s*)?\.([a-z0-9.-]+)$/)) || (m = tag.match(/^tld[:=]\s*([a-z0-9.-]+)$/)))
        (out.tlds ??= []).push(cleanTld(m[1]));
      else if ((m = tag.match(/^(?:include|must[-_]?include)[:=]\s*(.+)$/))) (out.mustInclude ??= []).push(m[1].trim());
    }
    return out;
  }
  if (raw && typeof raw === "object") {
    const o = raw as Record<string, unknown>;
    const get = (...keys: string[]): unknown => keys.map((k) => o[k]).find((v) => v !== undefined);
    const max = get("maxLength", "max_length", "maxLen");
    if (max !== undefined) setMax(max);
    if (get("short") === true) setMax(10);
    const min = Number(get("minLength", "min_length"));
    if (Number.isInteger(min) && min > 0) out.minLength = min;
    if (get("noDigits", "no_digits") === true || get("allowDigits", "allow_digits") === false) out.noDigits = true;
    if (get("noHyphens", "no_hyphens") === true || get("allowHyphens", "allow_hyphens") === false) out.noHyphens = true;
    const tlds = asStrings(get("tlds", "tld")).map(cleanTld).filter(Boolean);
    if (tlds.length) out.tlds = tlds;
    const inc = asStrings(get("mustInclude", "must_include", "include")).map((w) => w.toLowerCase());
    if (inc.length) out.mustInclude = inc;
  }
  return out;
}

/** Union of the record's constraints and the pipeline's parse (the stricter of each). */
export function mergeConstraints(fromItem: ExpectedConstraints, understood: Constraints | null): ExpectedConstraints {
  const out: ExpectedConstraints = { ...fromItem };
  if (understood) {
    if (understood.maxLength !== undefined) out.maxLength = Math.min(out.maxLength ?? 63, understood.maxLength);
    if (understood.minLength !== undefined) out.minLength = Math.max(out.minLength ?? 1, understood.minLength);
    if (!understood.allowDigits) out.noDigits = true;
    if (!understood.allowHyphens) out.noHyphens = true;
    if (!out.tlds && understood.tlds.length) out.tlds = understood.tlds.slice();
    if (understood.mustInclude.length)
      out.mustInclude = [...new Set([...(out.mustInclude ?? []), ...understood.mustInclude])];
  }
  return out;
}

/** True when there is something to check. */
export function hasConstraints(c: ExpectedConstraints): boolean {
  return (
    c.maxLength !== undefined ||
    c.minLength !== undefined ||
    !!c.noDigits ||
    !!c.noHyphens ||
    !!c.tlds?.length ||
    !!c.mustInclude?.length
  );
}

/** The constraints a domain (display/Unicode form) violates, by name; empty = satisfied. */
export function constraintViolations(domain: string, c: ExpectedConstraints): string[] {
  const { label, tld } = splitDomain(domain);
  const v: string[] = [];
  const len = [...label].length;
  if (c.maxLength !== undefined && len > c.maxLength) v.push(`maxLength:${c.maxLength}`);
  if (c.minLength !== undefined && len < c.minLength) v.push(`minLength:${c.minLength}`);
  if (c.noDigits && /\d/.test(label)) v.push("noDigits");
  if (c.noHyphens && label.includes("-")) v.push("noHyphens");
  if (c.tlds?.length && !c.tlds.includes(tld)) v.push(`tld:${c.tlds.join("|")}`);
  // "café" satisfies "cafe" and "Bio-Laden" is looked for as "bioladen": compare folded letters and digits only.
  const norm = (s: string): string => foldDiacritics(s.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, "");
  const folded = norm(label);
  for (const w of c.mustInclude ?? []) if (!folded.includes(norm(w))) v.push(`include:${w}`);
  return v;
}
