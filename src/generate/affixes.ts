/**
 * Affixes and partner words per language for the lexical generator. They are what makes a Spanish description
 * give Spanish-sounding names ("panería", "migrano") and an English one English-sounding names ("getbrew",
 * "brewly"). Kept short and brand-like; every list is data, not logic. Articles and gendered possessives
 * (der/die/das, le/la, il/la, o/a, mon/ma) are left out: without the noun's gender they are wrong half the
 * time ("derwerkstatt"), and a native speaker hears it at once.
 */
import type { SupportedLanguage } from "../core/types.js";

export interface AffixSet {
  /** Prefixes joined directly: prefix + word. */
  prefixes: string[];
  /** Suffixes joined directly: word + suffix. */
  suffixes: string[];
  /** Short brand-friendly words used as second (or first) part of compounds, in the language. */
  partners: string[];
  /** Suffixes that turn a clipped stem into a coined word ("verd" + "ia"). */
  coinEndings: string[];
}

export const AFFIXES: Record<SupportedLanguage, AffixSet> = {
  en: {
    prefixes: ["get", "try", "go", "my", "the", "hey", "join", "use", "we"],
    suffixes: ["ly", "ify", "hq", "lab", "labs", "hub", "co", "works", "io", "ster", "able", "ery", "nest", "craft", "box", "wise", "kit"],
    partners: ["nest", "hive", "loop", "spark", "nook", "crew", "path", "bloom", "forge", "haven", "yard", "lane", "peak", "root", "wave", "field", "house", "studio", "supply", "collective"],
    coinEndings: ["a", "io", "o", "ia", "ify", "ly", "ora", "ix", "eo"],
  },
  es: {
    prefixes: ["mi", "tu", "todo", "casa", "super", "pro"],
    suffixes: ["ito", "ita", "eria", "ero", "era", "al", "ada", "azo", "landia", "mania", "lab", "es"],
    partners: ["casa", "nido", "luz", "sol", "raiz", "vida", "mundo", "rincon", "taller", "punto", "barrio", "plaza", "alma", "viva", "verde", "bueno"],
    coinEndings: ["a", "o", "ia", "ez", "ito", "era"],
  },
  fr: {
    prefixes: ["chez", "super", "maison", "tout", "hyper"],
    suffixes: ["ette", "et", "erie", "ier", "iere", "eur", "ique", "ine", "o", "lab", "age"],
    partners: ["maison", "atelier", "nid", "coin", "soleil", "jardin", "vie", "monde", "cle", "belle", "bonne", "rue", "ville", "douce", "coeur"],
    coinEndings: ["a", "o", "ette", "ie", "eo", "ine"],
  },
  de: {
    prefixes: ["ur", "neu", "top", "super", "gut"],
    suffixes: ["haus", "werk", "zeit", "laden", "stube", "hof", "wert", "lich", "chen", "ling", "ei", "erei", "lab"],
    partners: ["haus", "werk", "hof", "stube", "garten", "welt", "zeit", "kraft", "quelle", "nest", "stern", "licht", "weg", "platz", "punkt", "kiste"],
    coinEndings: ["a", "o", "io", "ix", "ia", "us"],
  },
  pt: {
    prefixes: ["casa", "super", "vila", "mais", "pro"],
    suffixes: ["inho", "inha", "aria", "eiro", "eira", "al", "ada", "ao", "lab", "mania", "landia"],
    partners: ["casa", "ninho", "luz", "sol", "raiz", "vida", "mundo", "canto", "oficina", "ponto", "bairro", "praca", "alma", "viva", "verde", "bom"],
    coinEndings: ["a", "o", "ia", "inho", "eira", "ao"],
  },
  it: {
    prefixes: ["casa", "super", "dolce", "tutto", "pro"],
    suffixes: ["ino", "ina", "eria", "etto", "etta", "issimo", "ella", "ello", "one", "lab", "mania"],
    partners: ["casa", "nido", "luce", "sole", "radice", "vita", "mondo", "angolo", "bottega", "punto", "borgo", "piazza", "anima", "viva", "verde", "bello"],
    coinEndings: ["a", "o", "ia", "ino", "etta", "ella"],
  },
};
