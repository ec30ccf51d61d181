/**
 * Batched generation: many sequences decode together, one row each per step, sharing each distinct
 * prompt's prefill. A per-step mask hook lets the caller constrain decoding (e.g. to valid domain
 * characters) by setting logits to -Infinity.
 */
import { EngineError } from "./errors.js";
import { decodeStep, KvCache, type StepRow } from "./infer.js";
import type { Model } from "./model.js";
import { Rng } from "../core/random.js";
import { applyRepetitionPenalty, sampleToken, type SamplingOptions } from "./sampling.js";

export interface MaskContext {
  /** Index of the sequence in `prompts`. */
  sequence: number;
  /** Tokens generated so far for this sequence (prompt excluded). */
  generated: readonly number[];
}

/** Edits one row of logits in place before sampling; set entries to -Infinity to forbid tokens. */
export type LogitsMask = (ctx: MaskContext, logits: Float32Array) => void;

export interface GenerateOptions {
  /** Token ids of each prompt; one output sequence per prompt (repeat a prompt for several samples). */
  prompts: readonly (readonly number[])[];
  /** Most tokens generated per sequence. */
  maxTokens: number;
  sampling?: SamplingOptions;
  mask?: LogitsMask;
  /** Tokens that end a sequence (not included in the output). */
  stopTokens?: readonly number[];
  /** Seed of the sampler. Default 0. */
  seed?: number;
  /**
   * Called when a sequence finishes; returning false discards it and decodes that row again from its
   * prompt (while `maxRetries` lasts). Sampling without replacement in practice: a caller that rejects
   * repeats gets distinct outputs for the cost of the extra rows, inside the same batches.
   */
  accept?: (sequence: number, tokens: readonly number[], reason: FinishReason) => boolean;
  /** Most rejected sequences redrawn in one call (all rows together). Default 0. */
  maxRetries?: number;
}

export type FinishReason = "stop" | "length" | "masked";

export interface GenerateResult {
  /** Generated tokens per prompt, without the prompt and without the stop token. */
  tokens: number[][];
  finishReason: FinishReason[];
  /** Rows redrawn after `accept` rejected them. */
  retries: number;
}

export function generate(model: Model, o: GenerateOptions): GenerateResult {
  const c = model.config;
  const S = o.prompts.length;
  const rng = new Rng(o.seed ?? 0);
  const sampling = o.sampling ?? {};
  const stops = new Set(o.stopTokens ?? []);
  const window = sampling.repetitionWindow ?? 64;
  const tokens: number[][] = o.prompts.map(() => []);
  const finish: FinishReason[] = o.prompts.map(() => "length");
  if (S === 0 || o.maxTokens <= 0) return { tokens, finishReason: finish, retries: 0 };
  for (const p of o.prompts) {
    if (p.length === 0) throw new EngineError("E_SHAPE", "every prompt needs at least one token (e.g. BOS)");
    if (p.length + o.maxTokens > c.contextLength) {
      throw new EngineError(
        "E_CONTEXT_LENGTH",
        `prompt (${p.length}) + maxTokens (${o.maxTokens}) exceeds contextLength ${c.contextLength}`,
      );
    }
  }
  // Prefill each distinct prompt once; duplicates copy its cache and its last logits.
  const caches = o.prompts.map((p) => KvCache.forModel(model, p.length + o.maxTokens));
  const firstOf = new Map<string, number>();
  const owner = o.prompts.map((p, i) => {
    const key = p.join(",");
    if (!firstOf.has(key)) firstOf.set(key, i);
    return firstOf.get(key)!;
  });
  const rows: StepRow[] = [];
  const uniq = [...firstOf.values()];
  for (const i of uniq) {
    const p = o.prompts[i]!;
    p.forEach((t, pos) => rows.push({ cache: caches[i]!, token: t, pos, wantLogits: pos === p.length - 1 }));
  }
  const V = c.vocabSize;
  const prefill = decodeStep(model, rows);
  const logits = new Float32Array(S * V);
  uniq.forEach((i, j) => logits.set(prefill.subarray(j * V, (j + 1) * V), i * V));
  for (let i = 0; i < S; i++) {
    if (owner[i] !== i) {
      caches[i]!.copyFrom(caches[owner[i]!]!);
      logits.copyWithin(i * V, owner[i]! * V, owner[i]! * V + V);
    }
  }
  // A redrawn row starts again from its prompt's logits, so they are kept aside (one copy per distinct prompt).
  const promptLogits =
    o.accept && (o.maxRetries ?? 0) > 0 ? new Map(uniq.map((i) => [i, logits.slice(i * V, (i + 1) * V)])) : undefined;
  let retries = 0;
  let active = Array.from({ length: S }, (_, i) => i);
  let rowLogits: Float32Array[] = active.map((i) => logits.subarray(i * V, (i + 1) * V));
  while (active.length > 0) {
    const next: StepRow[] = [];
    const still: number[] = [];
    const redraw: number[] = [];
    // Ends sequence s; with a rejecting `accept` and retries left, resets it to its prompt instead.
    const end = (s: number, reason: FinishReason): void => {
      if (o.accept && !o.accept(s, tokens[s]!, reason) && promptLogits && retries < (o.maxRetries ?? 0)) {
        retries++;
        tokens[s] = [];
        caches[s]!.length = o.prompts[s]!.length;
        redraw.push(s);
        return;
      }
      finish[s] = reason;
    };
    active.forEach((s, j) => {
      const l = rowLogits[j]!;
      const penalty = sampling.repetitionPenalty ?? 1;
      if (penalty !== 1) applyRepetitionPenalty(l, [...o.prompts[s]!, ...tokens[s]!].slice(-window), penalty);
      o.mask?.({ sequence: s, generated: tokens[s]! }, l);
      const t = sampleToken(l, sampling, rng);
      if (t < 0) return end(s, "masked");
      if (stops.has(t)) return end(s, "stop");
      tokens[s]!.push(t);
      if (tokens[s]!.length >= o.maxTokens) return end(s, "length");
      next.push({ cache: caches[s]!, token: t, pos: caches[s]!.length, wantLogits: true });
      still.push(s);
    });
    const out = next.length > 0 ? decodeStep(model, next) : new Float32Array(0);
    // Copies: the mask and the repetition penalty edit logits in place, and a prompt may be redrawn again.
    rowLogits = [
      ...still.map((_, j) => out.subarray(j * V, (j + 1) * V)),
      ...redraw.map((s) => promptLogits!.get(owner[s]!)!.slice()),
    ];
    active = [...still, ...redraw];
  }
  return { tokens, finishReason: finish, retries };
}

/** log softmax of the model's next-token distribution at every position of one sequence: (T, V). */
export function logProbs(model: Model, tokens: readonly number[]): Float32Array {
  const rows: StepRow[] = [];
  const cache = KvCache.forModel(model, tokens.length);
  tokens.forEach((t, pos) => rows.push({ cache, token: t, pos, wantLogits: true }));
  const logits = decodeStep(model, rows);
  const V = model.config.vocabSize;
  for (let i = 0; i < tokens.length; i++) {
    const o = i * V;
    let max = -Infinity;
    for (let j = 0; j < V; j++) if (logits[o + j]! > max) max = logits[o + j]!;
    let sum = 0;
    for (let j = 0; j < V; j++) sum += Math.exp(logits[o + j]! - max);
    const lse = max + Math.log(sum);
    for (let j = 0; j < V; j++) logits[o + j] = logits[o + j]! - lse;
  }
  return logits;
}
