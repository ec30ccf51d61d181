/**
 * The task format the model is trained on and prompted with. One example is
 *
 *   <bos> <lang:fr> [hints] normalised description (<= PROMPT_TEXT_TOKENS tokens) <sep>
 *   label-tokens <tld:com> <sep> label-tokens <tld:fr> <sep> ... <eos>
 *
 * Everything up to and including the first <sep> is the prompt (no loss); the names after it are the
 * answer (loss). Hints come from the pipeline's Understanding (the same function at training and at
 * inference time, so prompts match): language, style, a length bucket, "no digits", "no hyphens" and
 * the requested TLDs. Labels are ASCII LDH (a-z, 0-9, hyphen); the TLD is one special token.
 */
import type { Understanding } from "../core/types.js";
import { LANGUAGES } from "../core/types.js";
import type { Tokenizer } from "../tokenizer/index.js";

export const PROMPT_TEXT_TOKENS = 48;
/** Longest label in tokens the answer may hold (longer targets are skipped). */
export const MAX_LABEL_TOKENS = 10;

/** TLDs with their own token: generic ones, the ccTLDs of our languages, and topical ones. */
export const BASE_TLDS = ["com", "net", "org", "co", "io", "ai", "dev", "app", "es", "fr", "de", "pt", "it", "co.uk", "com.br", "eu", "ch", "at", "be", "nl", "us", "ca", "mx", "ar", "au", "in", "jp", "info", "biz", "xyz"];
export const LENGTH_BUCKETS = [6, 8, 10, 12, 15] as const;

export const tldToken = (tld: string): string => `<tld:${tld}>`;

/** Special tokens of the model's tokenizer, in id order (the first four are REQUIRED_SPECIALS). */
export function modelSpecials(topicalTlds: readonly string[]): string[] {
  const tlds = [...new Set([...BASE_TLDS, ...[...topicalTlds].sort()])];
  return [
    "<pad>", "<bos>", "<eos>", "<sep>",
    ...[...LANGUAGES, "und"].map((l) => `<lang:${l}>`),
    "<style:short>", "<style:playful>", "<style:professional>",
    ...LENGTH_BUCKETS.map((n) => `<max:${n}>`),
    "<nodigits>", "<nohyphens>",
    ...tlds.map(tldToken),
  ];
}

/** Text the description is reduced to before tokenising (lower case; the model's vocabulary has no caps). */
export function promptText(u: Understanding): string {
  return u.text.toLowerCase();
}

/** Prompt token ids for a request, ending with <sep>. */
export function encodePrompt(tok: Tokenizer, u: Understanding): number[] {
  const ids = [tok.specialId("<bos>"), tok.specialId(`<lang:${u.language}>`)];
  const c = u.constraints;
  if (c.style !== "any") ids.push(tok.specialId(`<style:${c.style}>`));
  if (c.maxLength !== undefined) {
    const bucket = LENGTH_BUCKETS.find((n) => c.maxLength! <= n);
    if (bucket !== undefined) ids.push(tok.specialId(`<max:${bucket}>`));
  }
  if (!c.allowDigits) ids.push(tok.specialId("<nodigits>"));
  if (!c.allowHyphens) ids.push(tok.specialId("<nohyphens>"));
  for (const t of c.tlds.slice(0, 3)) if (tok.hasSpecial(tldToken(t))) ids.push(tok.specialId(tldToken(t)));
  ids.push(...tok.encode(promptText(u)).slice(0, PROMPT_TEXT_TOKENS));
  ids.push(tok.specialId("<sep>"));
  return ids;
}

const LDH = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Tokens of one answer name ("label" + <tld>) or null when it cannot be expressed (non-LDH label, unknown TLD). */
export function encodeName(tok: Tokenizer, label: string, tld: string): number[] | null {
  if (!LDH.test(label) || label.length > 63 || !tok.hasSpecial(tldToken(tld))) return null;
  const ids = tok.encode(label);
  if (ids.length > MAX_LABEL_TOKENS) return null;
  return [...ids, tok.specialId(tldToken(tld))];
}

export interface EncodedExample {
  /** Full token sequence (prompt + answer). */
  tokens: number[];
  /** Index of the first answer token: the loss covers predictions of tokens[lossFrom..]. */
  lossFrom: number;
}

/** Prompt + names joined by <sep>, closed by <eos>. Returns null when no name is expressible. */
export function encodeExample(tok: Tokenizer, u: Understanding, names: ReadonlyArray<{ label: string; tld: string }>): EncodedExample | null {
  const prompt = encodePrompt(tok, u);
  const answer: number[] = [];
  for (const n of names) {
    const ids = encodeName(tok, n.label, n.tld);
    if (!ids) continue;
    if (answer.length > 0) answer.push(tok.specialId("<sep>"));
    answer.push(...ids);
  }
  if (answer.length === 0) return null;
  answer.push(tok.specialId("<eos>"));
  return { tokens: [...prompt, ...answer], lossFrom: prompt.length };
}
