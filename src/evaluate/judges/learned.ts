/**
 * The learned judge (src/score/judge) behind the judge interface: fast, local, trained on blind judgments.
 * Its id carries the version; `agreement()` gives its validation against held-out blind labels, which the
 * evaluation command prints next to every score it produces.
 */
import type { Understanding } from "../../core/types.js";
import { learnedJudge, learnedScore, type LearnedJudge } from "../../score/index.js";
import { splitDomain } from "../names.js";
import { understandingOf, type JudgeInput, type Judgement, type NameJudge } from "./types.js";

export class LearnedNameJudge implements NameJudge {
  readonly id: string;
  private readonly model: LearnedJudge;

  constructor(model: LearnedJudge = learnedJudge()) {
    this.model = model;
    this.id = `learned:v${model.version}`;
  }

  async judge(inputs: readonly JudgeInput[]): Promise<Judgement[]> {
    const cache = new Map<string, Understanding>();
    return inputs.map((inp) => {
      const u = understandingOf(inp, cache);
      const { label, tld } = splitDomain(inp.display);
      const s = learnedScore(label, tld, u, this.model);
      return { score: s.score, reason: `P(blind judge >= 7) ${s.pGood.toFixed(2)}` };
    });
  }

  /** One line: how this judge agrees with held-out blind labels (report it next to its numbers). */
  agreement(): string {
    return this.model.validation
      .filter((v) => !v.set.startsWith("train"))
      .map((v) => `${v.set}: Spearman ${v.spearmanLearned.toFixed(3)}, AUC ${v.auc.toFixed(3)} (n ${v.n})`)
      .join("; ");
  }
}
