/**
 * The selection half of a rejection-sampling round: which of the model's own samples for a description
 * become training targets, and how they join the description's current target set.
 *
 * A sample is kept when its domain is valid, the name guard passes (trademark-like names dropped) and its
 * score (the hand rubric's, or the learned judge's prediction of the blind judges' score) is at least `threshold`; the best `keep` of a description are kept (best by score, or with
 * `prefer: "rare"` the least drawn first, see SelectionOptions). They are merged with
 * the current set (a repeated label counts once, with the first version seen: the new sample), and the
 * best `max` by score form the new set. Scores are rounded to 3 decimals, as in the target files.
 */
import type { Candidate, Understanding } from "../core/types.js";
import { validateDomain } from "../domain/index.js";
import { learnedScore, modelNamesJudge, scoreName } from "../score/index.js";
import { checkName } from "../safety/index.js";
import type { TargetName } from "./data.js";

export interface SelectionOptions {
  /** Lowest rubric score (0-10) a kept sample may have. */
  threshold: number;
  /** Most samples kept per description. */
  keep: number;
  /**
   * Which passing samples to keep: the best by score (default), or "rare": the ones drawn fewest times
   * first (Candidate.draws), then by score. Training on its own most frequent names sharpens a model (its
   * repeated names get more frequent, its novel ones rarer); raising the rarely drawn good names instead
   * moves probability from the modes to the good tail.
   */
  prefer?: "score" | "rare";
  /**
   * Which score decides: "rubric" (the template-era rounds), "learned" (the learned judge, 0-10) or "model-judge"
   * (the model-names judge, 0-10: fitted on blind labels of model-made names, the only one of the three validated
   * on them). Default rubric.
   */
  scorer?: "rubric" | "learned" | "model-judge";
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The samples worth training on, best first. */
export function selectSamples(samples: readonly Candidate[], u: Understanding, o: SelectionOptions): TargetName[] {
  const good: Array<TargetName & { draws: number }> = [];
  const seen = new Set<string>();
  for (const c of samples) {
    const key = `${c.label}.${c.tld}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!validateDomain(key).valid) continue;
    if (!checkName(c.label, { trademarks: "drop" }).ok) continue;
    const s =
      o.scorer === "learned"
        ? learnedScore(c.label, c.tld, u).score
        : o.scorer === "model-judge"
          ? learnedScore(c.label, c.tld, u, modelNamesJudge()).score
          : scoreName(c.label, c.tld, u, c.parts).overall;
    if (s >= o.threshold) good.push({ label: c.label, tld: c.tld, score: round3(s), draws: c.draws ?? 1 });
  }
  const rare = o.prefer === "rare";
  return good
    .sort((a, b) => (rare ? a.draws - b.draws : 0) || b.score - a.score)
    .slice(0, o.keep)
    .map(({ label, tld, score }) => ({ label, tld, score }));
}

/** The description's new target set: picked samples and current targets, one per label, best `max` by score. */
export function mergeTargetSet(
  picked: readonly TargetName[],
  current: readonly TargetName[],
  max: number,
): TargetName[] {
  const seen = new Set<string>();
  return [...picked, ...current]
    .filter((n) => !seen.has(n.label) && (seen.add(n.label), true))
    .sort((a, b) => b.score - a.score)
    .slice(0, max);
}
