/**
 * TLD choice fitted to the business: the user's TLDs when given; otherwise .com first, then a topical TLD
 * of the industry (.coffee, .shop), .io/.ai/.dev for software, and the country's ccTLD when a location or
 * a non-English language points to one (.de for a Berlin bakery, .fr for a French description), or the
 * text's markers when it names no place (.co.uk for prices in £; understand/markets.ts).
 */
import { businessCountry, type Understanding } from "../core/types.js";
import { industryById } from "../taxonomy/index.js";
import { countrySuffix, isRegistrableSuffix } from "../domain/index.js";

const LANGUAGE_CCTLD: Record<string, string> = { es: "es", fr: "fr", de: "de", pt: "pt", it: "it" };
const AI_WORDS =
  /\b(?:ai|a\.i\.|artificial intelligence|machine learning|ml|llm|gpt|ia|ki|intelligence artificielle|inteligencia artificial|künstliche intelligenz|intelligenza artificiale)\b/i;

export interface TldPlan {
  /** TLDs in order of preference; the first is every candidate's default. */
  tlds: string[];
  /** True when the user named the TLDs (then the same label may appear with several of them). */
  requested: boolean;
}

export function chooseTlds(u: Understanding): TldPlan {
  if (u.constraints.tlds.length > 0)
    return { tlds: u.constraints.tlds.filter((t) => isRegistrableSuffix(t)), requested: true };
  const out: string[] = ["com"];
  const industry = u.industry ? industryById(u.industry.id) : undefined;
  if (industry?.software) {
    out.push(AI_WORDS.test(u.text) ? "ai" : "io");
    out.push(AI_WORDS.test(u.text) ? "io" : "dev");
  }
  const country = businessCountry(u);
  if (country && country !== "us") out.push(countrySuffix(country));
  else if (!country && LANGUAGE_CCTLD[u.language]) out.push(LANGUAGE_CCTLD[u.language]);
  for (const t of industry?.tlds ?? []) if (out.length < 5) out.push(t);
  return { tlds: [...new Set(out)].filter((t) => isRegistrableSuffix(t)), requested: false };
}
