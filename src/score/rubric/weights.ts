/**
 * Weights of the sub-scores in the overall score (overall = sum of weight * sub-score, each on 0-10).
 * Why these numbers: see README.md next to this file. In short, BrandBucket's published weighting
 * (length 20, TLD 12, real word 10, pronunciation 10, spelling 10, industry match 10, ...) is the
 * reference, re-grouped into our seven sub-scores; relevance is weighted up because a name that says
 * nothing about the business is the main failure users report, and safety is low because the real
 * name guard (src/safety) removes unsafe names before scoring.
 */
import type { SubScores } from "../../core/types.js";

export const RUBRIC_WEIGHTS: Readonly<Record<keyof SubScores, number>> = Object.freeze({
  relevance: 0.22,
  brandability: 0.18,
  length: 0.16,
  pronounceability: 0.14,
  tldFit: 0.12,
  readability: 0.1,
  safety: 0.08,
});

const WHY: Readonly<Record<keyof SubScores, string>> = {
  relevance: "says something about this business (keywords, lemmas, industry vocabulary, clipped forms)",
  brandability: "distinctive, memorable structure; generic dictionary strings, digits and hyphens cost",
  length: "5-10 letters ideal (BrandBucket's largest weight); falls off past 12, hard penalty past 15",
  pronounceability: "letter phonotactics learned per language from word lists (trigram, Kneser-Ney)",
  tldFit: ".com first; .io/.ai/.dev for software; topical TLDs and the right country code",
  readability: "segments into real words; no triple letters, doubled joins or digit/letter look-alikes",
  safety: "cheap signals only (look-alike digits, mixed scripts, hyphen abuse); src/safety filters names",
};

/** One line per sub-score: weight and what it measures. */
export function explainWeights(): string {
  const keys = Object.keys(RUBRIC_WEIGHTS) as (keyof SubScores)[];
  const width = Math.max(...keys.map((k) => k.length));
  return keys
    .map((k) => `${k.padEnd(width)}  ${(RUBRIC_WEIGHTS[k] * 100).toFixed(0).padStart(2)}%  ${WHY[k]}`)
    .join("\n");
}
