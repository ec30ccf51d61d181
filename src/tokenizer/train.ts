/**
 * Byte-level BPE training (Sennrich et al. 2016; byte-level as in GPT-2).
 * The alphabet is the 256 byte values, so any string is encodable (byte fallback is built in). Training
 * repeatedly merges the most frequent adjacent pair of symbols inside pre-tokenised words, counted with
 * word frequencies, until the vocabulary reaches its size. Pair counts are kept incrementally: a merge
 * only touches the words that contain its pair (an index pair -> words), so a merge costs
 * O(occurrences) instead of O(corpus). Ties are broken by the smaller (left, right) id pair, so the
 * result is a pure function of the corpus and the options.
 */
import { TokenizerError } from "./errors.js";
import { pretokenize, toBytes } from "./pretokenize.js";
import { Tokenizer, type TokenizerData } from "./tokenizer.js";

export interface TrainTokenizerOptions {
  /** Total vocabulary size: specials + 256 bytes + merges. */
  vocabSize: number;
  /** Special tokens, in id order starting at 0; must include "<pad>", "<bos>", "<eos>", "<sep>". */
  specials: readonly string[];
  /** A pair must occur at least this often (weighted) to be merged. Default 2. */
  minFrequency?: number;
  /** Called every 256 merges with (merges done, merges wanted). */
  onProgress?: (done: number, total: number) => void;
}

export const REQUIRED_SPECIALS = ["<pad>", "<bos>", "<eos>", "<sep>"] as const;

/** Packs an (a, b) symbol pair into one number; ids stay below 2^20, so the key is exact in a double. */
const key = (a: number, b: number): number => a * 1048576 + b;

/**
 * Trains on `lines` (each pre-tokenised separately). Deterministic: the same lines and options give the
 * same merges. Lines are iterated once to count words, so a generator over a large corpus is fine.
 */
export function trainTokenizer(lines: Iterable<string>, o: TrainTokenizerOptions): Tokenizer {
  const specials = [...o.specials];
  if (new Set(specials).size !== specials.length)
    throw new TokenizerError("E_TOKENIZER_OPTIONS", "special tokens must be distinct");
  for (const s of REQUIRED_SPECIALS) {
    if (!specials.includes(s)) throw new TokenizerError("E_TOKENIZER_OPTIONS", `special tokens must include ${s}`);
  }
  const base = specials.length + 256;
  if (!Number.isInteger(o.vocabSize) || o.vocabSize < base || o.vocabSize > 1 << 20) {
    throw new TokenizerError(
      "E_TOKENIZER_OPTIONS",
      `vocabSize must be an integer in [${base}, 2^20] (specials + 256 bytes + merges), got ${o.vocabSize}`,
    );
  }
  const minFreq = o.minFrequency ?? 2;
  const byteId = (b: number): number => specials.length + b;

  // Word frequencies.
  const freq = new Map<string, number>();
  for (const line of lines) for (const w of pretokenize(line)) freq.set(w, (freq.get(w) ?? 0) + 1);
  // Sorted so that word indices (and so everything below) do not depend on Map insertion order.
  const entries = [...freq.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const words: number[][] = entries.map(([w]) => Array.from(toBytes(w), byteId));
  const counts = entries.map(([, c]) => c);

  const pairCount = new Map<number, number>();
  const pairWords = new Map<number, Set<number>>();
  const addPairs = (wi: number, sign: number): void => {
    const w = words[wi]!;
    const c = counts[wi]! * sign;
    for (let i = 0; i + 1 < w.length; i++) {
      const k = key(w[i]!, w[i + 1]!);
      pairCount.set(k, (pairCount.get(k) ?? 0) + c);
      if (sign > 0) {
        let s = pairWords.get(k);
        if (!s) pairWords.set(k, (s = new Set()));
        s.add(wi);
      }
    }
  };
  for (let wi = 0; wi < words.length; wi++) addPairs(wi, 1);

  const merges: Array<[number, number]> = [];
  const want = o.vocabSize - base;
  while (merges.length < want) {
    let best = -1;
    let bestCount = 0;
    for (const [k, c] of pairCount) {
      if (c > bestCount || (c === bestCount && c > 0 && k < best)) {
        best = k;
        bestCount = c;
      }
    }
    if (best < 0 || bestCount < minFreq) break;
    const a = Math.floor(best / 1048576);
    const b = best % 1048576;
    const id = base + merges.length;
    merges.push([a, b]);
    const touched = [...(pairWords.get(best) ?? [])].sort((x, y) => x - y);
    for (const wi of touched) {
      const w = words[wi]!;
      addPairs(wi, -1);
      const out: number[] = [];
      for (let i = 0; i < w.length; i++) {
        if (i + 1 < w.length && w[i] === a && w[i + 1] === b) {
          out.push(id);
          i++;
        } else out.push(w[i]!);
      }
      words[wi] = out;
      addPairs(wi, 1);
    }
    pairCount.delete(best);
    pairWords.delete(best);
    if (merges.length % 256 === 0) o.onProgress?.(merges.length, want);
  }
  // Pairs whose count fell to zero linger in the maps; they never win (count 0 < minFreq).
  const data: TokenizerData = { format: "namewright-bpe", version: 1, specials, merges };
  return Tokenizer.fromData(data);
}
