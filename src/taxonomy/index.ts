/**
 * The industry taxonomy: 150+ industries in ~25 sectors, with native keywords and brandable vocabulary
 * in en, es, fr, de, pt and it, and the topical TLDs (IANA-checked in the tests) that fit each.
 * Used by the understanding stage (industry guess), the lexical generator (vocabulary, TLD fit) and
 * the dataset builder (business nouns with grammatical gender for agreeing templates).
 */
import { CULTURE } from "./culture.js";
import type { Industry } from "./define.js";
import { FOOD_RETAIL } from "./food-retail.js";
import { PEOPLE } from "./people.js";
import { TECH_BUSINESS } from "./tech-business.js";
import { TRADES_MOBILITY } from "./trades-mobility.js";
import { SECTORS as CORE_SECTORS } from "../core/types.js";

export type { BusinessNoun, Gender, Industry } from "./define.js";

/** Sector ids, in a stable order (used for balance tables and stratified splits); defined in core. */
export const SECTORS: readonly string[] = Object.freeze([...CORE_SECTORS]);

export const INDUSTRIES: readonly Industry[] = Object.freeze([
  ...FOOD_RETAIL,
  ...TECH_BUSINESS,
  ...TRADES_MOBILITY,
  ...PEOPLE,
  ...CULTURE,
]);

const BY_ID: ReadonlyMap<string, Industry> = new Map(INDUSTRIES.map((i) => [i.id, i]));

/** The industry with this id, or undefined. */
export function industryById(id: string): Industry | undefined {
  return BY_ID.get(id);
}

/** All industries of one sector, in table order. */
export function industriesInSector(sector: string): Industry[] {
  return INDUSTRIES.filter((i) => i.sector === sector);
}
