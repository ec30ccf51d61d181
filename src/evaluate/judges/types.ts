/**
 * Judges rate one (description, domain name) pair on 0-10 (pointwise) or pick the better of two names
 * (pairwise). The rubric judge is deterministic and local; LLM judges run over HTTP or a local GGUF.
 */
import type { Understanding } from "../../core/types.js";
import { understand } from "../../understand/index.js";

export interface JudgeInput {
  /** The business description as the user wrote it. */
  description: string;
  /** ASCII (punycode) domain, e.g. "brewbean.com". */
  domain: string;
  /** Unicode form for display, e.g. "café-lyon.fr". */
  display: string;
  /** What the pipeline understood of the description (the rubric judge needs it; LLM judges ignore it). */
  understanding?: Understanding;
  /** Words the name was built from, when known (helps the rubric's relevance). */
  parts?: string[];
}

/**
 * The understanding of an input's description: the one the pipeline passed along, else understood here
 * once per description (judges score many names of one description).
 */
export function understandingOf(inp: JudgeInput, cache: Map<string, Understanding>): Understanding {
  let u = inp.understanding ?? cache.get(inp.description);
  if (!u) cache.set(inp.description, (u = understand(inp.description)));
  return u;
}

export interface Judgement {
  /** 0-10, higher is better. */
  score: number;
  /** One short sentence, when the judge gives one. */
  reason?: string;
}

export type PairVerdict = "A" | "B" | "tie";

export interface PairJudgement {
  /** Verdict in the caller's order (A = first name given), after undoing the swap. */
  verdict: PairVerdict;
  /** Verdict with A shown first, and with B shown first (mapped back to the caller's A/B). */
  forward: PairVerdict;
  reversed: PairVerdict;
  /** The two orders disagree: the judge followed position, not quality. */
  inconsistent: boolean;
}

export interface NameJudge {
  /** Stable identifier used in run folders and caches, e.g. "rubric" or "http:qwen2.5-7b-instruct". */
  readonly id: string;
  /** Rates each input; order of results = order of inputs. */
  judge(inputs: readonly JudgeInput[]): Promise<Judgement[]>;
  /** Releases models, sockets, file handles. */
  close?(): Promise<void>;
}

export interface PairwiseJudge {
  readonly id: string;
  /** Asks for both orders (A first, then B first) and reports both, so position bias can be measured. */
  comparePair(description: string, a: string, b: string): Promise<PairJudgement>;
  close?(): Promise<void>;
}

/** Combines the two order-specific verdicts: agreement wins, disagreement is a tie (position bias). */
export function combineOrders(forward: PairVerdict, reversed: PairVerdict): PairJudgement {
  const inconsistent = forward !== reversed;
  return { verdict: inconsistent ? "tie" : forward, forward, reversed, inconsistent };
}
