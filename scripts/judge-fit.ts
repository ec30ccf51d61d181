/**
 * What the learned judge's fitting scripts share (fit-learned-judge.ts, fit-model-judge.ts): the judge's two
 * logistic regressions, E[label]/10 = sigmoid(w.x + b) and P(label >= 7) = sigmoid(v.x + c), and the pairwise
 * agreement of a prediction with blind labels within each description.
 */
import { fitLogistic, type LogisticModel } from "../src/evaluate/index.js";

export interface LabelledName {
  /** The description's id: pairs are formed within a description only. */
  id: string;
  x: number[];
  /** Mean blind label, 0-10. */
  label: number;
}

/** Both of the judge's models, fitted with the same L2 penalty. */
export function fitJudgeModels(xs: readonly LabelledName[], l2: number): { score: LogisticModel; good: LogisticModel } {
  const x = xs.map((i) => i.x);
  return {
    score: fitLogistic(
      x,
      xs.map((i) => i.label / 10),
      { l2 },
    ),
    good: fitLogistic(
      x,
      xs.map((i) => (i.label >= 7 ? 1 : 0)),
      { l2 },
    ),
  };
}

/** Share of a description's name pairs with different labels that `pred` orders as the judges did (ties count half). */
export function pairwiseAgreement<T extends { id: string; label: number }>(
  xs: readonly T[],
  pred: (i: T) => number,
): number {
  const byId = new Map<string, T[]>();
  for (const i of xs) byId.set(i.id, [...(byId.get(i.id) ?? []), i]);
  let ok = 0;
  let n = 0;
  for (const g of byId.values())
    for (let a = 0; a < g.length; a++)
      for (let b = a + 1; b < g.length; b++) {
        const dl = g[a]!.label - g[b]!.label;
        if (dl === 0) continue;
        const dp = pred(g[a]!) - pred(g[b]!);
        n++;
        if (dp * dl > 0) ok++;
        else if (dp === 0) ok += 0.5;
      }
  return n > 0 ? ok / n : NaN;
}
