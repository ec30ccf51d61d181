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

const labelToken = (id: number, text: string): LabelToken => ({
  id,
  text,
  hasDigit: /[0-9]/.test(text),
  hasHyphen: text.includes("-"),
  startsHyphen: text.startsWith("-"),
  doubleHyphen: text.includes("--"),
});

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
    labelTokens.push(labelToken(id, text));
    textOf.set(id, text);
  }
  return { labelTokens, tldIds, tldOf, textOf, sep: tok.specialId("<sep>"), eos: tok.specialId("<eos>") };
}

/**
 * The tables of one request whose prompt holds slot words (prompt format 4): each slot token becomes a label
 * token that spells its word, so the mask, the length rules and labelOf treat a copied word like any piece.
 */
export function withSlots(t: NameTables, slotIds: readonly number[], words: readonly string[]): NameTables {
  const labelTokens = [...t.labelTokens];
  const textOf = new Map(t.textOf);
  words.forEach((text, i) => {
    const id = slotIds[i];
    if (id === undefined || !LDH_CHARS.test(text)) return;
    labelTokens.push(labelToken(id, text));
    textOf.set(id, text);
  });
  return { ...t, labelTokens, textOf };
}

/** A word a name must contain, as text and as the tokens that spell it inside a label. */
export interface RequiredWord {
  text: string;
  ids: readonly number[];
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
  /**
   * The word a row's name must contain (lower-case LDH) and its tokens as spelled inside a label, by row
   * (sequence index): the user's required word for every row, or an anchor word per row (sample.ts).
   */
  must?: (sequence: number) => RequiredWord | undefined;
  /** Rows (by sequence index) that start with their required word; the others may end with it. */
  mustFirst?: (sequence: number) => boolean;
}

/** The label spelled by generated tokens (TLD tokens excluded). */
export function labelOf(t: NameTables, generated: readonly number[]): string {
  let s = "";
  for (const id of generated) s += t.textOf.get(id) ?? "";
  return s;
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

/**
 * The k-th largest of a[0..n) (1 <= k <= n) by quickselect: expected O(n), where sorting every allowed
 * logit per row per step was the sampler's largest cost. Reorders a.
 */
function kthLargest(a: Float32Array, n: number, k: number): number {
  let lo = 0,
    hi = n - 1;
  const want = k - 1; // index of the answer in descending order
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo,
      j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) {
        const x = a[i]!;
        a[i] = a[j]!;
        a[j] = x;
        i++;
        j--;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else return a[want]!;
  }
  return a[want]!;
}

export function nameMask(t: NameTables, r: NameRules): LogitsMask {
  // The label tokens these rules ever allow (digits, hyphens, no "--"), shortest first: at each step the
  // tokens that still fit are a prefix of this list.
  const usable = t.labelTokens
    .filter((lt) => (!lt.hasDigit || r.allowDigits) && (!lt.hasHyphen || (r.allowHyphens && !lt.doubleHyphen)))
    .sort((a, b) => a.text.length - b.text.length || a.id - b.id);
  const ids = Int32Array.from(usable, (lt) => lt.id);
  const lens = Uint8Array.from(usable, (lt) => lt.text.length);
  const startsHyphen = Uint8Array.from(usable, (lt) => (lt.startsHyphen ? 1 : 0));
  // Scratch, reused across steps: the allowed ids and their logits, and a copy for selection.
  const cap = ids.length + r.tldIds.length + 2;
  const keepIds = new Int32Array(cap);
  const keepVals = new Float32Array(cap);
  const select = new Float32Array(cap);
  let n = 0; // entries of keepIds/keepVals in use in the current call
  const keep = (id: number, v: number): void => {
    keepIds[n] = id;
    keepVals[n++] = v;
  };
  return (ctx, logits) => {
    const gen = ctx.generated;
    const last = gen.length > 0 ? gen[gen.length - 1]! : -1;
    n = 0;
    if (t.tldOf.has(last)) {
      keep(t.sep, logits[t.sep]!);
      keep(t.eos, logits[t.eos]!);
    } else {
      const label = labelOf(t, gen);
      const word = r.must?.(ctx.sequence);
      const must = word && !label.includes(word.text) ? word : undefined;
      const forced =
        must && (gen.length === 0 && r.mustFirst?.(ctx.sequence) ? must.ids[0] : wordInProgress(gen, must.ids));
      if (forced !== undefined) {
        keep(forced, logits[forced]!);
      } else {
        // While the word is missing, a label token must leave room for it (characters and tokens).
        const room = must ? must.text.length : 0;
        const roomTokens = must ? must.ids.length : 0;
        if (gen.length + roomTokens < r.maxLabelTokens) {
          const fits = r.maxLength - label.length - room;
          const noLeadingHyphen = label.length === 0 || label.endsWith("-");
          for (let i = 0; i < ids.length && lens[i]! <= fits; i++) {
            if (noLeadingHyphen && startsHyphen[i] === 1) continue;
            keep(ids[i]!, logits[ids[i]!]!);
          }
        }
        if (!must) {
          if (canEnd(label, r)) for (const id of r.tldIds) keep(id, logits[id]!);
        } else if (
          label.length > 0 &&
          !label.endsWith("-") &&
          label.length + must.text.length <= r.maxLength &&
          gen.length + must.ids.length <= r.maxLabelTokens
        ) {
          // Ending now becomes "append the word, then end".
          let end = -Infinity;
          for (const id of r.tldIds) end = logAddExp(end, logits[id]!);
          const w0 = must.ids[0]!;
          const at = keepIds.subarray(0, n).indexOf(w0);
          if (at >= 0) keepVals[at] = logAddExp(keepVals[at]!, end);
          else keep(w0, end);
        }
      }
    }
    let threshold = -Infinity;
    const k = r.topK ?? 0;
    if (k > 0 && n > k) {
      select.set(keepVals.subarray(0, n));
      threshold = kthLargest(select, n, k);
    }
    logits.fill(-Infinity);
    for (let i = 0; i < n; i++) if (keepVals[i]! >= threshold) logits[keepIds[i]!] = keepVals[i]!;
  };
}
