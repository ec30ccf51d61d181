/**
 * Filler words that make a name generic rather than a brand ("bestcoffeeshop", "mycoffeeonline",
 * "lamejortienda"): superlatives, possessives, articles and shop/site words, per language. A name may
 * contain one without harm; the rubric charges each one in a multi-piece name (brandability).
 */
import type { SupportedLanguage } from "../../core/types.js";

const FILLERS: Record<SupportedLanguage, string> = {
  en: "best top cheap great good official online my your our the a new free shop store site web world central hub zone place co inc llc company group services solutions service express direct center centre",
  es: "mejor mejores top barato barata oficial online mi mis tu el la los las un una nuevo nueva tienda sitio mundo centro express directo servicios grupo",
  fr: "meilleur meilleure top pas cher officiel en ligne mon ma mes ton le la les un une nouveau nouvelle boutique site monde centre express direct services groupe",
  de: "beste besten bester top billig günstig offiziell online mein meine dein der die das ein eine neu neue shop laden seite welt zentrum express direkt service gruppe",
  pt: "melhor melhores top barato barata oficial online meu minha o a os as um uma novo nova loja site mundo centro express direto serviços grupo",
  it: "migliore migliori top economico ufficiale online mio mia il lo la i gli le un una nuovo nuova negozio sito mondo centro express diretto servizi gruppo",
};

const sets = new Map<SupportedLanguage, Set<string>>();

/** True when the (lower-case) piece is a generic filler in the language or in English. */
export function isFiller(piece: string, lang: SupportedLanguage): boolean {
  for (const l of lang === "en" ? (["en"] as const) : ([lang, "en"] as const)) {
    let s = sets.get(l);
    if (!s) {
      s = new Set(FILLERS[l].split(" "));
      sets.set(l, s);
    }
    if (s.has(piece)) return true;
  }
  return false;
}
