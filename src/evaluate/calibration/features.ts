/**
 * Rubric features of one calibration pair, computed exactly as a judge would see the name: the
 * description is understood afresh and the name is scored without the generator's `parts`.
 */
import type { RubricScore } from "../../core/types.js";
import { understand } from "../../understand/index.js";
import { scoreName } from "../../score/index.js";
import { splitDomain } from "../names.js";
import type { CalibrationPair } from "./set.js";

export { SUB_KEYS, subFeatures } from "../../score/index.js";

export function rubricScoresOf(pairs: readonly CalibrationPair[]): RubricScore[] {
  const cache = new Map<string, ReturnType<typeof understand>>();
  return pairs.map((p) => {
    const u = cache.get(p.description) ?? understand(p.description);
    cache.set(p.description, u);
    const { label, tld } = splitDomain(p.domain);
    return scoreName(label, tld, u);
  });
}
