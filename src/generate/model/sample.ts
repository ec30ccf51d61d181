/**
 * Sampling names from a model for one request: one prompt, `n` rows decoded together with the engine's
 * KV cache (the prompt is prefilled once and shared), each row constrained to one valid name.
 */
import type { Understanding } from "../../core/types.js";
import { generate, type Model, type SamplingOptions } from "../../engine/index.js";
import type { Tokenizer } from "../../tokenizer/index.js";
import { encodePrompt, MAX_LABEL_TOKENS } from "../../train/format.js";
import { canEnd, labelOf, nameMask, type NameRules, type NameTables } from "./constrain.js";
import { requiredForm } from "../lexical.js";

export interface SampledName {
  label: string;
  tld: string;
}

export interface SampleOptions {
  n: number;
  sampling: SamplingOptions;
  seed: number;
  /** TLDs to allow when the request names none (default: every TLD token). */
  defaultTlds?: readonly string[];
  /**
   * Rows that end in a name already drawn (or in no valid name) are decoded again, up to `retries` x n extra
   * rows in all, so up to n distinct names come back for n rows' worth of batch. 0 = plain sampling:
   * duplicates are dropped and fewer names return. Default 0.
   */
  retries?: number;
  /** Filled with counts for evaluation: rows sampled (redrawn ones included), rows that ended in a complete name, unique names. */
  stats?: { rows: number; complete: number; unique: number };
}

export function rulesFor(t: NameTables, u: Understanding, defaultTlds?: readonly string[]): NameRules {
  const c = u.constraints;
  const wanted = c.tlds.length > 0 ? c.tlds : defaultTlds ?? [...t.tldIds.keys()];
  let tldIds = wanted.map((x) => t.tldIds.get(x)).filter((x): x is number => x !== undefined);
  // A requested TLD without its own token: let the model end with .com; the caller swaps in the TLD.
  if (tldIds.length === 0) tldIds = [t.tldIds.get("com")!];
  return {
    minLength: Math.max(2, c.minLength ?? 2),
    // Without a stated limit, 15 characters: longer labels are poor domain names (and rarely targets).
    maxLength: Math.min(63, c.maxLength ?? 15),
    allowDigits: c.allowDigits,
    allowHyphens: c.allowHyphens,
    tldIds,
    maxLabelTokens: MAX_LABEL_TOKENS,
    topK: 64,
  };
}

/**
 * The first required word as the label must spell it (folded to ASCII as the pipeline's constraint check
 * folds it) with its tokens; undefined when there is none or the model cannot spell it within the rules.
 */
function requiredWord(tok: Tokenizer, t: NameTables, u: Understanding, rules: NameRules): NameRules["must"] {
  const w = u.constraints.mustInclude[0];
  if (w === undefined) return undefined;
  const text = requiredForm(w);
  if (!/^[a-z0-9]+$/.test(text) || text.length + 1 > rules.maxLength || (!rules.allowDigits && /[0-9]/.test(text))) return undefined;
  const ids = tok.encode(text);
  if (ids.length === 0 || ids.length >= rules.maxLabelTokens || ids.some((id) => !t.textOf.has(id)) || labelOf(t, ids) !== text) return undefined;
  return { text, ids };
}

/** Samples up to `n` distinct names, in order of completion (with `retries` 0: duplicates removed, fewer return). */
export function sampleNames(model: Model, tok: Tokenizer, t: NameTables, u: Understanding, o: SampleOptions): SampledName[] {
  const prompt = encodePrompt(tok, u);
  const base = rulesFor(t, u, o.defaultTlds);
  const must = requiredWord(tok, t, u, base);
  // Half the rows start with the required word, half may end with it (see constrain.ts).
  const rules: NameRules = must ? { ...base, must, mustFirst: (row) => row % 2 === 0 } : base;
  const requested = u.constraints.tlds[0];
  const seen = new Set<string>();
  const out: SampledName[] = [];
  let complete = 0;
  // Parses a finished row; a new complete name is kept, anything else is rejected (and redrawn while retries last).
  const accept = (_row: number, ids: readonly number[]): boolean => {
    const last = ids[ids.length - 1];
    const tld = last === undefined ? undefined : t.tldOf.get(last);
    if (tld === undefined) return false; // ran out of tokens or masked: no complete name
    const label = labelOf(t, ids.slice(0, -1));
    if (!canEnd(label, rules)) return false;
    complete++;
    const finalTld = u.constraints.tlds.length > 0 && !u.constraints.tlds.includes(tld) ? requested! : tld;
    const key = `${label}.${finalTld}`;
    if (seen.has(key)) return false;
    seen.add(key);
    out.push({ label, tld: finalTld });
    return true;
  };
  const res = generate(model, {
    prompts: Array.from({ length: o.n }, () => prompt),
    maxTokens: MAX_LABEL_TOKENS + 2,
    sampling: o.sampling,
    mask: nameMask(t, rules),
    stopTokens: [t.sep, t.eos],
    seed: o.seed,
    accept,
    maxRetries: Math.round((o.retries ?? 0) * o.n),
  });
  if (o.stats) {
    o.stats.rows += o.n + res.retries;
    o.stats.complete += complete;
    o.stats.unique += out.length;
  }
  return out;
}
