/**
 * Constrained decoding of one domain name: the logits mask lets the model emit only tokens that keep
 * the label a valid LDH label under the request's constraints, then one allowed TLD token, then the
 * end. Rules (RFC 1035 / RFC 5891 §4.2.3.1): characters a-z, 0-9, hyphen; no leading or trailing
 * hyphen; no "--" (which also rules out the reserved "xn--" form); length within [minLength, maxLength]
 * (<= 63); digits and hyphens only when allowed. A TLD token may follow only a complete, valid label,
 * and after it only <sep>/<eos> (the stop tokens).
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
}

/** The label spelled by generated tokens (TLD tokens excluded). */
export function labelOf(t: NameTables, generated: readonly number[]): string {
  let s = "";
  for (const id of generated) s += t.textOf.get(id) ?? "";
  return s;
}

/** True when `label` + `piece` can still become a valid label (no string is built: this runs per token per step). */
function extends_(label: string, tok: LabelToken, r: NameRules): boolean {
  if (label.length + tok.text.length > r.maxLength) return false;
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

export function nameMask(t: NameTables, r: NameRules): LogitsMask {
  return (ctx, logits) => {
    const gen = ctx.generated;
    const last = gen.length > 0 ? gen[gen.length - 1]! : -1;
    const keep: Array<[number, number]> = [];
    if (t.tldOf.has(last)) {
      keep.push([t.sep, logits[t.sep]!], [t.eos, logits[t.eos]!]);
    } else {
      const label = labelOf(t, gen);
      if (gen.length < r.maxLabelTokens) {
        for (const lt of t.labelTokens) if (extends_(label, lt, r)) keep.push([lt.id, logits[lt.id]!]);
      }
      if (canEnd(label, r)) for (const id of r.tldIds) keep.push([id, logits[id]!]);
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
