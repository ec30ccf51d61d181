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
 *
 * Why copy slots (prompt format 4): models trained on the experts' names in format 3 learned the surface of
 * such names (concept + role word, .ai/.app) but rarely reused the prompt's words, although about 43% of the
 * experts' names contain one of them whole: spelling a prompt word again token by token is several correct
 * choices in a row for a model of this size. Format 4 puts a slot token before each prompt word
 * (`<c:1> bakery <c:2> bread ...`) and writes each occurrence of a prompt word inside a target name as its slot
 * token ("crumbbakery" is `crumb` + `<c:1>`), so reusing a word of the request is one choice, a pointer, and the
 * decoder expands the slot to its word (a pointer-generator's copy, expressed as vocabulary).
 */
import type { Understanding } from "../../core/types.js";
import { LANGUAGES } from "../../core/types.js";
import type { Tokenizer } from "../../tokenizer/index.js";
import { rootWords, type Root } from "../lexical.js";
import { labelForm, mentionsAI, namingContext } from "../../naming/index.js";

/**
 * Version of the prompt layout a model is trained with; recorded in model.json so a bundle is prompted as
 * it was trained. Format 2 offers the lexical generator's root words; format 3 (models trained on the
 * expert references) offers the naming context's concepts and their curated associations. Both are read.
 */
export type PromptFormat = 2 | 3 | 4;
export const PROMPT_FORMAT: PromptFormat = 3;
export const PROMPT_FORMATS: readonly PromptFormat[] = [2, 3, 4];
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
/** The slot token of the i-th prompt word (1-based; prompt format 4). */
export const copyToken = (slot: number): string => `<c:${slot}>`;
/** Shortest prompt word a target name's occurrence is written as its slot (shorter ones are spelled). */
export const MIN_COPY_LENGTH = 3;

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
    ...Array.from({ length: PROMPT_WORDS }, (_, i) => copyToken(i + 1)),
  ];
}

/** Whether a tokenizer has the slot tokens prompt format 4 needs. */
export function hasCopySlots(tok: Tokenizer): boolean {
  return tok.hasSpecial(copyToken(1)) && tok.hasSpecial(copyToken(PROMPT_WORDS));
}

/** The words the prompt offers the model, strongest first (lower-case ASCII, as they appear in labels). */
export function promptWords(u: Understanding, format: PromptFormat = PROMPT_FORMAT): string[] {
  return promptRoots(u, format).map((r) => r.word);
}

/**
 * promptWords with their weights. Format 2: the lexical generator's root words. Format 3: "ai" first when the
 * text says AI (the strongest cue for the .ai TLD, which the concept filter drops as too short), then the
 * request's concepts (specificity-weighted, src/naming), then up to three curated associations of each of
 * the four strongest concepts at 0.8 x (concept weight x association weight), round-robin so that every
 * concept gets its evocative words before the prompt runs out. Neighbours and their experts' pieces are
 * left out on purpose: for a training description its nearest neighbour is itself, and the prompt would
 * hand the model its own targets.
 */
export function promptRoots(u: Understanding, format: PromptFormat = PROMPT_FORMAT): Root[] {
  if (format === 2) return rootWords({ ...u, constraints: { ...u.constraints, allowIdn: false } }, PROMPT_WORDS);
  const ctx = namingContext(u);
  const out: Root[] = [];
  const seen = new Set<string>();
  const add = (word: string, weight: number, origin: Root["origin"]): void => {
    const w = labelForm(word);
    if (w.length < 2 || seen.has(w) || out.length >= PROMPT_WORDS) return;
    seen.add(w);
    out.push({ word: w, weight, origin });
  };
  if (mentionsAI(u.text)) add("ai", 1, "keyword");
  for (const c of ctx.concepts.slice(0, 8)) add(c.form, c.weight, c.place ? "place" : "keyword");
  const lists = ctx.concepts
    .slice(0, 4)
    .map((c) => (ctx.associations.get(c.form) ?? []).slice(0, 3).map(([w, a]) => [w, 0.8 * c.weight * a] as const));
  for (let i = 0; i < 3; i++) for (const l of lists) if (l[i]) add(l[i][0], l[i][1], "vocabulary");
  return out;
}

/** Prompt token ids for a request, ending with <sep>. */
export function encodePrompt(tok: Tokenizer, u: Understanding, format: PromptFormat = PROMPT_FORMAT): number[] {
  return promptLayout(tok, u, format).ids;
}

/**
 * The prompt's token ids and the words it holds, in slot order (PROMPT_TEXT_TOKENS may cut the list short).
 * Formats 2 and 3 join the words with the comma's tokens; format 4 puts each word's slot token before it.
 */
export function promptLayout(
  tok: Tokenizer,
  u: Understanding,
  format: PromptFormat = PROMPT_FORMAT,
): { ids: number[]; words: string[] } {
  if (format === 4 && !hasCopySlots(tok))
    throw new Error("prompt format 4 needs a tokenizer with the copy slot tokens <c:1>..<c:16>");
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
  // Each word encoded alone (as at the start of a label), after its slot token or joined by the comma's tokens.
  const comma = tok.encode(",");
  const words: string[] = [];
  let used = 0;
  for (const w of promptWords(u, format)) {
    const wordIds = tok.encode(w);
    const joiner = format === 4 ? [tok.specialId(copyToken(words.length + 1))] : used > 0 ? comma : [];
    const cost = wordIds.length + joiner.length;
    if (used + cost > PROMPT_TEXT_TOKENS) break;
    ids.push(...joiner, ...wordIds);
    words.push(w);
    used += cost;
  }
  ids.push(tok.specialId("<sep>"));
  return { ids, words };
}

/**
 * A label as pieces: where a slot word (MIN_COPY_LENGTH or longer) occurs, its 1-based slot; text between.
 * Longest words first, occurrences left to right without overlap, so "breadbakery" with slots [bakery, bread]
 * reads bread = slot 2, bakery = slot 1.
 */
export function copyPieces(label: string, slotWords: readonly string[]): Array<string | number> {
  const owner = new Array<number>(label.length).fill(0);
  const order = slotWords
    .map((w, i) => ({ w, slot: i + 1 }))
    .filter((x) => x.w.length >= MIN_COPY_LENGTH)
    .sort((a, b) => b.w.length - a.w.length || a.slot - b.slot);
  for (const { w, slot } of order) {
    for (let at = label.indexOf(w); at >= 0; at = label.indexOf(w, at + 1)) {
      if (owner.slice(at, at + w.length).some((o) => o !== 0)) continue;
      owner.fill(slot, at, at + w.length);
      // Mark the span's start so two adjacent copies of one word stay two pieces.
      owner[at] = -slot;
    }
  }
  const out: Array<string | number> = [];
  let text = "";
  for (let i = 0; i < label.length;) {
    const o = owner[i]!;
    if (o < 0) {
      if (text) out.push(text);
      text = "";
      const slot = -o;
      out.push(slot);
      i += slotWords[slot - 1]!.length;
    } else {
      text += label[i];
      i++;
    }
  }
  if (text) out.push(text);
  return out;
}

const LDH = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/**
 * Tokens of one answer name ("label" + <tld>) or null when it cannot be expressed (non-LDH label, unknown TLD).
 * With `slotWords` (prompt format 4) each occurrence of a prompt word is its slot token.
 */
export function encodeName(tok: Tokenizer, label: string, tld: string, slotWords?: readonly string[]): number[] | null {
  if (!LDH.test(label) || label.length > 63 || !tok.hasSpecial(tldToken(tld))) return null;
  const ids = slotWords
    ? copyPieces(label, slotWords).flatMap((p) =>
        typeof p === "number" ? [tok.specialId(copyToken(p))] : tok.encode(p),
      )
    : tok.encode(label);
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
  format: PromptFormat = PROMPT_FORMAT,
): EncodedExample | null {
  const { ids: prompt, words } = promptLayout(tok, u, format);
  const answer: number[] = [];
  for (const n of names) {
    const ids = encodeName(tok, n.label, n.tld, format === 4 ? words : undefined);
    if (!ids) continue;
    if (answer.length > 0) answer.push(tok.specialId("<sep>"));
    answer.push(...ids);
  }
  if (answer.length === 0) return null;
  answer.push(tok.specialId("<eos>"));
  return { tokens: [...prompt, ...answer], lossFrom: prompt.length };
}
