/**
 * The selection half of a rejection-sampling round: which of the model's own samples for a description
 * become training targets, and how they join the description's current target set.
 *
 * A sample is kept when its domain is valid, the name guard passes (trademark-like names dropped) and its
 * rubric score is at least `threshold`; the best `keep` of a description are kept. They are merged with
 * the current set (a repeated label counts once, with the first version seen: the new sample), and the
 * best `max` by score form the new set. Scores are rounded to 3 decimals, as in the target files.
 */
import type { Candidate, Understanding } from "../core/types.js";
import { validateDomain } from "../domain/index.js";
import { scoreName } from "../evaluate/rubric/index.js";
import { checkName } from "../safety/index.js";
import type { TargetName } from "./data.js";

export interface SelectionOptions {
  /** Lowest rubric score (0-10) a kept sample may have. */
  threshold: number;
  /** Most samples kept per description. */
  keep: number;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The samples worth training on, best first. */
export function selectSamples(samples: readonly Candidate[], u: Understanding, o: SelectionOptions): TargetName[] {
  const good: TargetName[] = [];
  const seen = new Set<string>();
  for (const c of samples) {
    const key = `${c.label}.${c.tld}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!validateDomain(key).valid) continue;
    if (!checkName(c.label, { trademarks: "drop" }).ok) continue;
    const s = scoreName(c.label, c.tld, u, c.parts).overall;
    if (s >= o.threshold) good.push({ label: c.label, tld: c.tld, score: round3(s) });
  }
  return good.sort((a, b) => b.score - a.score).slice(0, o.keep);
}

/** The description's new target set: picked samples and current targets, one per label, best `max` by score. */
export function mergeTargetSet(picked: readonly TargetName[], current: readonly TargetName[], max: number): TargetName[] {
  const seen = new Set<string>();
  return [...picked, ...current]
    .filter((n) => !seen.has(n.label) && (seen.add(n.label), true))
    .sort((a, b) => b.score - a.score)
    .slice(0, max);
}
