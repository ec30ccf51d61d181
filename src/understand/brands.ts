/**
 * Brand and product names in a description. Two signals:
 *  - camel-case tokens ("iPhone", "MacBook", "PlayStation"): product names are written that way, words are not;
 *  - a word the trademark list knows (src/safety) that is written as a proper noun (capitalised mid-sentence,
 *    or in capitals: "Nike", "LEGO", "IKEA-Möbel"), or that is no dictionary word at all. "apple orchard"
 *    in lower case is about apples; "Apple iPhones" is about the brand.
 */
import { checkName } from "../safety/index.js";
import { isWord } from "../lexicon/index.js";
import type { Language } from "../core/types.js";
import { foldDiacritics } from "./normalize.js";

const TOKEN = /[\p{L}\p{N}]+/gu;

function singular(word: string): string {
  return word.length > 4 && word.endsWith("s") ? word.slice(0, -1) : word;
}

export function findBrands(text: string, lang: Language): string[] {
  const brands = new Set<string>();
  const allCaps = text === text.toUpperCase();
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    if (token.length < 3 || /^\d+$/.test(token)) continue;
    const lower = foldDiacritics(token.toLowerCase());
    const at = m.index ?? 0;
    const sentenceStart = at === 0 || /[.!?:;]\s*$/.test(text.slice(Math.max(0, at - 3), at));
    const camel = /\p{Ll}\p{Lu}/u.test(token);
    const capitalised = !allCaps && /^\p{Lu}/u.test(token) && (!sentenceStart || /^\p{Lu}{2,}$/u.test(token));
    if (camel) {
      brands.add(singular(lower));
      continue;
    }
    for (const form of new Set([lower, singular(lower)])) {
      const verdict = checkName(form);
      if (!verdict.flags.some((f) => f.kind === "trademark" && f.detail.startsWith("is the brand"))) continue;
      if (capitalised || !isWord(form, lang)) brands.add(form);
    }
  }
  return [...brands];
}
