/**
 * The IANA root zone TLD list, shipped as data/built/iana-tlds.json with its date (rebuild: npm run build:tlds),
 * and public-suffix awareness (co.uk, com.br) through tldts, which embeds Mozilla's Public Suffix List.
 */
import { readFileSync } from "node:fs";
import { getPublicSuffix } from "tldts";
import { builtPath } from "../core/paths.js";

interface TldFile {
  source: string;
  version: string;
  date: string;
  count: number;
  tlds: string[];
}

let loaded: { file: TldFile; set: Set<string> } | undefined;

function load(): { file: TldFile; set: Set<string> } {
  if (!loaded) {
    const file = JSON.parse(readFileSync(builtPath("iana-tlds.json"), "utf8")) as TldFile;
    loaded = { file, set: new Set(file.tlds) };
  }
  return loaded;
}

/** Date (YYYY-MM-DD) of the shipped IANA list. */
export function ianaListDate(): string {
  return load().file.date;
}

/** Every delegated TLD in ASCII form ("com", "xn--p1ai"). */
export function ianaTlds(): readonly string[] {
  return load().file.tlds;
}

/** True when `tld` (ASCII, no dot, any case) is delegated in the root zone. */
export function isIanaTld(tld: string): boolean {
  return load().set.has(tld.toLowerCase());
}

/**
 * True when `suffix` ("com", "co.uk") is an ICANN public suffix under which names are registered directly,
 * i.e. `label.suffix` is a registrable domain. Single-label suffixes must also be in the IANA list.
 */
const suffixCache = new Map<string, boolean>();

export function isRegistrableSuffix(suffix: string): boolean {
  const s = suffix.toLowerCase();
  const cached = suffixCache.get(s);
  if (cached !== undefined) return cached;
  const result = registrable(s);
  if (suffixCache.size < 10_000) suffixCache.set(s, result);
  return result;
}

function registrable(s: string): boolean {
  if (!s || s.startsWith(".") || s.endsWith(".")) return false;
  const top = s.slice(s.lastIndexOf(".") + 1);
  if (!isIanaTld(top)) return false;
  if (!s.includes(".")) return true;
  // For multi-label suffixes ask the PSL whether "example.<suffix>" has exactly this public suffix.
  return getPublicSuffix(`example.${s}`, { allowPrivateDomains: false }) === s;
}

/**
 * The suffix under which a country's registry takes second-level names, where it is not the bare ccTLD
 * ("gb" -> "co.uk", "br" -> "com.br"); ISO 3166-1 alpha-2 codes, lower case.
 */
export const COUNTRY_SUFFIX: Readonly<Record<string, string>> = {
  gb: "co.uk",
  br: "com.br",
  au: "com.au",
  nz: "co.nz",
  za: "co.za",
  mx: "mx",
  ar: "com.ar",
  jp: "jp",
  in: "in",
};

/** The suffix a business in `country` registers under ("co.uk" for gb, else the ccTLD). */
export function countrySuffix(country: string): string {
  return COUNTRY_SUFFIX[country] ?? country;
}
