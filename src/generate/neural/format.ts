/**
 * The task format the model is trained on and prompted with. One example is
 *
 *   <bos> <lang:fr> [hints] word , word , ... (<= PROMPT_TEXT_TOKENS tokens) <sep>
 *   label-tokens <tld:com> <sep> label-tokens <tld:fr> <sep> ... <eos>
 *
 * Everything up to and including the first <sep> is the prompt (no loss); the names after it are the
 * answer (loss). Hints come from the pipeline's Understanding (the same function at training and at
 * inference time, so prompts match): language, style, a length bucket, "no digits", "no hyphens" and
 * the requested TLDs. Labels are ASCII LDH (a-z, 0-9, hyphen); the TLD is one special token.
 *
 * Why root words and not the description (prompt format 2): format 1 gave the model the lower-cased
 * description, and a 1.4M-parameter model trained for minutes did not learn to ground names in it
 * (its names were fluent but unrelated to the request, and the rubric rated them far below the lexical
 * generator). Format 2 gives it the request's root words — the keywords, the industry's vocabulary in
 * the description's language, WordNet relatives and the place, strongest first: the same raw material
 * the lexical generator starts from (rootWords) — each encoded on its own, exactly as it would be
 * inside a label, so that building a name is mostly copying and joining tokens, which a small
 * transformer learns quickly. The model still chooses the words, their order, the blend, the affixes.
 */
import type { Understanding } from "../../core/types.js";
import { LANGUAGES } from "../../core/types.js";
import type { Tokenizer } from "../../tokenizer/index.js";
import { rootWords, type Root } from "../lexical.js";

/** Version of the prompt layout below; recorded in model.json so a bundle is prompted as it was trained. */
export const PROMPT_FORMAT = 2;
export const PROMPT_TEXT_TOKENS = 48;
/** Root words offered in the prompt (fewer when PROMPT_TEXT_TOKENS runs out). */
export const PROMPT_WORDS = 16;
/** Longest label in tokens the answer may hold (longer targets are skipped). */
export const MAX_LABEL_TOKENS = 10;

/** TLDs with their own token: generic ones, the ccTLDs of our languages, and topical ones. */
export const BASE_TLDS = [
  "com",
  "net",
  "org",
  "co",
  "io",
  "ai",
  "dev",
  "app",
  "es",
  "fr",
  "de",
  "pt",
  "it",
  "co.uk",
  "com.br",
  "eu",
  "ch",
  "at",
  "be",
  "nl",
  "us",
  "ca",
  "mx",
  "ar",
  "au",
  "in",
  "jp",
  "info",
  "biz",
  "xyz",
];
export const LENGTH_BUCKETS = [6, 8, 10, 12, 15] as const;

export const tldToken = (tld: string): string => `<tld:${tld}>`;

/** Special tokens of the model's tokenizer, in id order (the first four are REQUIRED_SPECIALS). */
export function modelSpecials(topicalTlds: readonly string[]): string[] {
  const tlds = [...new Set([...BASE_TLDS, ...[...topicalTlds].sort()])];
  return [
    "<pad>",
    "<bos>",
    "<eos>",
    "<sep>",
    ...[...LANGUAGES, "und"].map((l) => `<lang:${l}>`),
    "<style:short>",
    "<style:playful>",
    "<style:professional>",
    ...LENGTH_BUCKETS.map((n) => `<max:${n}>`),
    "<nodigits>",
    "<nohyphens>",
    ...tlds.map(tldToken),
  ];
}

/** The words the prompt offers the model, strongest first (lower-case ASCII, as they appear in labels). */
export function promptWords(u: Understanding): string[] {
  return promptRoots(u).map((r) => r.word);
}

/** promptWords with their weights (the lexical generator's root weights). */
export function promptRoots(u: Understanding): Root[] {
  return rootWords({ ...u, constraints: { ...u.constraints, allowIdn: false } }, PROMPT_WORDS);
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
  // Each word encoded alone (as at the start of a label), joined by the comma's tokens.
  const comma = tok.encode(",");
  let used = 0;
  for (const w of promptWords(u)) {
    const wordIds = tok.encode(w);
    const cost = wordIds.length + (used > 0 ? comma.length : 0);
    if (used + cost > PROMPT_TEXT_TOKENS) break;
    if (used > 0) ids.push(...comma);
    ids.push(...wordIds);
    used += cost;
  }
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
export function encodeExample(
  tok: Tokenizer,
  u: Understanding,
  names: ReadonlyArray<{ label: string; tld: string }>,
): EncodedExample | null {
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
