/** Hand-built understandings for rubric tests (independent of the understanding stage). */
import type { Keyword, Language, Understanding } from "../../../src/core/types.js";

export function kw(word: string, weight: number, lemma = word, stem = word): Keyword {
  return { word, lemma, stem, weight };
}

export function understanding(
  over: Partial<Understanding> & { keywords: Keyword[]; language?: Language },
): Understanding {
  return {
    text: over.text ?? over.keywords.map((k) => k.word).join(" "),
    language: over.language ?? "en",
    keywords: over.keywords,
    industry: over.industry ?? null,
    location: over.location ?? null,
    constraints: over.constraints ?? {
      allowDigits: true,
      allowHyphens: true,
      tlds: [],
      mustInclude: [],
      exclude: [],
      style: "any",
      allowIdn: false,
    },
  };
}

export const COFFEE = understanding({
  text: "organic coffee shop in downtown area",
  keywords: [
    kw("organic", 0.9, "organic", "organ"),
    kw("coffee", 1, "coffee", "coffe"),
    kw("shop", 0.7),
    kw("downtown", 0.6),
  ],
  industry: { id: "coffee_shop", label: "Coffee shop", confidence: 0.9 },
});

export const SAAS = understanding({
  text: "SaaS analytics platform for startups",
  keywords: [
    kw("analytics", 1, "analytics", "analyt"),
    kw("saas", 0.9),
    kw("platform", 0.8),
    kw("startups", 0.6, "startup", "startup"),
  ],
  industry: { id: "saas", label: "SaaS startup", confidence: 0.8 },
});

export const BAKERY_DE = understanding({
  text: "Bäckerei mit Sauerteigbrot in Berlin",
  language: "de",
  keywords: [
    kw("bäckerei", 1, "bäckerei", "back"),
    kw("sauerteigbrot", 0.8, "sauerteigbrot", "sauerteigbrot"),
    kw("berlin", 0.5),
  ],
  industry: { id: "bakery", label: "Bakery", confidence: 0.9 },
  location: { name: "Berlin", country: "de" },
});

export const BAKERY_ES = understanding({
  text: "panadería artesanal de masa madre en Madrid",
  language: "es",
  keywords: [kw("panadería", 1, "panadería", "panad"), kw("artesanal", 0.8), kw("masa", 0.6), kw("madre", 0.4)],
  industry: { id: "bakery", label: "Bakery", confidence: 0.9 },
  location: { name: "Madrid", country: "es" },
});

/** No industry, no keywords: relevance has nothing to say. */
export const BLANK = understanding({ text: "", keywords: [] });
