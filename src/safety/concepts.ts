/**
 * Cross-lingual concept words (data/sources/safety/concepts.json) as classifier features. A request that
 * contains a word of concept c gets the feature "k:c", and "k:a|b" for each pair of concepts found; the
 * same concept written in Chinese, Russian or Spanish lights the same feature, so what the classifier
 * learns from English requests carries over to languages with few labelled examples. Nothing blocks on
 * a concept by itself: the classifier weighs them.
 *
 * Terms are normalised like requests. Terms in scripts written without spaces between words (Han, kana,
 * Thai, Khmer, Burmese, Lao; Khmer's zero-width word breaks are format characters the normaliser drops) or
 * with attached prefixes (Arabic articles and conjunctions) and Hangul (attached particles) match
 * anywhere in the text; other terms match at the start of a word (a prefix, so inflected forms count),
 * and terms of four letters or fewer, or marked with a trailing "=", only as whole words ("rat" is not
 * "rather", "organ=" is not "organic").
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { sourcePath } from "../core/index.js";
import { SafetyDataError } from "./errors.js";
import { normalizeText, type NormalizedText } from "./normalize.js";

const ANYWHERE =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Arabic}\p{sc=Thai}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Lao}]/u;
const conceptsSchema = z.object({ about: z.string(), concepts: z.record(z.string(), z.array(z.string()).min(1)) });

interface CompiledConcept {
  id: string;
  re: RegExp | null;
  substrings: string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
let compiled: CompiledConcept[] | null = null;

/**
 * A term normalised as it reads inside a request of its own language. A short Cyrillic or Greek term
 * may consist only of Latin lookalikes ("наркот"), which the normaliser would read as Latin when alone;
 * inside a Russian request it stays Cyrillic. So such terms are normalised after a letter that only
 * Cyrillic has, which makes the text Cyrillic-dominant, and that letter is then dropped.
 */
function normalizeTerm(term: string): string {
  if (!/[\p{sc=Cyrillic}\p{sc=Greek}]/u.test(term)) return normalizeText(term).text;
  return normalizeText("ж " + term).text.slice(2);
}

function compile(): CompiledConcept[] {
  if (compiled) return compiled;
  const path = sourcePath("safety", "concepts.json");
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new SafetyDataError(`cannot read ${path}: ${(err as Error).message}; reinstall the package`);
  }
  const parsed = conceptsSchema.safeParse(raw);
  if (!parsed.success) throw new SafetyDataError(`${path} is malformed`);
  compiled = Object.entries(parsed.data.concepts).map(([id, terms]) => {
    const substrings: string[] = [];
    const alts: string[] = [];
    for (const term of terms) {
      const whole = term.endsWith("=");
      const n = normalizeTerm(whole ? term.slice(0, -1) : term);
      if (n.length === 0) continue;
      if (ANYWHERE.test(n)) substrings.push(n);
      else alts.push(whole || [...n].length <= 4 ? escape(n) + "(?![\\p{L}\\p{M}\\p{N}])" : escape(n));
    }
    const re = alts.length > 0 ? new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alts.join("|")})`, "u") : null;
    return { id, re, substrings };
  });
  return compiled;
}

/** Concept ids found in the text, then every pair "a|b" of them (in the file's order). */
export function conceptFeatures(t: NormalizedText): string[] {
  const found: string[] = [];
  for (const c of compile())
    if ((c.re !== null && c.re.test(t.text)) || c.substrings.some((s) => t.text.includes(s))) found.push(c.id);
  const pairs: string[] = [];
  for (let i = 0; i < found.length; i++)
    for (let j = i + 1; j < found.length; j++) pairs.push(found[i] + "|" + found[j]);
  return [...found, ...pairs];
}

export function warmConcepts(): void {
  compile();
}
