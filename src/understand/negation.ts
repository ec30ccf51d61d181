/**
 * Words a description negates: "Moverse sin dolor", "hair salon sin apuro", "Fitness ohne Männer", "no plastic",
 * "non-profit". What follows "without" is what the business takes away, so a name built on it says the opposite
 * ("dolorviva", "maennerfrei"). A word counts as negated when every one of its occurrences comes right after a
 * negating word, or after one with an article between ("sin el apuro", "without the hassle"). A sentence that
 * negates twice ("Ningún pibe sin merienda", "No kid without a snack") affirms what follows "without": the snack is
 * the business, so nothing in such a sentence counts as negated.
 */
import { wordSet } from "../core/words.js";

const NEGATORS = wordSet("without no non not sans sin ohne kein keine keinen keiner sem senza");
/** "Without" in the six languages: after a sentence that opens with a negation it affirms ("No kid without a snack"). */
const WITHOUT = wordSet("without sans sin ohne sem senza");
/** Negations that open a sentence. */
const SENTENCE_NEGATORS = wordSet(
  "no not nobody never ningun ningún ninguna nadie nunca personne aucun aucune jamais kein keine niemand nie nenhum nenhuma ninguem ninguém nessun nessuna nessuno mai",
);
const ARTICLES = wordSet(
  "the a an any el la los las un una le les l de d des du den die das einen eine o os as il lo i gli",
);
const TOKEN = /[\p{L}\p{N}]+/gu;

/** The lower-case words of the text that are only ever written negated. */
export function negatedWords(text: string): Set<string> {
  const negated = new Set<string>();
  const plain = new Set<string>();
  for (const sentence of text.toLowerCase().split(/[.!?;:\n]+/)) {
    const tokens = (sentence.match(TOKEN) ?? []) as string[];
    const doubled = SENTENCE_NEGATORS.has(tokens[0] ?? "") && tokens.slice(1).some((w) => WITHOUT.has(w));
    tokens.forEach((t, i) => {
      if (ARTICLES.has(t) || NEGATORS.has(t)) return;
      const isNegated =
        !doubled &&
        (NEGATORS.has(tokens[i - 1] ?? "") || (ARTICLES.has(tokens[i - 1] ?? "") && NEGATORS.has(tokens[i - 2] ?? "")));
      (isNegated ? negated : plain).add(t);
    });
  }
  for (const t of plain) negated.delete(t);
  return negated;
}
