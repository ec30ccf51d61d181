/**
 * Judge validation: how well a judge agrees with the hand labels (Spearman's rho on raw scores,
 * quadratic-weighted kappa on the four rubric buckets), how judges agree with each other, and how often a
 * pairwise judge changes its verdict when the two names swap places (position bias).
 */
import {
  bucketScore,
  pearson,
  quadraticWeightedKappa,
  seededRandom,
  spearman,
  SCORE_BUCKET_EDGES,
} from "../stats/index.js";
import type { NameJudge, PairwiseJudge } from "../judges/types.js";
import type { CalibrationPair } from "./set.js";

export interface JudgeAgreement {
  judge: string;
  n: number;
  spearman: number;
  pearson: number;
  /** QWK over buckets poor/fair/good/excellent (edges 4, 7, 9). */
  qwk: number;
  /** Mean judge score minus mean label: > 0 means the judge is more generous than the labels. */
  bias: number;
  scores: number[];
}

export async function judgeScores(
  judge: NameJudge,
  pairs: readonly CalibrationPair[],
  concurrency = 1,
  onProgress?: (done: number) => void,
): Promise<number[]> {
  const out = new Array<number>(pairs.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < pairs.length) {
      const i = next++;
      const p = pairs[i];
      out[i] = (await judge.judge([{ description: p.description, domain: p.domain, display: p.domain }]))[0].score;
      onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, pairs.length)) }, worker));
  return out;
}

export function agreementWithLabels(
  judgeId: string,
  scores: readonly number[],
  pairs: readonly CalibrationPair[],
): JudgeAgreement {
  const labels = pairs.map((p) => p.label);
  const k = SCORE_BUCKET_EDGES.length + 1;
  let bias = 0;
  for (let i = 0; i < labels.length; i++) bias += scores[i] - labels[i];
  return {
    judge: judgeId,
    n: labels.length,
    spearman: spearman(scores, labels),
    pearson: pearson(scores, labels),
    qwk: quadraticWeightedKappa(
      scores.map((s) => bucketScore(s)),
      labels.map((l) => bucketScore(l)),
      k,
    ),
    bias: bias / labels.length,
    scores: scores.slice(),
  };
}

/** Spearman and bucket QWK between two judges' scores on the same pairs. */
export function agreementBetween(a: readonly number[], b: readonly number[]): { spearman: number; qwk: number } {
  const k = SCORE_BUCKET_EDGES.length + 1;
  return {
    spearman: spearman(a, b),
    qwk: quadraticWeightedKappa(
      a.map((s) => bucketScore(s)),
      b.map((s) => bucketScore(s)),
      k,
    ),
  };
}

export interface PositionBias {
  judge: string;
  /** Name pairs compared (each in both orders). */
  pairs: number;
  /** Share of pairs whose verdict flipped with the order. */
  rate: number;
  /** Share of consistent verdicts that agree with the labels (the higher-labelled name wins). */
  accuracy: number;
  /** When inconsistent, how often the first-shown name won both times ("A" in both orders). */
  firstPositionShare: number;
}

/**
 * Compares pairs of names for the same description whose labels differ by at least `minGap`, in both
 * orders. Sampled with a seeded RNG up to `maxPairs`.
 */
export async function positionBias(
  judge: PairwiseJudge,
  pairs: readonly CalibrationPair[],
  opts: { maxPairs?: number; minGap?: number; seed?: number } = {},
): Promise<PositionBias> {
  const minGap = opts.minGap ?? 2;
  const byDesc = new Map<string, CalibrationPair[]>();
  for (const p of pairs) byDesc.set(p.description, [...(byDesc.get(p.description) ?? []), p]);
  const cand: [CalibrationPair, CalibrationPair][] = [];
  for (const list of byDesc.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        if (Math.abs(list[i].label - list[j].label) >= minGap) cand.push([list[i], list[j]]);
  const rand = seededRandom(opts.seed ?? 5);
  for (let i = cand.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [cand[i], cand[j]] = [cand[j], cand[i]];
  }
  const chosen = cand.slice(0, opts.maxPairs ?? 60);
  let inconsistent = 0;
  let firstBoth = 0;
  let consistent = 0;
  let correct = 0;
  for (const [a, b] of chosen) {
    const r = await judge.comparePair(a.description, a.domain, b.domain);
    if (r.inconsistent) {
      inconsistent++;
      // forward "A" = first shown won; reversed "B" (mapped back) = first shown (b) won the swapped question.
      if (r.forward === "A" && r.reversed === "B") firstBoth++;
    } else if (r.verdict !== "tie") {
      consistent++;
      if ((r.verdict === "A") === a.label > b.label) correct++;
    }
  }
  return {
    judge: judge.id,
    pairs: chosen.length,
    rate: chosen.length ? inconsistent / chosen.length : NaN,
    accuracy: consistent ? correct / consistent : NaN,
    firstPositionShare: inconsistent ? firstBoth / inconsistent : NaN,
  };
}
