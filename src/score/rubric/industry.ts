/**
 * What the rubric needs to know about the guessed industry: its words (relevance), its topical TLDs,
 * whether it is software and its sector (TLD fit). Read from the shared taxonomy (src/data).
 */
import type { SupportedLanguage } from "../../core/types.js";
import { industryById } from "../../taxonomy/index.js";

export interface IndustryFacts {
  id: string;
  label: string;
  sector: string;
  keywords: Partial<Record<SupportedLanguage, string[]>>;
  vocabulary: Partial<Record<SupportedLanguage, string[]>>;
  tlds: string[];
  software: boolean;
}

/** The taxonomy's facts for an industry id, or undefined for an id the taxonomy does not know. */
export function industryFacts(id: string): IndustryFacts | undefined {
  const i = industryById(id);
  if (!i) return undefined;
  return {
    id: i.id,
    label: i.label,
    sector: i.sector,
    keywords: i.keywords,
    vocabulary: i.vocabulary,
    tlds: i.tlds,
    software: i.software === true,
  };
}
