/**
 * Words that are never what a business is about, in the six languages (data/sources/naming-nonconcepts/<lang>.txt,
 * written by an independent writer from the brief in that folder): quantity and size words, adverbs of frequency and
 * manner, generic adjectives, common verb forms and connectors. English has a part-of-speech tagger; the other
 * languages do not, so "piccoli", "mayoría", "meist" and "espero" became concepts and were glued into names that
 * blind judges call garbled (experiments/names/LOG.md). The naming context leaves such words out of the concepts.
 */
import { listForm, wordLists, type ListLanguage } from "./wordlists.js";

/** True when `word` (any case, accents or not) is on the list of `lang`, a language of the six. */
export function isNonConcept(word: string, lang: string): boolean {
  const list = wordLists("naming-nonconcepts").get(lang as ListLanguage);
  return list !== undefined && list.has(listForm(word));
}
