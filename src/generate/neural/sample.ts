/**
 * Sampling names from a model for one request: one prompt, `n` rows decoded together with the engine's
 * KV cache (the prompt is prefilled once and shared), each row constrained to one valid name.
 */
import type { Understanding } from "../../core/types.js";
import { generate, type Model, type SamplingOptions } from "../../engine/index.js";
import type { Tokenizer } from "../../tokenizer/index.js";
import { copyToken, MAX_LABEL_TOKENS, promptLayout, promptWords, PROMPT_FORMAT, type PromptFormat } from "./format.js";
import {
  canEnd,
  labelOf,
  nameMask,
  withSlots,
  type NameRules,
  type NameTables,
  type RequiredWord,
} from "./constrain.js";
import { requiredForm } from "../lexical.js";

export interface SampledName {
  label: string;
  tld: string;
  /** Complete rows that ended in this name (1 + the repeats, redrawn or not). */
  draws: number;
}

/** `words` strongest prompt words, one row each per cycle, and `free` unanchored rows per cycle. */
export interface Anchors {
  words: number;
  free: number;
}

export interface SampleOptions {
  n: number;
  /** The prompt layout the model was trained with (default PROMPT_FORMAT). */
  format?: PromptFormat;
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
  /** Labels never returned (rows ending in one are rejected, and redrawn while retries last). */
  drop?: ReadonlySet<string>;
  /**
   * Decode the user's first required word into every name (default true); false leaves it to the
   * pipeline's constraint filter, as plain sampling would (the base-vs-fine-tuned comparison).
   */
  decodeRequired?: boolean;
  /** Rows anchored to the strongest prompt words (see rowWords); default none. */
  anchors?: Anchors;
  /** Filled with counts for evaluation: rows sampled (redrawn ones included), rows that ended in a complete name, unique names. */
  stats?: { rows: number; complete: number; unique: number };
}

export function rulesFor(t: NameTables, u: Understanding, defaultTlds?: readonly string[]): NameRules {
  const c = u.constraints;
  const wanted = c.tlds.length > 0 ? c.tlds : (defaultTlds ?? [...t.tldIds.keys()]);
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
 * A word as the label must spell it (folded to ASCII as the pipeline's constraint check folds it) with its
 * tokens; undefined when the model cannot spell it within the rules (or it would leave no room for more).
 */
function spell(tok: Tokenizer, t: NameTables, word: string, rules: NameRules): RequiredWord | undefined {
  const text = requiredForm(word);
  if (!/^[a-z0-9]+$/.test(text) || text.length + 1 > rules.maxLength || (!rules.allowDigits && /[0-9]/.test(text)))
    return undefined;
  const ids = tok.encode(text);
  if (
    ids.length === 0 ||
    ids.length >= rules.maxLabelTokens ||
    ids.some((id) => !t.textOf.has(id)) ||
    labelOf(t, ids) !== text
  )
    return undefined;
  return { text, ids };
}

/**
 * Which word each row must contain, and which rows start with it. The user's first required word binds
 * every row (half start with it). Otherwise, with `anchors` a:f, each cycle of a + f rows gives the a
 * strongest prompt words one row each and leaves f rows free; an anchored row starts with its word on
 * every other cycle and may end with it on the others.
 */
function rowWords(
  tok: Tokenizer,
  t: NameTables,
  u: Understanding,
  rules: NameRules,
  o: SampleOptions,
): Pick<NameRules, "must" | "mustFirst"> {
  const required = u.constraints.mustInclude[0];
  const anchors = o.anchors;
  if (required !== undefined) {
    if (o.decodeRequired === false) return {};
    const word = spell(tok, t, required, rules);
    return word ? { must: () => word, mustFirst: (row) => row % 2 === 0 } : {};
  }
  if (!anchors || anchors.words <= 0) return {};
  const words = promptWords(u, o.format ?? PROMPT_FORMAT)
    .map((w) => spell(tok, t, w, rules))
    .filter((w): w is RequiredWord => w !== undefined && w.text.length >= 3)
    .slice(0, anchors.words);
  if (words.length === 0) return {};
  const cycle = words.length + Math.max(0, anchors.free);
  return {
    must: (row) => words[row % cycle],
    mustFirst: (row) => Math.floor(row / cycle) % 2 === 0,
  };
}

/** Samples up to `n` distinct names, in order of completion (with `retries` 0: duplicates removed, fewer return). */
export function sampleNames(
  model: Model,
  tok: Tokenizer,
  tables: NameTables,
  u: Understanding,
  o: SampleOptions,
): SampledName[] {
  const format = o.format ?? PROMPT_FORMAT;
  const { ids: prompt, words } = promptLayout(tok, u, format);
  // Format 4: the prompt's slot tokens spell its words inside a label.
  const t =
    format === 4
      ? withSlots(
          tables,
          words.map((_, i) => tok.specialId(copyToken(i + 1))),
          words,
        )
      : tables;
  const base = rulesFor(t, u, o.defaultTlds);
  const rules: NameRules = { ...base, ...rowWords(tok, t, u, base, o) };
  const requested = u.constraints.tlds[0];
  const seen = new Map<string, SampledName>();
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
    if (o.drop?.has(label)) return false;
    const finalTld = u.constraints.tlds.length > 0 && !u.constraints.tlds.includes(tld) ? requested! : tld;
    const key = `${label}.${finalTld}`;
    const again = seen.get(key);
    if (again) {
      again.draws++;
      return false;
    }
    const name = { label, tld: finalTld, draws: 1 };
    seen.set(key, name);
    out.push(name);
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
