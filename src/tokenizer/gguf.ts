/**
 * Export of the tokenizer as GGUF tokenizer metadata (tokenizer.ggml.model = "gpt2", byte-level BPE),
 * ready to pass to the model layer's `modelToGguf({ vocab })`. Token strings use GPT-2's byte-to-unicode
 * table (printable bytes map to themselves, the other 68 to U+0100..), as llama.cpp expects for "gpt2"
 * vocabularies; merges are "left right" in that alphabet. Specials are CONTROL tokens.
 * Limit: llama.cpp's "default" pre-tokenizer splits English contractions ("'s") and we do not, so text
 * with apostrophes can tokenize differently there; the ids of every token are the same.
 */
import { TOKEN_TYPE, type GgufVocab } from "../formats/index.js";
import type { Tokenizer } from "./tokenizer.js";

/** GPT-2's bytes_to_unicode(): a reversible map from bytes to printable code points. */
function byteToUnicode(): string[] {
  const printable: number[] = [];
  for (let b = 33; b <= 126; b++) printable.push(b);
  for (let b = 161; b <= 172; b++) printable.push(b);
  for (let b = 174; b <= 255; b++) printable.push(b);
  const table: string[] = new Array<string>(256);
  let extra = 0;
  for (let b = 0; b < 256; b++) {
    table[b] = printable.includes(b) ? String.fromCodePoint(b) : String.fromCodePoint(256 + extra++);
  }
  return table;
}

export function tokenizerToGgufVocab(tok: Tokenizer): GgufVocab {
  const table = byteToUnicode();
  const tokens: string[] = [];
  const tokenTypes: number[] = [];
  for (let id = 0; id < tok.vocabSize; id++) {
    if (tok.isSpecial(id)) {
      tokens.push(tok.specials[id]!);
      tokenTypes.push(TOKEN_TYPE.control);
    } else {
      tokens.push(Array.from(tok.tokenBytes(id), (b) => table[b]!).join(""));
      tokenTypes.push(TOKEN_TYPE.normal);
    }
  }
  const merges = tok.merges.map(([a, b]) => `${tokens[a]} ${tokens[b]}`);
  return {
    model: "gpt2",
    pre: "default",
    tokens,
    tokenTypes,
    merges,
    bosId: tok.specialId("<bos>"),
    eosId: tok.specialId("<eos>"),
    padId: tok.specialId("<pad>"),
    addBos: true,
    addEos: false,
  };
}
