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

let wordIndex: Map<string, Signal[]> | undefined;
let phraseList: { phrase: string; signal: Signal }[] | undefined;
/** German single-word signals, folded, for compounds the keyword step cut apart ("Sprachschule" -> sprach + schule). */
let germanWords: Map<string, Signal[]> | undefined;

function buildIndex(): void {
  wordIndex = new Map();
  phraseList = [];
  germanWords = new Map();
  INDUSTRIES.forEach((ind: Industry, i: number) => {
    for (const lang of LANGUAGES) {
      for (const raw of ind.keywords[lang] ?? []) {
        // Apostrophes and hyphens become spaces, as in the text the phrases are looked for in: "marque
        // d'alimentation animale" and "hôtel-casino" are phrases there, and never matched with them kept.
        const written = raw
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, " ")
          .trim();
        const kw = foldDiacritics(written);
        if (!kw) continue;
        const words = kw.split(" ").length;
        if (words > 1) {
          phraseList!.push({ phrase: ` ${kw} `, signal: { industry: i, lang, words } });
        } else {
          // Stem the word as written, as the description's keywords are (stem() folds diacritics after
          // stemming): Snowball's suffixes carry accents, so "carniceria" stems to "carniceri" but
          // "carnicería" to "carnic", and a folded signal never met the keyword it was written for.
          if (lang === "de" && kw.length >= 5)
            germanWords!.set(kw, [...(germanWords!.get(kw) ?? []), { industry: i, lang, words: 1 }]);
          const key = `${lang}:${stem(written, lang)}`;
          const list = wordIndex!.get(key) ?? [];
          list.push({ industry: i, lang, words: 1 });
          wordIndex!.set(key, list);
        }
      }
    }
  });
}

export function guessIndustry(text: string, keywords: Keyword[], lang: Language): IndustryGuess | null {
  if (!wordIndex) buildIndex();
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
      for (const s of wordIndex!.get(key) ?? []) add(s, k.weight);
    }
  }
  const folded = ` ${foldDiacritics(text.toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  for (const { phrase, signal } of phraseList!) if (folded.includes(phrase)) add(signal, 1);
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
