/**
 * Words a business does not want its name to say, in the six languages (data/sources/naming-unwanted/<lang>.txt,
 * written by an independent writer from the brief in that folder): intimate anatomy, illness, death, failure, dirt,
 * crime, insults and regional slang, and words that make an offer sound cheap or fake. Blind judges flag such names
 * as "unintended" ("copeautote" holds German "tote", dead; "ingleacento" Spanish "ingle", groin).
 *
 * A name says a word when the word stands whole in it: as one of the parts the name was built from, as a word of its
 * best segmentation, or as one side of a split whose other side is a word ("copeau|tote"). A word inside a longer
 * word does not count ("therapist" holds no "rapist" here: that join-aware reading is the name guard's). The check
 * reads the request's language and English (names are often English words for any market); a word the description
 * itself uses is the business's own and never counts.
 */
import { type Language } from "../core/index.js";
import { LIST_LANGUAGES, wordLists, type ListLanguage } from "./wordlists.js";
import type { Understanding } from "../core/types.js";
import { fold, isWord, segment } from "../lexicon/index.js";

const LANGUAGES = LIST_LANGUAGES;

/** The folded words of each language's list (read once; a missing file is an empty list). */
function unwantedLists(): Map<ListLanguage, Set<string>> {
  return wordLists("naming-unwanted");
}

/** The request's own words, folded: they never count against a name. */
const ownWords = new WeakMap<Understanding, Set<string>>();
function wordsOf(u: Understanding): Set<string> {
  let s = ownWords.get(u);
  if (!s) {
    s = new Set();
    for (const w of fold(u.text.toLowerCase()).split(/[^a-z]+/))
      if (w.length >= 3) {
        s.add(w);
        // In English "debts" says "debt" and "rats" "rat" (in Spanish "inglés" is no plural of "ingle").
        if (u.language === "en" && w.length >= 4 && w.endsWith("s")) s.add(w.slice(0, -1));
      }
    ownWords.set(u, s);
  }
  return s;
}

/**
 * The first unwanted word the name says for this request, or undefined. `label` is the folded ASCII label,
 * `parts` the pieces it was built from (a borrowed whole name is one part).
 */
export function unwantedWord(label: string, parts: readonly string[], u: Understanding): string | undefined {
  const lang: ListLanguage = (LANGUAGES as readonly string[]).includes(u.language)
    ? (u.language as ListLanguage)
    : "en";
  const all = unwantedLists();
  const sets = lang === "en" ? [all.get("en")!] : [all.get(lang)!, all.get("en")!];
  const own = wordsOf(u);
  // Every place the label spells the word lies inside one of the request's own words that the label spells there
  // too ("rat" in "Ballarat", "bomb" in "bombas"; but "semaine|aine" keeps its second "aine").
  const covered = (w: string, at: number): boolean => {
    for (const o of own) {
      if (o.length <= w.length) continue;
      for (let k = o.indexOf(w); k >= 0; k = o.indexOf(w, k + 1))
        if (at - k >= 0 && label.startsWith(o, at - k)) return true;
    }
    return false;
  };
  const insideOwn = (w: string): boolean => {
    let seen = false;
    for (let at = label.indexOf(w); at >= 0; at = label.indexOf(w, at + 1)) {
      seen = true;
      if (!covered(w, at)) return false;
    }
    return seen;
  };
  // An English list word that is an ordinary word of the request's language reads as that word (French "pain"
  // is bread), so English's list counts for another language only where the word is not one of its words.
  const bad = (w: string): boolean =>
    w.length >= 3 &&
    (sets[0]!.has(w) || (sets.length > 1 && sets[1]!.has(w) && !isWord(w, lang as Language))) &&
    !own.has(w) &&
    !insideOwn(w);
  const word = (w: string): boolean => isWord(w, lang as Language) || isWord(w, "en");
  for (const p of parts) {
    const f = fold(p.toLowerCase());
    if (bad(f)) return f;
  }
  // The best reading as words, only where every piece is a word (a stray "bomb|in" of "bombin" is no reading).
  const seg = segment(label, lang as Language);
  if (seg.wordCount === seg.words.length) for (const w of seg.words) if (bad(w)) return w;
  for (let i = 3; i <= label.length - 3; i++) {
    const head = label.slice(0, i);
    const tail = label.slice(i);
    if (bad(head) && word(tail)) return head;
    if (bad(tail) && word(head)) return tail;
  }
  return undefined;
}
