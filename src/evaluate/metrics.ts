/**
 * Per-item metrics of one pipeline answer.
 *
 *   score@k     = (1/k) * sum of the judge's scores of the top-k names (missing names count 0), k = 5 by
 *                 default: users read the first few names, and returning fewer names than asked must cost.
 *   validity    = share of returned domains that pass the DNS rules (validateDomain).
 *   duplicates  = share of returned names whose label (diacritics folded) repeats an earlier one
 *                 ("brewbean.com" and "brewbean.io" are one name to a user).
 *   constraintSatisfaction = share of names meeting every expected constraint (null when none applies).
 *   languageMatch = 1 when the language the pipeline understood equals the record's language ("und" counts
 *                 as English, which is how the pipeline treats it), null when the record has none.
 *
 * Measures of the names themselves, used by model comparisons (`namewright train eval`):
 *   nameLanguageShare = share of labels whose best-fitting letter-trigram model (lexicon phonotactics) is
 *                 the description's language: do the names sound like the customers' language?
 *   noveltyShare  = share of labels not among a given set (e.g. the training targets): not copied.
 *   rowStats      = of the rows a generator produced before the pipeline filtered them, how many end in a
 *                 valid name and how many repeat an earlier row of the same request (countingGenerator).
 */
import { validateDomain } from "../domain/index.js";
import { foldDiacritics } from "../understand/index.js";
import { pronounceability } from "../lexicon/index.js";
import { LANGUAGES, type Candidate, type SupportedLanguage, type Understanding } from "../core/types.js";
import type { CandidateGenerator } from "../generate/index.js";
import { splitDomain } from "./names.js";

export const DEFAULT_TOP_K = 5;

export interface NameRecord {
  domain: string;
  display: string;
  confidence: number;
  /** The rubric's overall score (what the pipeline ranked by). */
  rubric: number;
  /** The run's judge score (equals rubric for the rubric judge). */
  judge: number;
  judgeReason?: string;
  source: string;
  method: string;
  valid: boolean;
  violations: string[];
}

export interface ItemMetrics {
  score: number;
  count: number;
  validity: number | null;
  duplicates: number | null;
  constraintSatisfaction: number | null;
  languageMatch: number | null;
}

export function scoreAtK(scores: readonly number[], k: number): number {
  let s = 0;
  for (let i = 0; i < Math.min(k, scores.length); i++) s += scores[i];
  return s / k;
}

export function duplicateShare(domains: readonly string[]): number | null {
  if (domains.length === 0) return null;
  const seen = new Set<string>();
  let dup = 0;
  for (const d of domains) {
    const label = foldDiacritics(splitDomain(d).label).replace(/-/g, "");
    if (seen.has(label)) dup++;
    seen.add(label);
  }
  return dup / domains.length;
}

export function validityShare(domains: readonly string[]): number | null {
  if (domains.length === 0) return null;
  return domains.filter((d) => validateDomain(d).valid).length / domains.length;
}

export function isValidDomainName(domain: string): boolean {
  return validateDomain(domain).valid;
}

export function languageMatches(expected: string | undefined, understood: string | undefined): number | null {
  if (!expected || !understood) return null;
  const norm = (l: string): string => (l === "und" ? "en" : l.toLowerCase());
  return norm(expected) === norm(understood) ? 1 : 0;
}

export function itemMetrics(
  names: readonly NameRecord[],
  k: number,
  constrained: boolean,
  languageMatch: number | null,
): ItemMetrics {
  const domains = names.map((n) => n.domain);
  return {
    score: scoreAtK(
      names.map((n) => n.judge),
      k,
    ),
    count: names.length,
    validity: validityShare(domains),
    duplicates: duplicateShare(names.map((n) => n.display)),
    constraintSatisfaction:
      constrained && names.length > 0 ? names.filter((n) => n.violations.length === 0).length / names.length : null,
    languageMatch,
  };
}

/** The supported language whose letter-trigram model rates the label most pronounceable (ties: the first). */
export function nameLanguage(label: string): SupportedLanguage {
  let best: SupportedLanguage = LANGUAGES[0];
  let bestP = -Infinity;
  for (const l of LANGUAGES) {
    const p = pronounceability(label, l);
    if (p > bestP) {
      bestP = p;
      best = l;
    }
  }
  return best;
}

/** Share of labels whose best-fitting language is `lang`; 0 for no labels (an empty list earns nothing). */
export function nameLanguageShare(labels: readonly string[], lang: string): number {
  return labels.length === 0 ? 0 : labels.filter((l) => nameLanguage(l) === lang).length / labels.length;
}

/** Share of labels not in `seen`; 0 for no labels. */
export function noveltyShare(labels: readonly string[], seen: ReadonlySet<string>): number {
  return labels.length === 0 ? 0 : labels.filter((l) => !seen.has(l)).length / labels.length;
}

/** Counts of a generator's raw rows (see rowStats in the header). */
export interface RowStats {
  rows: number;
  valid: number;
  dup: number;
}

/** Wraps a generator (asking it for at most `cap` rows) to count its rows into `stats` before the pipeline filters them. */
export function countingGenerator(g: CandidateGenerator, cap: number, stats: RowStats): CandidateGenerator {
  return {
    name: g.name,
    async generate(u: Understanding, count: number): Promise<Candidate[]> {
      const out = await g.generate(u, Math.min(count, cap));
      const seen = new Set<string>();
      for (const c of out) {
        stats.rows++;
        if (validateDomain(`${c.label}.${c.tld || "com"}`).valid) stats.valid++;
        if (seen.has(c.label)) stats.dup++;
        seen.add(c.label);
      }
      return out;
    },
  };
}
