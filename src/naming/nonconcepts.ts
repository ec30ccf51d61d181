/**
 * Words that are never what a business is about, in the six languages (data/sources/naming-nonconcepts/<lang>.txt,
 * written by an independent writer from the brief in that folder): quantity and size words, adverbs of frequency and
 * manner, generic adjectives, common verb forms and connectors. English has a part-of-speech tagger; the other
 * languages do not, so "piccoli", "mayoría", "meist" and "espero" became concepts and were glued into names that
 * blind judges call garbled (experiments/names/LOG.md). The naming context leaves such words out of the concepts.
 */
import { readFileSync } from "node:fs";
import { sourcePath } from "../core/index.js";
import { fold } from "../lexicon/index.js";

const LANGUAGES = ["en", "es", "fr", "de", "pt", "it"] as const;
type ListLanguage = (typeof LANGUAGES)[number];

let lists: Map<string, Set<string>> | undefined;

/** The folded words of each language's list (read once; a missing file is an empty list). */
function nonConceptLists(): Map<string, Set<string>> {
  if (lists) return lists;
  lists = new Map();
  for (const lang of LANGUAGES) {
    let text = "";
    try {
      text = readFileSync(sourcePath("naming-nonconcepts", `${lang}.txt`), "utf8");
    } catch {
      // An installation without the list leaves every word of that language a possible concept.
    }
    lists.set(
      lang,
      new Set(
        text
          .split("\n")
          .map((w) => fold(w.trim().toLowerCase()))
          .filter((w) => w.length >= 3),
      ),
    );
  }
  return lists;
}

/** True when `word` (any case, accents or not) is on the list of `lang`, a language of the six. */
export function isNonConcept(word: string, lang: string): boolean {
  const list = nonConceptLists().get(lang as ListLanguage);
  return list !== undefined && list.has(fold(word.toLowerCase()));
}
