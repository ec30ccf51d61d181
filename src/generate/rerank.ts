/**
 * The crafted generator's reranker: what blind judges would score one of its candidates, predicted by a ridge
 * regression that `scripts/fit-reranker.ts` fits on blind labels of the product's own shown names (every
 * judging round's, for the candidates the generator still proposes), data/built/naming/reranker.json:
 *   pred(x) = b + sum_k beta_k (x_k - mean_k) / sd_k
 * The features are what the generator knows about a candidate without asking anyone: how it was made (its
 * method), its prior and place in the generator's own order, shape, the TLD's place among the request's fitting
 * TLDs, the learned judge's score, the offline estimate that it is registered, how common its words are, and for a
 * name borrowed whole from an expert, how close that expert's business is to this one (not only relative to the
 * closest: when even the closest neighbour is far, its experts' names are about another business).
 * Unlike the learned judge, it never sees names the generator did not make, so it learns to order the
 * generator's names rather than to tell an expert's name from a program's.
 * The file records the fit's agreement with held-out writers' labels (leave one writer out); whoever reports
 * a number it produced reports that agreement with it.
 */
import { existsSync, readFileSync } from "node:fs";
import { NamewrightError } from "../core/errors.js";
import { builtPath } from "../core/paths.js";
import type { Candidate, Understanding } from "../core/types.js";
import type { NamingContext } from "../naming/index.js";
import { registeredPriorIn } from "../availability/index.js";
import { pronounceability, wordFrequencyRank } from "../lexicon/index.js";
import { firstLearnedJudge, learnedScore, sigmoid } from "../score/index.js";

/** How the crafted generator's methods are grouped (a required word's names are one kind, whichever side). */
const METHODS = [
  "neighbour-echo",
  "neighbour",
  "concept+piece",
  "piece+concept",
  "evocative+concept",
  "evocative+piece",
  "concept+concept",
  "piece+piece",
  "place+concept",
  "concept+place",
  "evocative",
  "word",
  "required",
  "concept-name",
] as const;

export const RERANK_FEATURES: readonly string[] = [
  "logprior",
  "logrank",
  "len",
  "len2",
  "pron",
  "parts",
  "com",
  "country",
  "tldRank",
  "judge",
  "registered",
  "hasTopConcept",
  "minWordRank",
  "maxWordRank",
  "neighbourSim",
  "neighbourLogBest",
  ...METHODS.map((m) => `method:${m}`),
];

/** What the features need to know about the request, computed once per request. */
export interface RerankContext {
  u: Understanding;
  /** The request's fitting TLDs, most likely first (the naming context's). */
  tlds: readonly string[];
  /** The request's main concept in label form ("" when none). */
  topConcept: string;
  /** For each label an expert of a neighbour wrote, the highest similarity of such a neighbour to the request. */
  neighbourSim: ReadonlyMap<string, number>;
  /** The closest neighbour's similarity (0 when none). */
  bestSim: number;
}

/** The request-level part of the features, from the naming context the generator used. */
export function rerankContext(u: Understanding, ctx: NamingContext): RerankContext {
  const neighbourSim = new Map<string, number>();
  for (const n of ctx.neighbours)
    for (const name of ctx.knowledge.entries[n.index]!.names)
      if ((neighbourSim.get(name.label) ?? -1) < n.sim) neighbourSim.set(name.label, n.sim);
  return {
    u,
    tlds: ctx.tlds.map(([t]) => t),
    topConcept: ctx.concepts[0]?.form ?? "",
    neighbourSim,
    bestSim: ctx.neighbours[0]?.sim ?? 0,
  };
}

/** The crafted method's group: "crafted:required+piece" -> "required". */
export function methodGroup(method: string): string {
  const m = method.replace(/^crafted:/, "");
  return /(^|\+)required($|\+)/.test(m) ? "required" : m;
}

/**
 * The feature vector of a candidate at position `index` of the generator's own order (prior in (0,1], relative
 * to its best candidate), with its TLD. Words' frequency ranks are English (the only language with
 * frequencies); a word outside the list counts as rank 80,000.
 */
export function rerankFeatures(c: Candidate, index: number, rc: RerankContext): number[] {
  const lang = rc.u.language === "und" ? "en" : rc.u.language;
  const tldAt = rc.tlds.indexOf(c.tld);
  const ranks = c.parts.map((p) => wordFrequencyRank(p, "en") ?? 80000);
  const method = methodGroup(c.method);
  const borrowed = method === "neighbour" || method === "neighbour-echo";
  const x = [
    Math.log(Math.max(1e-9, c.prior ?? 1)),
    Math.log(1 + index),
    c.label.length,
    (c.label.length - 9) ** 2,
    pronounceability(c.label, lang),
    c.parts.length,
    c.tld === "com" ? 1 : 0,
    /^[a-z]{2}$|^(com|co|org|net)\.[a-z]{2}$/.test(c.tld) ? 1 : 0,
    tldAt < 0 ? 6 : Math.min(5, tldAt),
    // The first learned judge's score: the reranker was fitted with it (see firstLearnedJudge).
    learnedScore(c.label, c.tld, rc.u, firstLearnedJudge()).score / 10,
    registeredPriorIn(rc.u, `${c.label}.${c.tld}`),
    rc.topConcept.length > 0 && c.label.includes(rc.topConcept) ? 1 : 0,
    Math.log(1 + Math.min(...ranks, 80000)),
    Math.log(1 + Math.max(...ranks, 0)),
    borrowed ? (rc.neighbourSim.get(c.label) ?? 0) : 0,
    borrowed ? Math.log(Math.max(1e-3, rc.bestSim)) : 0,
    ...METHODS.map((m) => (method === m ? 1 : 0)),
  ];
  return x;
}

/** Agreement of the fitted reranker with held-out labels (one writer left out at a time). */
export interface RerankValidation {
  /** Labelled names scored out of fold. */
  n: number;
  /** Mean over descriptions (>= 3 labelled names) of the Spearman correlation with the mean blind label. */
  withinDescriptionSpearman: number;
  /** The same for the generator's own prior, the order it replaces. */
  priorWithinDescriptionSpearman: number;
  /** The same for the learned judge's score alone. */
  judgeWithinDescriptionSpearman: number;
  /** Spearman over all labelled names pooled. */
  pooledSpearman: number;
}

export interface Reranker {
  version: number;
  features: string[];
  mean: number[];
  sd: number[];
  beta: number[];
  intercept: number;
  lambda: number;
  labels: number;
  validation: RerankValidation;
  /**
   * The confidence shown with a name: P(a careful judge rates it >= 7 of 10) = sigmoid(coef[0] * prediction + bias),
   * Platt scaling of the reranker's out-of-fold predictions (scripts/fit-reranker.ts, which records its held-out AUC
   * and calibration error beside it). Absent in files fitted before it; the learned judge's estimate is used then.
   */
  confidence?: { coef: number[]; bias: number };
}

/** The prediction, on the judges' 0-10 scale (unclipped). */
export function rerankScore(x: readonly number[], r: Reranker): number {
  let s = r.intercept;
  for (let k = 0; k < x.length; k++) s += (r.beta[k]! * (x[k]! - r.mean[k]!)) / r.sd[k]!;
  return s;
}

export function rerankerPath(): string {
  return builtPath("naming", "reranker.json");
}

let shipped: Reranker | null | undefined;

/**
 * The shipped reranker (read once), or undefined when the file is absent (the generator then keeps its prior's
 * order); a file over other features is an error, never silently ignored.
 */
export function loadReranker(path?: string): Reranker | undefined {
  if (path === undefined && shipped !== undefined) return shipped ?? undefined;
  const p = path ?? rerankerPath();
  if (!existsSync(p)) {
    if (path === undefined) shipped = null;
    return undefined;
  }
  const raw = JSON.parse(readFileSync(p, "utf8")) as Partial<Reranker>;
  const n = RERANK_FEATURES.length;
  const ok =
    JSON.stringify(raw.features) === JSON.stringify(RERANK_FEATURES) &&
    [raw.mean, raw.sd, raw.beta].every((v) => Array.isArray(v) && v.length === n && v.every(Number.isFinite)) &&
    raw.sd!.every((v) => v > 0) &&
    Number.isFinite(raw.intercept);
  if (!ok)
    throw new NamewrightError(
      "generate_reranker_bad",
      `${p} does not hold a reranker over this version's features; refit it with \`npx tsx scripts/fit-reranker.ts\``,
    );
  const c = raw.confidence;
  if (
    c !== undefined &&
    !(Array.isArray(c.coef) && c.coef.length === 1 && c.coef.every(Number.isFinite) && Number.isFinite(c.bias))
  )
    throw new NamewrightError(
      "generate_reranker_bad",
      `${p} holds a confidence that is not one coefficient and a bias; refit it with \`npx tsx scripts/fit-reranker.ts\``,
    );
  const r = raw as Reranker;
  if (path === undefined) shipped = r;
  return r;
}

/**
 * P(a careful judge rates the name >= 7 of 10) from reranker `r`'s prediction, or undefined when there is no reranker or
 * it has no fitted confidence: sigmoid(a * prediction + b).
 */
export function rerankConfidence(prediction: number, r: Reranker | undefined): number | undefined {
  if (!r?.confidence) return undefined;
  return sigmoid(r.confidence.coef[0]! * prediction + r.confidence.bias);
}
