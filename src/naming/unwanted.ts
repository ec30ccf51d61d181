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
 *
 * Another company's brand reads the same way (data/sources/naming-brands/*.jsonl, a clearance writer's list): judges
 * flag "greenaws" (AWS) and "thelastminute" (lastminute.com) as "unintended". A brand counts where its letters are no
 * word of the request's language or English (so "sap" and "tap" stay usable words, and the "ing" of "parking" is no
 * bank) and the label is not itself a word; brands that are ordinary words (Calm, Orange) are left out, as a name
 * may well use the word.
 */
import { sourceRecords, type Language } from "../core/index.js";
import { LIST_LANGUAGES, wordLists, type ListLanguage } from "./wordlists.js";
import type { Understanding } from "../core/types.js";
import { fold, isWord, segment } from "../lexicon/index.js";

const LANGUAGES = LIST_LANGUAGES;

/** The folded words of each language's list (read once; a missing file is an empty list). */
function unwantedLists(): Map<ListLanguage, Set<string>> {
  return wordLists("naming-unwanted");
}

/** The brands a name must not say (3+ letters; ordinary-word brands left out). */
interface BrandWords {
  /** Letter brands (AWS, BBVA). */
  letters: Set<string>;
  /** Coined brands (Salesforce, Mercadona). */
  coined: Set<string>;
}
let brandCache: BrandWords | undefined;
function brandWords(): BrandWords {
  if (brandCache) return brandCache;
  const out: BrandWords = { letters: new Set(), coined: new Set() };
  // An installation without the list has no brands to look up.
  for (const r of sourceRecords("naming-brands", /\.jsonl$/)) {
    const b = r as { label?: unknown; kind?: unknown; generic?: unknown };
    if (typeof b.label !== "string" || !/^[a-z0-9]{3,}$/.test(b.label)) continue;
    if (b.kind === "acronym") out.letters.add(b.label);
    else if (b.kind === "coined" && b.generic !== true) out.coined.add(b.label);
  }
  brandCache = out;
  return out;
}

/**
 * Every word that could count against a name in a request of `lang` (its list, English's, the brands), with the
 * longest one's length: a label none of whose substrings is one of them says none of them, which settles most
 * labels without segmenting them.
 */
interface Suspects {
  words: Set<string>;
  maxLength: number;
}
const suspectsOf = new Map<ListLanguage, Suspects>();
function suspects(lang: ListLanguage): Suspects {
  let s = suspectsOf.get(lang);
  if (s) return s;
  const all = unwantedLists();
  const brands = brandWords();
  const words = new Set<string>([...all.get(lang)!, ...all.get("en")!, ...brands.letters, ...brands.coined]);
  let maxLength = 0;
  for (const w of words) maxLength = Math.max(maxLength, w.length);
  suspectsOf.set(lang, (s = { words, maxLength }));
  return s;
}

/** Whether some substring of `label` of 3 or more letters is a suspect. */
function holdsSuspect(label: string, { words, maxLength }: Suspects): boolean {
  for (let i = 0; i + 3 <= label.length; i++) {
    const end = Math.min(label.length, i + maxLength);
    for (let j = i + 3; j <= end; j++) if (words.has(label.slice(i, j))) return true;
  }
  return false;
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
  const word = (w: string): boolean => isWord(w, lang as Language) || isWord(w, "en");
  const brands = brandWords();
  // A brand is read only where its letters are no word of the request's language or English ("sap", "ing" of
  // "parking"), and never inside a label that is itself a word.
  let labelIsWord: boolean | undefined;
  const brand = (w: string): boolean =>
    (brands.letters.has(w) || brands.coined.has(w)) && !(labelIsWord ??= word(label)) && !word(w);
  const listed = (w: string): boolean =>
    sets[0]!.has(w) || (sets.length > 1 && sets[1]!.has(w) && !isWord(w, lang as Language));
  const bad = (w: string): boolean => w.length >= 3 && (listed(w) || brand(w)) && !own.has(w) && !insideOwn(w);
  // A brand found at a split also needs the label to have no other two-word reading: "bastide|savon" is soap, not
  // "bastides|avon"; "audit|reading" is no Audi.
  const readsOtherwise = (w: string): boolean => {
    for (let j = 3; j <= label.length - 3; j++) {
      const h = label.slice(0, j);
      const t = label.slice(j);
      if (h !== w && t !== w && word(h) && word(t)) return true;
    }
    return false;
  };
  const atSplit = (w: string): boolean => listed(w) || !readsOtherwise(w);
  for (const p of parts) {
    const f = fold(p.toLowerCase());
    if (bad(f)) return f;
  }
  // Past the parts, a word the name says is a substring of the label (a word of its segmentation, or one side of a
  // split), and a bad word is a suspect: with no suspect substring there is nothing more to find.
  if (!holdsSuspect(label, suspects(lang))) return undefined;
  // The best reading as words, only where every piece is a word (a stray "bomb|in" of "bombin" is no reading).
  const seg = segment(label, lang as Language);
  if (seg.wordCount === seg.words.length) for (const w of seg.words) if (bad(w)) return w;
  for (let i = 3; i <= label.length - 3; i++) {
    const head = label.slice(0, i);
    const tail = label.slice(i);
    if (bad(head) && word(tail) && atSplit(head)) return head;
    if (bad(tail) && word(head) && atSplit(tail)) return tail;
  }
  return undefined;
}

/**
 * A request about suicide or self-harm (a crisis line, a prevention charity, a peer-support group): the text itself
 * names it, in any of the six languages.
 */
const CRISIS_TEXT =
  /suicid|suizid|selbstmord|self[\s-]?harm|autoles|automutil|selbstverletz|crisis\s+(?:line|hotline|text|cent(?:re|er))|lifeline|linea\s+de\s+crisis|ligne\s+d\s*ecoute|krisentelefon|telefono\s+amico/;

/**
 * Means and scenes of self-harm: for a crisis service, a name that holds one of them anywhere in its letters reads as
 * the harm it works against (blind judges scored "hotlineblade" for a suicide-prevention hotline 0). Ordinary words
 * elsewhere ("blade" for a barber, "bridge" for a bank), so they count only for such a request.
 */
const CRISIS_MEANS = [
  "blade",
  "razor",
  "rope",
  "noose",
  "pill",
  "bridge",
  "ledge",
  "cliff",
  "jump",
  "hang",
  "knife",
  "poison",
  "overdose",
  "bullet",
  "trigger",
  "pistol",
  "drown",
  "edge",
  "cuchilla",
  "navaja",
  "soga",
  "pastilla",
  "puente",
  "precipicio",
  "rasoir",
  "corde",
  "pilule",
  "falaise",
  "klinge",
  "strick",
  "tablette",
  "bruecke",
  "brucke",
  "klippe",
  "lamina",
  "navalha",
  "pilula",
  "penhasco",
  "rasoio",
  "cappio",
  "pillola",
  "dirupo",
];

/**
 * The first of `words` the label's letters hold anywhere, or undefined. Inside any longer word too: for a request of
 * that kind the reading is what counts.
 */
export function heldWord(label: string, words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  const plain = fold(label.toLowerCase()).replace(/[^a-z]/g, "");
  return words.find((w) => plain.includes(w));
}

/** The means of self-harm the name holds when the request is a crisis service's, or undefined. */
export function crisisMeans(label: string, u: Pick<Understanding, "text">): string | undefined {
  return CRISIS_TEXT.test(fold(u.text.toLowerCase())) ? heldWord(label, CRISIS_MEANS) : undefined;
}

/** A request about children or young people (a youth league, a nursery, a kids' club), in the six languages. */
const CHILDREN_TEXT =
  /\b(?:youth|kids?|children|childrens|child|toddlers?|babies|baby|nursery|kindergarten|preschool|juniors?|ninos|ninas|infantil|infantiles|juvenil|enfants?|creche|jeunesse|kinder|kindern|kita|jugend|criancas|bambini|ragazzi|giovanili)\b/;

/**
 * Alcohol, gambling, smoking and adult words: ordinary for a pub or a casino, but a business for children does not
 * want its name to say them ("youthbier" for a youth football league, from a neighbour's pieces).
 */
const ADULT_ONLY = [
  "beer",
  "bier",
  "biere",
  "birra",
  "cerveza",
  "cerveja",
  "wine",
  "vino",
  "vinho",
  "booze",
  "brew",
  "tavern",
  "kneipe",
  "cocktail",
  "whisky",
  "whiskey",
  "vodka",
  "tequila",
  "casino",
  "poker",
  "vape",
  "tobacco",
  "cigar",
  "weed",
  "cannabis",
  "sexy",
  "nightclub",
];

/** The adult word the name holds when the request is about children or young people, or undefined. */
export function adultWordForChildren(label: string, u: Pick<Understanding, "text">): string | undefined {
  return CHILDREN_TEXT.test(fold(u.text.toLowerCase())) ? heldWord(label, ADULT_ONLY) : undefined;
}

/**
 * Every word no name may hold for this request, read from its text once: a crisis service's means of self-harm and a
 * children's business's adult words (`heldWord` then checks each name against them).
 */
export function wordsUnfitFor(u: Pick<Understanding, "text">): readonly string[] {
  const text = fold(u.text.toLowerCase());
  return [...(CRISIS_TEXT.test(text) ? CRISIS_MEANS : []), ...(CHILDREN_TEXT.test(text) ? ADULT_ONLY : [])];
}
