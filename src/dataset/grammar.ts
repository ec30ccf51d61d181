/**
 * Agreement for the description templates: articles, possessives and adjectives that agree with the
 * business noun's gender (and, in German, case), plus the written surface of taxonomy words
 * (German noun capitalisation, acronyms). The taxonomy stores everything lower case; text a person
 * writes does not look like that.
 */
import type { SupportedLanguage } from "../core/types.js";
import type { BusinessNoun, Gender } from "../taxonomy/index.js";

/** Determiner before the noun phrase: a / the / my / our / none. */
export type Det = "indef" | "def" | "my" | "our" | "none";
/** Grammatical case (German only; other languages ignore it). */
export type Case = "nom" | "acc" | "dat";

/**
 * An adjective in its agreeing forms. `pre` places it before the noun (French "petite", Spanish
 * "pequeña"); otherwise after. German adjectives give the stem in `m` and are declined here.
 */
export interface Adjective {
  m: string;
  f: string;
  /** French masculine form before a vowel ("nouvel"). */
  mVowel?: string;
  pre?: boolean;
}

/** Written forms that are not simply lower case (acronyms, brands), keyed by the lower-case word. */
const SPECIAL: Record<string, string> = {
  ai: "AI",
  ia: "IA",
  ki: "KI",
  it: "IT",
  saas: "SaaS",
  crm: "CRM",
  hr: "HR",
  rh: "RH",
  rrhh: "RRHH",
  seo: "SEO",
  iot: "IoT",
  b2b: "B2B",
  ux: "UX",
  vps: "VPS",
  cbd: "CBD",
  thc: "THC",
  ivf: "IVF",
  fiv: "FIV",
  fivet: "FIVET",
  dj: "DJ",
  llm: "LLM",
  api: "API",
  sdk: "SDK",
  "ci/cd": "CI/CD",
  esl: "ESL",
  cpa: "CPA",
  mot: "MOT",
  nft: "NFT",
  dao: "DAO",
  defi: "DeFi",
  ev: "EV",
  pma: "PMA",
  edv: "EDV",
  daf: "DaF",
  fle: "FLE",
  itv: "ITV",
  tüv: "TÜV",
  kfz: "Kfz",
  bhs: "BHs",
  "b&b": "B&B",
  rsa: "RSA",
  ehpad: "EHPAD",
  amap: "AMAP",
  ett: "ETT",
  cftv: "CFTV",
  irve: "IRVE",
  ong: "ONG",
  ngo: "NGO",
  ios: "iOS",
  android: "Android",
  wordpress: "WordPress",
  airbnb: "Airbnb",
  google: "Google",
  crossfit: "CrossFit",
  cnc: "CNC",
  "3d": "3D",
  soc: "SOC",
  cctv: "CCTV",
  mua: "MUA",
  csa: "CSA",
  ti: "TI",
  "e-commerce": "E-Commerce",
  bitcoin: "Bitcoin",
  ikea: "IKEA",
  spa: "spa",
};
/** German words that stay lower case inside noun phrases (adjectives, verbs, function words). */
const DE_LOWER = new Set(
  (
    "für und im in der die das des dem den mit von zu nach am ins vom beim zum zur aus auf " +
    "veganes vegane veganer nachhaltiges nachhaltige nachhaltiger künstliche künstlicher maschinelles neuronale mobile mobiler mobiles " +
    "vernetzte ethisches psychotherapeutische psychische ambulanter ambulante häusliche digitale gesunde betreutes " +
    "sexuelle reproduktive humanitäre unabhängiger unabhängige additive erneuerbare energetische regenerative geführte " +
    "günstig nachmachen laden mieten übernachten lernen"
  ).split(" "),
);
/** German adjectives that can open a business noun phrase (declined by case/determiner). */
const DE_ADJ_OPENERS = new Set([
  "veganes",
  "nachhaltiges",
  "psychotherapeutische",
  "ambulanter",
  "mobiler",
  "unabhängiger",
]);

function capitalise(w: string): string {
  return w.length === 0 ? w : w[0].toLocaleUpperCase() + w.slice(1);
}

function surfaceWord(lang: SupportedLanguage, w: string, first: boolean): string {
  const special = SPECIAL[w];
  if (special !== undefined && !(lang === "it" && w === "it") && !(lang === "de" && w === "die")) return special;
  if (lang !== "de") return w;
  if (DE_LOWER.has(w) && !(first && !DE_ADJ_OPENERS.has(w) && !DE_LOWER.has(w))) return w;
  // German nouns and noun compounds are capitalised, also after a hyphen ("Cannabis-Abgabestelle", "KI-Startup").
  return w
    .split("-")
    .map((part) => (part.length === 0 ? part : (SPECIAL[part] ?? capitalise(part))))
    .join("-");
}

/** A taxonomy phrase as a person would write it mid-sentence (German nouns capitalised, acronyms upper case). */
export function surface(lang: SupportedLanguage, phrase: string): string {
  return phrase
    .split(" ")
    .map((w, i) => surfaceWord(lang, w, i === 0))
    .join(" ");
}

/** Sentence case: first letter upper case. */
export function sentenceCase(s: string): string {
  return capitalise(s);
}

function startsWithVowelSound(lang: SupportedLanguage, word: string): boolean {
  const w = word.toLowerCase();
  if (lang === "en") {
    if (/^[A-Z]{2,}/.test(word) || /^[A-Z][a-z]?[A-Z]/.test(word)) return /^[AEFHILMNORSX]/.test(word); // letter names: "an SEO", "a CRM"
    if (/^(uni|use|usu|eu|one|once)/.test(w)) return false;
    if (/^(hour|honest|honou?r|heir)/.test(w)) return true;
    return /^[aeiou]/.test(w);
  }
  if (lang === "fr") {
    if (/^(hammam|hamburger|haut|hibou|hockey|hangar|halle)/.test(w)) return false; // h aspiré
    return /^[aeiouyàâéèêëîïôûh]/.test(w);
  }
  return /^[aeiouàáâãéèêíìîóòôõúùû]/.test(w);
}

/** Italian masculine articles take lo/uno before s+consonant, z, gn, ps, x, y. */
function itImpure(word: string): boolean {
  return /^(s[^aeiouàèéìòù]|z|gn|ps|pn|x|y)/i.test(word);
}

const DE_ARTICLES: Record<Det, Record<Case, Record<Gender, string>>> = {
  indef: {
    nom: { m: "ein", f: "eine", n: "ein" },
    acc: { m: "einen", f: "eine", n: "ein" },
    dat: { m: "einem", f: "einer", n: "einem" },
  },
  def: {
    nom: { m: "der", f: "die", n: "das" },
    acc: { m: "den", f: "die", n: "das" },
    dat: { m: "dem", f: "der", n: "dem" },
  },
  my: {
    nom: { m: "mein", f: "meine", n: "mein" },
    acc: { m: "meinen", f: "meine", n: "mein" },
    dat: { m: "meinem", f: "meiner", n: "meinem" },
  },
  our: {
    nom: { m: "unser", f: "unsere", n: "unser" },
    acc: { m: "unseren", f: "unsere", n: "unser" },
    dat: { m: "unserem", f: "unserer", n: "unserem" },
  },
  none: { nom: { m: "", f: "", n: "" }, acc: { m: "", f: "", n: "" }, dat: { m: "", f: "", n: "" } },
};

/**
 * German adjective endings after a determiner type (Duden: starke, schwache, gemischte Deklination).
 * indef/my/our = mixed, def = weak, none = strong.
 */
function deEnding(det: Det, c: Case, g: Gender): string {
  if (det === "def") return c === "nom" || (c === "acc" && g !== "m") ? "e" : "en";
  if (det === "none") {
    if (c === "nom") return g === "m" ? "er" : g === "f" ? "e" : "es";
    if (c === "acc") return g === "m" ? "en" : g === "f" ? "e" : "es";
    return g === "f" ? "er" : "em";
  }
  if (c === "nom") return g === "m" ? "er" : g === "f" ? "e" : "es";
  if (c === "acc") return g === "m" ? "en" : g === "f" ? "e" : "es";
  return "en";
}

function deStem(adjective: string): string {
  return adjective.replace(/(er|es|en|em|e)$/, "");
}

function nounPhraseDe(noun: BusinessNoun, adj: Adjective | null, det: Det, c: Case): string {
  const words = noun.text.split(" ");
  const parts: string[] = [];
  const art = DE_ARTICLES[det][c][noun.gender];
  if (art) parts.push(art);
  const ending = deEnding(det, c, noun.gender);
  if (adj) parts.push(adj.m + ending);
  if (words.length > 1 && DE_ADJ_OPENERS.has(words[0])) {
    parts.push(deStem(words[0]) + ending);
    parts.push(surface("de", words.slice(1).join(" ")));
  } else {
    parts.push(surface("de", noun.text));
  }
  return parts.join(" ");
}

function romanceArticle(lang: "es" | "fr" | "pt" | "it", det: Det, g: Gender, next: string): string {
  const vowel = startsWithVowelSound(lang, next);
  const fem = g === "f";
  switch (lang) {
    case "es":
      return {
        indef: fem ? "una" : "un",
        def: fem ? "la" : "el",
        my: "mi",
        our: fem ? "nuestra" : "nuestro",
        none: "",
      }[det];
    case "pt":
      return {
        indef: fem ? "uma" : "um",
        def: fem ? "a" : "o",
        my: fem ? "minha" : "meu",
        our: fem ? "nossa" : "nosso",
        none: "",
      }[det];
    case "fr":
      if (det === "indef") return fem ? "une" : "un";
      if (det === "def") return vowel ? "l'" : fem ? "la" : "le";
      if (det === "my") return fem && !vowel ? "ma" : "mon";
      if (det === "our") return "notre";
      return "";
    case "it": {
      const impure = itImpure(next);
      if (det === "indef") return fem ? (vowel ? "un'" : "una") : impure ? "uno" : "un";
      if (det === "def") return vowel ? "l'" : fem ? "la" : impure ? "lo" : "il";
      if (det === "my") return fem ? "la mia" : "il mio";
      if (det === "our") return fem ? "la nostra" : "il nostro";
      return "";
    }
  }
}

/**
 * The noun phrase for a business noun with an optional agreeing adjective:
 * ("es", cafetería/f, pequeño, indef) -> "una pequeña cafetería"; ("de", café/n, klein, indef, acc) -> "ein kleines Café";
 * ("it", studio fotografico/m, null, indef) -> "uno studio fotografico"; ("en", AI startup, null, indef) -> "an AI startup".
 */
export function nounPhrase(
  lang: SupportedLanguage,
  noun: BusinessNoun,
  adj: Adjective | null,
  det: Det,
  c: Case = "nom",
): string {
  if (lang === "de") return nounPhraseDe(noun, adj, det, c);
  const n = surface(lang, noun.text);
  if (lang === "en") {
    const core = adj ? `${adj.m} ${n}` : n;
    const art = { indef: startsWithVowelSound("en", core) ? "an" : "a", def: "the", my: "my", our: "our", none: "" }[
      det
    ];
    return art ? `${art} ${core}` : core;
  }
  const g = noun.gender;
  let core = n;
  if (adj) {
    if (adj.pre) {
      const form = g === "f" ? adj.f : adj.mVowel && startsWithVowelSound(lang, n) ? adj.mVowel : adj.m;
      core = `${form} ${n}`;
    } else {
      core = `${n} ${g === "f" ? adj.f : adj.m}`;
    }
  }
  const art = romanceArticle(lang, det, g, core);
  if (!art) return core;
  return art.endsWith("'") ? art + core : `${art} ${core}`;
}

/** "a, b and c" in the language's own conjunction (with the Oxford comma left out). */
export function joinList(lang: SupportedLanguage, items: readonly string[]): string {
  const and = { en: "and", es: "y", fr: "et", de: "und", pt: "e", it: "e" }[lang];
  if (items.length <= 1) return items.join("");
  let last = and;
  // Spanish "y" becomes "e" before an /i/ sound ("padres e hijos").
  if (lang === "es" && /^h?i[^aeiouáéó]/i.test(items[items.length - 1])) last = "e";
  return `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}
