/**
 * Constrained decoding of one domain name: the logits mask lets the model emit only tokens that keep
 * the label a valid LDH label under the request's constraints, then one allowed TLD token, then the
 * end. Rules (RFC 1035 / RFC 5891 §4.2.3.1): characters a-z, 0-9, hyphen; no leading or trailing
 * hyphen; no "--" (which also rules out the reserved "xn--" form); length within [minLength, maxLength]
 * (<= 63); digits and hyphens only when allowed. A TLD token may follow only a complete, valid label,
 * and after it only <sep>/<eos> (the stop tokens).
 *
 * A required word ("must contain 'loop'") is decoded into the name, not filtered for afterwards (a small
 * model rarely writes a given word unprompted, and a list without it is empty). Rows of one kind start with
 * the word's tokens (forced prefix: "loop..." continued by the model); in the others, while the word is
 * missing, ending is not allowed and the probability the model gives to ending moves to the word's first
 * token (p(W0) += sum p(TLD)): the name the model wanted to end gets the word as its last part
 * ("...loop"). A token sequence that has begun the word is completed. Labels leave room for the word.
 */
import type { LogitsMask } from "../../engine/index.js";
import type { Tokenizer } from "../../tokenizer/index.js";

interface LabelToken {
  id: number;
  text: string;
  hasDigit: boolean;
  hasHyphen: boolean;
  startsHyphen: boolean;
  /** Contains "--" itself. */
  doubleHyphen: boolean;
}

export interface NameTables {
  labelTokens: LabelToken[];
  /** TLD -> token id, for every <tld:...> special of the tokenizer. */
  tldIds: Map<string, number>;
  tldOf: Map<number, string>;
  textOf: Map<number, string>;
  sep: number;
  eos: number;
}

const LDH_CHARS = /^[a-z0-9-]+$/;

export function nameTables(tok: Tokenizer): NameTables {
  const labelTokens: LabelToken[] = [];
  const tldIds = new Map<string, number>();
  const tldOf = new Map<number, string>();
  const textOf = new Map<number, string>();
  const dec = new TextDecoder();
  for (let id = 0; id < tok.vocabSize; id++) {
    if (tok.isSpecial(id)) {
      const m = /^<tld:(.+)>$/.exec(tok.specials[id]!);
      if (m) {
        tldIds.set(m[1]!, id);
        tldOf.set(id, m[1]!);
      }
      continue;
    }
    const text = dec.decode(tok.tokenBytes(id));
    if (!LDH_CHARS.test(text)) continue;
    labelTokens.push({ id, text, hasDigit: /[0-9]/.test(text), hasHyphen: text.includes("-"), startsHyphen: text.startsWith("-"), doubleHyphen: text.includes("--") });
    textOf.set(id, text);
  }
  return { labelTokens, tldIds, tldOf, textOf, sep: tok.specialId("<sep>"), eos: tok.specialId("<eos>") };
}

export interface NameRules {
  minLength: number;
  maxLength: number;
  allowDigits: boolean;
  allowHyphens: boolean;
  /** Token ids of the TLDs the name may end with. */
  tldIds: readonly number[];
  /** Most label tokens before a TLD is forced. */
  maxLabelTokens: number;
  /**
   * Keep only the k most likely allowed tokens (top-k among valid continuations; 0 = all). Besides
   * cutting the unlikely tail, it bounds the sampler's work: it sorts every finite logit per step.
   */
  topK?: number;
  /** A word every name must contain (lower-case LDH) and its tokens as spelled inside a label. */
  must?: { text: string; ids: readonly number[] };
  /** Rows (by sequence index) that start with the required word; the others may end with it. */
  mustFirst?: (sequence: number) => boolean;
}

/** The label spelled by generated tokens (TLD tokens excluded). */
export function labelOf(t: NameTables, generated: readonly number[]): string {
  let s = "";
  for (const id of generated) s += t.textOf.get(id) ?? "";
  return s;
}

/** True when `label` + `piece` can still become a valid label (no string is built: this runs per token per step). */
function extends_(label: string, tok: LabelToken, r: NameRules, room = 0): boolean {
  if (label.length + tok.text.length + room > r.maxLength) return false;
  if (tok.hasDigit && !r.allowDigits) return false;
  if (tok.hasHyphen) {
    if (!r.allowHyphens || tok.doubleHyphen) return false;
    if (tok.startsHyphen && (label.length === 0 || label.endsWith("-"))) return false;
  }
  return true;
}

export function canEnd(label: string, r: NameRules): boolean {
  return label.length >= r.minLength && label.length <= r.maxLength && !label.endsWith("-") && !label.startsWith("-");
}

/** Tokens of the required word still to write when `gen` ends inside it (gen ends with ids[0..j), 0 < j < n): ids[j]. */
function wordInProgress(gen: readonly number[], ids: readonly number[]): number | undefined {
  for (let j = Math.min(ids.length - 1, gen.length); j >= 1; j--) {
    let match = true;
    for (let i = 0; i < j && match; i++) match = gen[gen.length - j + i] === ids[i];
    if (match) return ids[j];
  }
  return undefined;
}

function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const m = Math.max(a, b);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

export function nameMask(t: NameTables, r: NameRules): LogitsMask {
  return (ctx, logits) => {
    const gen = ctx.generated;
    const last = gen.length > 0 ? gen[gen.length - 1]! : -1;
    const keep: Array<[number, number]> = [];
    if (t.tldOf.has(last)) {
      keep.push([t.sep, logits[t.sep]!], [t.eos, logits[t.eos]!]);
    } else {
      const label = labelOf(t, gen);
      const must = r.must && !label.includes(r.must.text) ? r.must : undefined;
      const forced = must && (gen.length === 0 && r.mustFirst?.(ctx.sequence) ? must.ids[0] : wordInProgress(gen, must.ids));
      if (forced !== undefined) {
        keep.push([forced, logits[forced]!]);
      } else {
        // While the word is missing, a label token must leave room for it (characters and tokens).
        const room = must ? must.text.length : 0;
        const roomTokens = must ? must.ids.length : 0;
        if (gen.length + roomTokens < r.maxLabelTokens) {
          for (const lt of t.labelTokens) if (extends_(label, lt, r, room)) keep.push([lt.id, logits[lt.id]!]);
        }
        if (!must) {
          if (canEnd(label, r)) for (const id of r.tldIds) keep.push([id, logits[id]!]);
        } else if (label.length > 0 && !label.endsWith("-") && label.length + must.text.length <= r.maxLength && gen.length + must.ids.length <= r.maxLabelTokens) {
          // Ending now becomes "append the word, then end".
          let end = -Infinity;
          for (const id of r.tldIds) end = logAddExp(end, logits[id]!);
          const w0 = must.ids[0]!;
          const at = keep.findIndex(([id]) => id === w0);
          if (at >= 0) keep[at]![1] = logAddExp(keep[at]![1], end);
          else keep.push([w0, end]);
        }
      }
    }
    let threshold = -Infinity;
    const k = r.topK ?? 0;
    if (k > 0 && keep.length > k) {
      const vals = Float32Array.from(keep, ([, v]) => v).sort();
      threshold = vals[vals.length - k]!;
    }
    logits.fill(-Infinity);
    for (const [id, v] of keep) if (v >= threshold) logits[id] = v;
  };
}
