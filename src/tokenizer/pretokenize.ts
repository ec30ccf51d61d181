/**
 * Pre-tokenisation: text -> "words" that BPE merges never cross (GPT-2's scheme without its English-only
 * contraction rule). A word is an optional leading space plus a run of letters (with combining marks),
 * of digits, or of other symbols; whitespace runs form their own words. Every character of the input
 * falls into exactly one word, so concatenating the words gives the input back (lossless).
 */
const WORD = / ?[\p{L}\p{M}]+| ?\p{N}+| ?[^\s\p{L}\p{M}\p{N}]+|\s+(?!\S)|\s+/gu;

export function pretokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

const utf8 = new TextEncoder();

/** UTF-8 bytes of a string (lone surrogates become U+FFFD, as in every UTF-8 encoder). */
export function toBytes(s: string): Uint8Array {
  return utf8.encode(s);
}
