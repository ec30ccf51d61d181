/**
 * Rubric features of one calibration pair, computed exactly as a judge would see the name: the
 * description is understood afresh and the name is scored without the generator's `parts`.
 */
import type { RubricScore, SubScores } from "../../core/types.js";
import { understand } from "../../understand/index.js";
import { scoreName } from "../rubric/index.js";
import { splitDomain } from "../names.js";
import type { CalibrationPair } from "./set.js";

export const SUB_KEYS: readonly (keyof SubScores)[] = ["relevance", "brandability", "pronounceability", "length", "readability", "tldFit", "safety"];

export function rubricScoresOf(pairs: readonly CalibrationPair[]): RubricScore[] {
  const cache = new Map<string, ReturnType<typeof understand>>();
  return pairs.map((p) => {
    const u = cache.get(p.description) ?? understand(p.description);
    cache.set(p.description, u);
    const { label, tld } = splitDomain(p.domain);
    return scoreName(label, tld, u);
  });
}

/** Sub-scores scaled to [0, 1], in SUB_KEYS order: the logistic model's inputs. */
export function subFeatures(s: RubricScore): number[] {
  return SUB_KEYS.map((k) => s.sub[k] / 10);
}
