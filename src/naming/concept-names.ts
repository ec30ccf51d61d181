/**
 * Whole names naming experts wrote around one concept (data/sources/concept-names/*.jsonl, writers cn1, cn2; brief
 * BRIEF.md there): for a request whose heart is that concept, candidates an expert made for it, where the crafted
 * generator's borrowed names are about other businesses. Keyed by the concept's language and form as the naming
 * context extracts it; sense checkers' rewrites (sc*.jsonl) replace the early lists they found in another sense, and
 * sector writers' lists (cs*.jsonl) name a concept whose senses split between kinds of business once per sector.
 */
import { sourceRecords } from "../core/index.js";

let cache: Map<string, readonly string[]> | undefined;

const LABEL = /^[a-z]{4,14}$/;

/**
 * The table from the writers' lists (`cn*.jsonl`: {lang, concept, names}) and the sense checkers' verdicts on them
 * (`sc*.jsonl`: {lang, concept, verdict: "keep" | "rewrite", names?}; BRIEF.md "Sense checkers"): a rewrite replaces
 * the list it checked, and a rewrite with no names removes it; a kept list stays as written. Lines of another shape
 * are skipped.
 */
export function conceptNameTable(
  lists: readonly unknown[],
  checks: readonly unknown[] = [],
  sectorLists: readonly unknown[] = [],
): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  const labels = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((n): n is string => typeof n === "string" && LABEL.test(n)) : [];
  for (const rec of lists) {
    const r = rec as { lang?: unknown; concept?: unknown; names?: unknown };
    if (typeof r.lang !== "string" || typeof r.concept !== "string" || !Array.isArray(r.names)) continue;
    const names = labels(r.names);
    if (names.length > 0) out.set(`${r.lang}\t${r.concept}`, names);
  }
  for (const rec of checks) {
    const r = rec as { lang?: unknown; concept?: unknown; verdict?: unknown; names?: unknown };
    if (typeof r.lang !== "string" || typeof r.concept !== "string" || r.verdict !== "rewrite") continue;
    const key = `${r.lang}\t${r.concept}`;
    const names = labels(r.names);
    if (names.length > 0) out.set(key, names);
    else out.delete(key);
  }
  // A sector's list ({lang, concept, sector, names}; BRIEF.md "Sector writers"), keyed apart from the concept's own.
  for (const rec of sectorLists) {
    const r = rec as { lang?: unknown; concept?: unknown; sector?: unknown; names?: unknown };
    if (typeof r.lang !== "string" || typeof r.concept !== "string" || typeof r.sector !== "string") continue;
    const names = labels(r.names);
    if (names.length > 0) out.set(`${r.lang}\t${r.concept}\t${r.sector}`, names);
  }
  return out;
}

function table(): Map<string, readonly string[]> {
  // An installation without the lists has no concept names.
  cache ??= conceptNameTable(
    sourceRecords("concept-names", /^cn\d+\.jsonl$/),
    sourceRecords("concept-names", /^sc\d+\.jsonl$/),
    sourceRecords("concept-names", /^cs\d+\.jsonl$/),
  );
  return cache;
}

/**
 * The experts' names for a concept form in a language (empty when none were written): the list for the request's
 * sector where one was written, else the concept's own.
 */
export function conceptNames(lang: string, form: string, sector?: string): readonly string[] {
  const t = table();
  return (sector === undefined ? undefined : t.get(`${lang}\t${form}\t${sector}`)) ?? t.get(`${lang}\t${form}`) ?? [];
}
