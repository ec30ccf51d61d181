/**
 * The rubric judge: the deterministic rubric scorer (src/score/rubric) behind the judge interface.
 * It is the same scorer the pipeline ranks with, so on its own it rewards what the pipeline optimises;
 * agreement with the hand-labelled calibration set (judge validation) says how far it can be trusted.
 */
import type { Understanding } from "../../core/types.js";
import { scoreName } from "../../score/index.js";
import { splitDomain } from "../names.js";
import {
  combineOrders,
  understandingOf,
  type JudgeInput,
  type Judgement,
  type NameJudge,
  type PairJudgement,
  type PairwiseJudge,
} from "./types.js";

export class RubricJudge implements NameJudge, PairwiseJudge {
  readonly id = "rubric";

  async judge(inputs: readonly JudgeInput[]): Promise<Judgement[]> {
    const cache = new Map<string, Understanding>();
    return inputs.map((inp) => {
      const u = understandingOf(inp, cache);
      const { label, tld } = splitDomain(inp.display);
      const s = scoreName(label, tld, u, inp.parts);
      return { score: s.overall, reason: s.reasons.slice(0, 2).join("; ") };
    });
  }

  /** Higher rubric score wins (within 0.05 = tie); deterministic, so both orders always agree. */
  async comparePair(description: string, a: string, b: string): Promise<PairJudgement> {
    const [sa, sb] = await this.judge([
      { description, domain: a, display: a },
      { description, domain: b, display: b },
    ]);
    const v = Math.abs(sa.score - sb.score) <= 0.05 ? "tie" : sa.score > sb.score ? "A" : "B";
    return combineOrders(v, v);
  }
}
