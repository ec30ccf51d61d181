/**
 * Turning one row of logits into a token: repetition penalty -> temperature -> top-k -> top-p -> draw.
 * The order follows llama.cpp's default sampler chain.
 */
import type { Rng } from "../core/random.js";

export interface SamplingOptions {
  /** Softmax temperature; 0 = greedy (argmax). Default 1. */
  temperature?: number;
  /** Keep only the k most likely tokens; 0 = off. Default 0. */
  topK?: number;
  /** Keep the smallest set of tokens whose probability reaches p; 1 = off. Default 1. */
  topP?: number;
  /** CTRL-style penalty for tokens already present (logit / p if > 0, else * p); 1 = off. Default 1. */
  repetitionPenalty?: number;
  /** How many of the most recent tokens (prompt included) the penalty looks at. Default 64. */
  repetitionWindow?: number;
}

/** In place: penalise the logits of tokens seen in `recent`. */
export function applyRepetitionPenalty(logits: Float32Array, recent: readonly number[], penalty: number): void {
  if (penalty === 1) return;
  const seen = new Set(recent);
  for (const t of seen) {
    const l = logits[t]!;
    logits[t] = l > 0 ? l / penalty : l * penalty;
  }
}

/**
 * Picks a token; returns -1 when every logit is -Infinity (the mask allows nothing). One pass over the
 * vocabulary finds the finite logits (a constrained decoder leaves a few dozen); the rest works on those.
 */
export function sampleToken(logits: Float32Array, o: SamplingOptions, rng: Rng): number {
  const temperature = o.temperature ?? 1;
  let best = -1;
  let max = -Infinity;
  // Candidates with finite logits, in id order.
  const ids: number[] = [];
  for (let i = 0; i < logits.length; i++) {
    const l = logits[i]!;
    if (l > -Infinity) {
      ids.push(i);
      if (l > max) {
        max = l;
        best = i;
      }
    }
  }
  if (best < 0 || temperature === 0) return best;
  // probs[r] belongs to ids[r]; then both are put in order of probability, descending (ties: lower id first).
  const m = ids.length;
  const probs = new Float64Array(m);
  let sum = 0;
  for (let r = 0; r < m; r++) {
    const p = Math.exp((logits[ids[r]!]! - max) / temperature);
    probs[r] = p;
    sum += p;
  }
  const order = Array.from({ length: m }, (_, r) => r).sort((a, b) => probs[b]! - probs[a]! || a - b);
  let keep = m;
  const topK = o.topK ?? 0;
  if (topK > 0 && topK < keep) keep = topK;
  const topP = o.topP ?? 1;
  if (topP < 1) {
    let acc = 0;
    for (let r = 0; r < keep; r++) {
      acc += probs[order[r]!]! / sum;
      if (acc >= topP) {
        keep = r + 1;
        break;
      }
    }
  }
  let total = 0;
  for (let r = 0; r < keep; r++) total += probs[order[r]!]!;
  let u = rng.next() * total;
  for (let r = 0; r < keep; r++) {
    u -= probs[order[r]!]!;
    if (u < 0) return ids[order[r]!]!;
  }
  return ids[order[keep - 1]!]!;
}
