/**
 * Industry guess: which taxonomy entry (src/data) the description is about. Each industry lists signal words per
 * language; a word matches by its Snowball stem (so "bakeries" finds "bakery") and a phrase matches as a whole.
 *
 *   score(industry) = sum over matched signals s of  w(s) * (1 + 0.5 * (words(s) - 1)) * lang_factor
 *
 * where w(s) is the description keyword's weight (phrases use 1), and lang_factor is 1 for the description's
 * language and 0.6 for English signals in another language (English terms like "SaaS" travel).
 * confidence = best / (best + second + 0.5): high when one industry clearly dominates.
 */
import { INDUSTRIES, type Industry } from "../taxonomy/index.js";
import { LANGUAGES, type IndustryGuess, type Keyword, type Language, type SupportedLanguage } from "../core/types.js";
import { foldDiacritics } from "./normalize.js";
import { stem } from "./keywords.js";

interface Signal {
  industry: number;
  lang: SupportedLanguage;
  words: number;
}

/** Single-word signals of one language by stem, built when a request first needs that language. */
const wordIndexes = new Map<SupportedLanguage, Map<string, Signal[]>>();
/**
 * Multi-word signals by their first word, each with the words that must follow and its place in the taxonomy's
 * order. A phrase matches when its words are consecutive words of the folded text (the same as finding
 * " w1 w2 " in " text ", since the text's words are split by single spaces), looked up from each word of the
 * text instead of scanning the text once per phrase.
 */
let phrasesByFirst: Map<string, { rest: string[]; order: number; signal: Signal }[]> | undefined;
/** German single-word signals, folded, for compounds the keyword step cut apart ("Sprachschule" -> sprach + schule). */
let germanWords: Map<string, Signal[]> | undefined;

/**
 * A signal as written, folded and split: apostrophes and hyphens become spaces, as in the text the phrases are
 * looked for in ("marque d'alimentation animale" and "hôtel-casino" are phrases there, never matched with them kept).
 */
function signalForms(raw: string): { written: string; folded: string } {
  const written = raw
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return { written, folded: foldDiacritics(written) };
}

/** Phrases and German compound heads of every language: no stemming, so built at once. */
function buildPhrases(): void {
  const phrases = new Map<string, { rest: string[]; order: number; signal: Signal }[]>();
  let order = 0;
  germanWords = new Map();
  INDUSTRIES.forEach((ind: Industry, i: number) => {
    for (const lang of LANGUAGES) {
      for (const raw of ind.keywords[lang] ?? []) {
        const { folded } = signalForms(raw);
        if (!folded) continue;
        const [first, ...rest] = folded.split(" ");
        const words = rest.length + 1;
        if (words > 1) {
          const list = phrases.get(first!) ?? [];
          list.push({ rest, order: order++, signal: { industry: i, lang, words } });
          phrases.set(first!, list);
        } else if (lang === "de" && folded.length >= 5)
          germanWords!.set(folded, [...(germanWords!.get(folded) ?? []), { industry: i, lang, words: 1 }]);
      }
    }
  });
  phrasesByFirst = phrases;
}

/**
 * The stems of one language's single-word signals. Only the description's language and English are looked up
 * by stem, so stemming every language's vocabulary up front would be wasted at a cold start.
 */
function wordIndex(lang: SupportedLanguage): Map<string, Signal[]> {
  let index = wordIndexes.get(lang);
  if (index) return index;
  index = new Map();
  INDUSTRIES.forEach((ind: Industry, i: number) => {
    for (const raw of ind.keywords[lang] ?? []) {
      const { written, folded } = signalForms(raw);
      if (!folded || folded.includes(" ")) continue;
      // Stem the word as written, as the description's keywords are (stem() folds diacritics after
      // stemming): Snowball's suffixes carry accents, so "carniceria" stems to "carniceri" but
      // "carnicería" to "carnic", and a folded signal never met the keyword it was written for.
      const key = stem(written, lang);
      const list = index!.get(key) ?? [];
      list.push({ industry: i, lang, words: 1 });
      index!.set(key, list);
    }
  });
  wordIndexes.set(lang, index);
  return index;
}

export function guessIndustry(text: string, keywords: Keyword[], lang: Language): IndustryGuess | null {
  if (!phrasesByFirst) buildPhrases();
  const l: SupportedLanguage = lang === "und" ? "en" : lang;
  const scores = new Map<number, number>();
  const add = (s: Signal, w: number) => {
    const factor = s.lang === l ? 1 : s.lang === "en" ? 0.6 : 0.3;
    scores.set(s.industry, (scores.get(s.industry) ?? 0) + w * (1 + 0.5 * (s.words - 1)) * factor);
  };
  const seen = new Set<string>();
  for (const k of keywords) {
    for (const sl of new Set<SupportedLanguage>([l, "en"])) {
      const st = sl === l ? k.stem : stem(k.lemma, sl);
      const key = `${sl}:${st}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const s of wordIndex(sl).get(st) ?? []) add(s, k.weight);
    }
  }
  const folded = ` ${foldDiacritics(text.toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  // Each phrase counts once however often it occurs, in the taxonomy's order (the sums then match a scan by phrase).
  const tokens = folded.split(" ");
  const matched = new Map<number, Signal>();
  for (let i = 0; i < tokens.length; i++) {
    const candidates = tokens[i] ? phrasesByFirst!.get(tokens[i]!) : undefined;
    if (!candidates) continue;
    for (const p of candidates)
      if (!matched.has(p.order) && p.rest.every((w, j) => tokens[i + 1 + j] === w)) matched.set(p.order, p.signal);
  }
  for (const order of [...matched.keys()].sort((a, b) => a - b)) add(matched.get(order)!, 1);
  if (l === "de") {
    // The keyword step splits German compounds (names are built from the parts), so the compound itself
    // ("sprachschule") is looked up here, else its longest known tail of 5+ letters, the compound's head
    // ("familienbäckerei" -> "bäckerei"), which counts a little less.
    const keywordWords = new Set(keywords.map((k) => foldDiacritics(k.word)));
    for (const w of new Set(folded.trim().split(" "))) {
      if (w.length < 5 || keywordWords.has(w)) continue;
      for (let i = 0; i + 5 <= w.length; i++) {
        const hits = germanWords!.get(w.slice(i));
        if (hits) {
          for (const sig of hits) add(sig, i === 0 ? 1 : 0.7);
          break;
        }
      }
    }
  }

  let best = -1;
  let bestScore = 0;
  let second = 0;
  for (const [i, s] of scores) {
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = i;
    } else if (s > second) second = s;
  }
  if (best < 0) return null;
  const ind = INDUSTRIES[best];
  return {
    id: ind.id,
    label: ind.label,
    confidence: Math.round((bestScore / (bestScore + second + 0.5)) * 1000) / 1000,
  };
}
