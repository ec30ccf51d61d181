/**
 * Whole names naming experts wrote around one concept (data/sources/concept-names/*.jsonl, writers cn1, cn2; brief
 * BRIEF.md there): for a request whose heart is that concept, candidates an expert made for it, where the crafted
 * generator's borrowed names are about other businesses. Keyed by the concept's language and form as the naming
 * context extracts it.
 */
import { sourceRecords } from "../core/index.js";

let cache: Map<string, readonly string[]> | undefined;

function table(): Map<string, readonly string[]> {
  if (cache) return cache;
  const out = new Map<string, readonly string[]>();
  // An installation without the lists has no concept names.
  for (const rec of sourceRecords("concept-names", /^cn\d+\.jsonl$/)) {
    const r = rec as { lang?: unknown; concept?: unknown; names?: unknown };
    if (typeof r.lang !== "string" || typeof r.concept !== "string" || !Array.isArray(r.names)) continue;
    const names = r.names.filter((n): n is string => typeof n === "string" && /^[a-z]{4,14}$/.test(n));
    if (names.length > 0) out.set(`${r.lang}\t${r.concept}`, names);
  }
  cache = out;
  return out;
}

/** The experts' names for a concept form in a language (empty when none were written). */
export function conceptNames(lang: string, form: string): readonly string[] {
  return table().get(`${lang}\t${form}`) ?? [];
}
