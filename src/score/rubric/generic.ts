/**
 * Small closed word classes per language that brandability reads:
 * - fillers: words that make a name generic rather than a brand ("bestcoffeeshop", "mycoffeeonline",
 *   "lamejortienda"): superlatives, possessives, shop/site words. One is harmless; each costs in a
 *   multi-piece name.
 * - articles and connectors (conjunctions, prepositions): the glue of phrase names people like
 *   ("hideandstitch", "pawsonwheels", "painsdelyon", "lapetitetheiere"). Between two content words, or an
 *   article before one, they make a phrase and do not count as pieces; dangling ("con|cabinet",
 *   "cafe|de") they are fragments.
 */
import type { SupportedLanguage } from "../../core/types.js";

const FILLERS: Record<SupportedLanguage, string> = {
  en: "best top cheap great good official online my your our new free shop store site web world central hub zone place co inc llc company group services solutions service express direct center centre",
  es: "mejor mejores top barato barata oficial online mi mis tu nuevo nueva tienda sitio mundo centro express directo servicios grupo",
  fr: "meilleur meilleure top cher officiel ligne mon ma mes ton nouveau nouvelle boutique site monde centre express direct services groupe",
  de: "beste besten bester top billig günstig offiziell online mein meine dein neu neue shop laden seite welt zentrum express direkt service gruppe",
  pt: "melhor melhores top barato barata oficial online meu minha novo nova loja site mundo centro express direto serviços grupo",
  it: "migliore migliori top economico ufficiale online mio mia nuovo nuova negozio sito mondo centro express diretto servizi gruppo",
};

const ARTICLES: Record<SupportedLanguage, string> = {
  en: "the a an",
  es: "el la los las un una",
  fr: "le la les un une l",
  de: "der die das ein eine",
  pt: "o a os as um uma",
  it: "il lo la i gli le un una l",
};

const CONNECTORS: Record<SupportedLanguage, string> = {
  en: "and n on of in by for to at with",
  es: "y e de del en con para al",
  fr: "et de du des en au aux sur a",
  de: "und im am zum zur von mit auf an",
  pt: "e de do da dos das em no na com ao",
  it: "e di del della dell dello dei degli al alla con in da",
};

type WordClass = "filler" | "article" | "connector";
const sets = new Map<string, Set<string>>();

function inClass(cls: WordClass, piece: string, lang: SupportedLanguage): boolean {
  const table = cls === "filler" ? FILLERS : cls === "article" ? ARTICLES : CONNECTORS;
  for (const l of lang === "en" ? (["en"] as const) : ([lang, "en"] as const)) {
    const key = `${cls}:${l}`;
    let s = sets.get(key);
    if (!s) {
      s = new Set(table[l].split(" "));
      sets.set(key, s);
    }
    if (s.has(piece)) return true;
  }
  return false;
}

/** True when the (lower-case) piece is a generic filler in the language or in English. */
export function isFiller(piece: string, lang: SupportedLanguage): boolean {
  return inClass("filler", piece, lang);
}

/** True for an article ("the", "la", "der") of the language or English. */
export function isArticle(piece: string, lang: SupportedLanguage): boolean {
  return inClass("article", piece, lang);
}

/** True for a conjunction or preposition that joins words in a phrase name ("and", "de", "und"). */
export function isConnector(piece: string, lang: SupportedLanguage): boolean {
  return inClass("connector", piece, lang);
}

let allGlue: Set<string> | undefined;

/**
 * True for an article or connector of any supported language: keywords like these carry no meaning a
 * name could take up, whichever language the description was detected as ("con" in an Italian text).
 */
export function isGlueWordInAnyLanguage(word: string): boolean {
  if (!allGlue) {
    allGlue = new Set<string>();
    for (const table of [ARTICLES, CONNECTORS])
      for (const list of Object.values(table)) for (const w of list.split(" ")) allGlue.add(w);
  }
  return allGlue.has(word);
}
