/**
 * Keyword extraction: tokens minus stop words, with a lemma and a stem, weighted by how much each word says
 * about the business. English goes through wink-nlp (lemmas + part of speech); the other languages use
 * stopwords-iso lists, light plural rules for the lemma and Snowball stemmers for matching.
 *
 * weight = pos_weight * position_weight * (1 + 0.3 * (count - 1)), normalised so the best keyword is 1.
 * Nouns say most about a business ("coffee", "bakery"), adjectives next ("organic"); early words usually name
 * the business, later ones add detail, so position decays gently (1 -> 0.6 over the text).
 */
import { createRequire } from "node:module";
import type { Keyword, Language, SupportedLanguage } from "../core/types.js";
import { foldDiacritics } from "./normalize.js";
import { isWord, segment } from "../lexicon/index.js";
import { englishNlp } from "./english-nlp.js";

const require = createRequire(import.meta.url);

interface Stemmer {
  stem(word: string): string;
}
const snowball = require("snowball-stemmers") as { newStemmer(name: string): Stemmer };
const stopwordsIso = require("stopwords-iso") as Record<string, string[]>;

const STEMMER_NAMES: Record<SupportedLanguage, string> = {
  en: "english",
  es: "spanish",
  fr: "french",
  de: "german",
  pt: "portuguese",
  it: "italian",
};

// Words frequent in business descriptions that say nothing about the business itself.
const DESCRIPTION_FILLER: Record<SupportedLanguage, string[]> = {
  en: [
    "business",
    "company",
    "startup",
    "service",
    "services",
    "area",
    "place",
    "offering",
    "offers",
    "offer",
    "based",
    "located",
    "looking",
    "name",
    "domain",
    "want",
    "need",
    "new",
    "small",
    "local",
    "brand",
    "website",
    "online",
    "focused",
    "focus",
    "specializing",
    "specialized",
    "provide",
    "providing",
    "provides",
    "people",
    "customers",
    "clients",
    "quality",
    "high",
    "best",
    "great",
    "good",
    "etc",
    "also",
    "like",
    "just",
    "really",
    "very",
    "help",
    "helps",
    "helping",
    "run",
    "family",
    "owned",
    "independent",
    "software",
    "app",
    "application",
    "platform",
    "tool",
    "tools",
    "solution",
    "solutions",
    "powered",
    "power",
    "based",
    "driven",
    "only",
    "name",
    "names",
    "memorable",
    "catchy",
    "open",
    "start",
    "starting",
    "instruction",
    "instructions",
    "suggestion",
    "suggestions",
    "ignore",
    "previous",
    "prompt",
    "system",
    "assistant",
    "description",
    "output",
    "return",
  ],
  es: [
    "negocio",
    "empresa",
    "servicio",
    "servicios",
    "zona",
    "área",
    "lugar",
    "ofrece",
    "ofrecemos",
    "ubicado",
    "ubicada",
    "nombre",
    "dominio",
    "nuevo",
    "nueva",
    "pequeño",
    "pequeña",
    "local",
    "marca",
    "clientes",
    "calidad",
    "mejor",
    "especializada",
    "especializado",
    "buscamos",
    "online",
  ],
  fr: [
    "entreprise",
    "société",
    "service",
    "services",
    "zone",
    "quartier",
    "lieu",
    "propose",
    "proposons",
    "situé",
    "située",
    "nom",
    "domaine",
    "nouveau",
    "nouvelle",
    "petit",
    "petite",
    "local",
    "locale",
    "marque",
    "clients",
    "qualité",
    "meilleur",
    "spécialisé",
    "spécialisée",
    "cherchons",
    "online",
  ],
  de: [
    "unternehmen",
    "firma",
    "geschäft",
    "service",
    "dienstleistung",
    "dienstleistungen",
    "bereich",
    "gegend",
    "ort",
    "bietet",
    "bieten",
    "name",
    "domain",
    "neu",
    "neue",
    "neues",
    "kleines",
    "kleine",
    "lokal",
    "lokale",
    "marke",
    "kunden",
    "qualität",
    "beste",
    "spezialisiert",
    "suchen",
    "online",
  ],
  pt: [
    "negócio",
    "empresa",
    "serviço",
    "serviços",
    "zona",
    "área",
    "lugar",
    "oferece",
    "oferecemos",
    "localizado",
    "localizada",
    "nome",
    "domínio",
    "novo",
    "nova",
    "pequeno",
    "pequena",
    "local",
    "marca",
    "clientes",
    "qualidade",
    "melhor",
    "especializada",
    "especializado",
    "procuramos",
    "online",
  ],
  it: [
    "attività",
    "azienda",
    "impresa",
    "servizio",
    "servizi",
    "zona",
    "area",
    "luogo",
    "offre",
    "offriamo",
    "situato",
    "situata",
    "nome",
    "dominio",
    "nuovo",
    "nuova",
    "piccolo",
    "piccola",
    "locale",
    "marchio",
    "clienti",
    "qualità",
    "migliore",
    "specializzato",
    "specializzata",
    "cerchiamo",
    "online",
  ],
};

// How people frame a naming request: greetings, asking and wanting, naming vocabulary, and the verbs of
// opening, running or relaunching a business ("Hola, necesito un nombre para...", "On monte notre agence,
// vous l'appelleriez comment ?", "Wir eröffnen bald und brauchen Namen"). They open the text, where the
// position weight is highest, and never describe the business: left in, they became root words
// ("necesitada.com" for a butcher's shop). Dropped in every mode (the industry guess gains nothing from them).
// Built from the training split's most frequent first keywords and the common forms of those verbs.
const REQUEST_WORDS: Record<SupportedLanguage, string[]> = {
  en: [
    "hi",
    "hello",
    "hey",
    "idea",
    "ideas",
    "type",
    "project",
    "lot",
    "bit",
    "rest",
    "vibe",
    "rules",
    "requirements",
    "constraints",
    "matters",
    "presence",
    "target",
    "audience",
    "suggest",
    "think",
    "call",
    "called",
    "naming",
    "launching",
    "opening",
  ],
  es: [
    "ayudas",
    "ayudarme",
    "ayudarnos",
    "recomendar",
    "recomendáis",
    "recomiendas",
    "hola",
    "oye",
    "buenas",
    "saludos",
    "idea",
    "ideas",
    "tipo",
    "necesito",
    "necesitamos",
    "necesita",
    "necesitan",
    "quiero",
    "queremos",
    "quisiera",
    "quisiéramos",
    "busco",
    "busca",
    "buscando",
    "buscan",
    "ayúdame",
    "ayudadme",
    "ayúdanos",
    "ayudáis",
    "ayudar",
    "ayuda",
    "sugerir",
    "sugerid",
    "sugiere",
    "sugieres",
    "sugerencia",
    "sugerencias",
    "propuesta",
    "propuestas",
    "proponer",
    "encontrar",
    "ponerle",
    "poner",
    "pondríais",
    "pondrías",
    "pondrían",
    "llamaríais",
    "llamarías",
    "llamarían",
    "llamar",
    "ocurre",
    "ocurren",
    "ocurra",
    "nombres",
    "solicitamos",
    "solicito",
    "llevamos",
    "llevo",
    "años",
    "año",
    "abrir",
    "abrimos",
    "abro",
    "abriendo",
    "montar",
    "montamos",
    "monto",
    "montando",
    "lanzar",
    "lanzamos",
    "lanzando",
    "lanzo",
    "empiezo",
    "empezamos",
    "empezando",
    "empezar",
    "trabajando",
    "trabajamos",
    "trabajo",
    "renovando",
    "renovar",
    "renovamos",
    "imagen",
    "crecer",
    "expandimos",
    "expandir",
    "resto",
    "sede",
    "ubicación",
    "ciudad",
    "país",
    "pensada",
    "pensado",
    "centrada",
    "centrado",
    "conocida",
    "conocido",
    "ideal",
    "pegadizo",
    "pegadiza",
  ],
  fr: [
    "recherche",
    "recherchons",
    "sollicitons",
    "sollicite",
    "propositions",
    "proposition",
    "basé",
    "basée",
    "basés",
    "conseiller",
    "conseillez",
    "recommander",
    "recommandez",
    "bonjour",
    "salut",
    "coucou",
    "bonsoir",
    "idée",
    "idées",
    "type",
    "ai",
    "est",
    "veut",
    "veux",
    "voulons",
    "voulez",
    "voudrais",
    "voudrions",
    "besoin",
    "cherche",
    "cherchez",
    "pouvez",
    "pourriez",
    "pourrais",
    "aidez",
    "aider",
    "aide",
    "proposer",
    "proposez",
    "suggérer",
    "suggérez",
    "suggestions",
    "suggestion",
    "appelleriez",
    "appellerais",
    "appeler",
    "trouver",
    "faut",
    "faire",
    "noms",
    "monte",
    "monter",
    "montons",
    "ouvre",
    "ouvrir",
    "ouvrons",
    "lance",
    "lancer",
    "lançons",
    "tenons",
    "tiens",
    "ans",
    "grandir",
    "étais",
    "apprête",
    "apprêtons",
    "reconvertis",
    "reconvertie",
    "refaisons",
    "refaire",
    "identité",
    "actuel",
    "actuelle",
    "accrocheur",
    "accrocheuse",
    "sympa",
    "ligne",
    "business",
    "activité",
    "cible",
    "ville",
    "start",
  ],
  de: [
    "hilf",
    "helft",
    "helfen",
    "empfehlen",
    "empfehlt",
    "hallo",
    "hi",
    "moin",
    "servus",
    "grüezi",
    "nen",
    "idee",
    "ideen",
    "namen",
    "namens",
    "vorschläge",
    "vorschlag",
    "bitten",
    "bitte",
    "brauchen",
    "brauche",
    "braucht",
    "brauch",
    "suche",
    "sucht",
    "würdet",
    "würde",
    "würden",
    "benennen",
    "passt",
    "passend",
    "griffigen",
    "griffig",
    "griffiger",
    "mache",
    "machen",
    "art",
    "führen",
    "führe",
    "betreiben",
    "betreibe",
    "eröffne",
    "eröffnen",
    "gründe",
    "gründen",
    "starten",
    "starte",
    "branche",
    "geschäfts",
    "unseren",
    "unser",
    "unsere",
    "nächsten",
    "anfang",
    "monat",
    "hinaus",
    "überall",
    "selbstständig",
    "angestellte",
    "ziel",
    "fokus",
    "sitz",
  ],
  pt: [
    "indicar",
    "indicam",
    "recomendar",
    "sugerem",
    "sugere",
    "olá",
    "oi",
    "bom",
    "ideia",
    "ideias",
    "tipo",
    "quero",
    "queremos",
    "queria",
    "preciso",
    "precisamos",
    "precisa",
    "procuro",
    "procura",
    "ajuda",
    "ajude",
    "ajudem",
    "ajudar",
    "sugerir",
    "sugestões",
    "sugestão",
    "escolher",
    "chamariam",
    "chamaria",
    "chamar",
    "dariam",
    "daria",
    "nomes",
    "alguém",
    "solicitamos",
    "vou",
    "vamos",
    "tocamos",
    "levar",
    "levamos",
    "fazendo",
    "fazer",
    "abrir",
    "abrimos",
    "abro",
    "montar",
    "montando",
    "lançando",
    "lançar",
    "lançamos",
    "começando",
    "começar",
    "trabalhando",
    "prestes",
    "finalmente",
    "rebranding",
    "marcante",
    "foco",
    "atual",
    "cidade",
    "pensada",
    "pensado",
    "sediada",
    "sediado",
  ],
  it: [
    "aiutate",
    "aiutatemi",
    "aiutaci",
    "aiuto",
    "consigliate",
    "consigliare",
    "consigli",
    "proposte",
    "nomi",
    "ciao",
    "salve",
    "buongiorno",
    "ragazzi",
    "idea",
    "idee",
    "tipo",
    "voglio",
    "vogliamo",
    "vorrei",
    "vorremmo",
    "serve",
    "servirebbe",
    "bisogno",
    "cerco",
    "cerca",
    "aiutami",
    "aiutateci",
    "aiutare",
    "mano",
    "suggerire",
    "suggerimenti",
    "potete",
    "potreste",
    "dareste",
    "daresti",
    "date",
    "chiamereste",
    "chiamare",
    "trovare",
    "apro",
    "aprire",
    "apriamo",
    "aprendo",
    "gestiamo",
    "gestisco",
    "portare",
    "portiamo",
    "lanciando",
    "lanciare",
    "lanciamo",
    "avvio",
    "rinnovando",
    "rinnovare",
    "immagine",
    "attuale",
    "business",
    "ditta",
    "società",
    "focus",
    "pensato",
    "pensata",
    "dipendente",
  ],
};

const stemmers = new Map<SupportedLanguage, Stemmer>();
const stopSets = new Map<string, Set<string>>();

function stopSet(lang: SupportedLanguage, withFiller = true): Set<string> {
  const key = `${lang}:${withFiller}`;
  let set = stopSets.get(key);
  if (!set) {
    set = new Set(
      [...(stopwordsIso[lang] ?? []), ...REQUEST_WORDS[lang], ...(withFiller ? DESCRIPTION_FILLER[lang] : [])].map(
        (w) => w.toLowerCase(),
      ),
    );
    stopSets.set(key, set);
  }
  return set;
}

export function stem(word: string, lang: Language): string {
  const l: SupportedLanguage = lang === "und" ? "en" : lang;
  let s = stemmers.get(l);
  if (!s) {
    s = snowball.newStemmer(STEMMER_NAMES[l]);
    stemmers.set(l, s);
  }
  return foldDiacritics(s.stem(word.toLowerCase()));
}

export function isStopWord(word: string, lang: Language): boolean {
  return stopSet(lang === "und" ? "en" : lang).has(word.toLowerCase());
}

const PT_PLURALS: [string, string][] = [
  ["ns", "m"],
  ["éis", "el"],
  ["óis", "ol"],
  ["ais", "al"],
];

/** Singular form by the regular plural rules of each Romance language; German and irregulars stay as written. */
function romanceLemma(word: string, lang: SupportedLanguage): string {
  if (word.length < 5) return word;
  if (lang === "fr" && /aux$/.test(word)) return word.slice(0, -3) + "al";
  if ((lang === "es" || lang === "pt") && /[^aeiouáéíóúâêôãõ]es$/.test(word) && !/ses$/.test(word)) {
    // "-es" is the plural of a consonant-final word ("hoteles", "papeles") or "-s" after a final "e" ("clientes",
    // "tapetes", "restaurantes"): the dictionary tells them apart where only one reading is a word.
    const vowelFinal = word.slice(0, -1);
    return isWord(vowelFinal, lang) && !isWord(word.slice(0, -2), lang) ? vowelFinal : word.slice(0, -2);
  }
  if (lang === "pt" && /ões$/.test(word)) return word.slice(0, -3) + "ão";
  // Portuguese "-ns", "-éis", "-óis", "-ais" plurals ("viagens", "hotéis", "faróis", "locais"), where the singular
  // is a word.
  if (lang === "pt") {
    for (const [plural, singular] of PT_PLURALS)
      if (word.endsWith(plural)) {
        const one = word.slice(0, -plural.length) + singular;
        if (isWord(one, lang)) return one;
      }
  }
  if ((lang === "es" || lang === "fr" || lang === "pt") && /[aeiouéè]s$/.test(word)) return word.slice(0, -1);
  if (lang === "it" && /[ie]$/.test(word)) return word; // Italian plurals change the vowel: ambiguous, keep as written
  return word;
}

/** Whether the word at `index` opens a sentence (or the text, a line, a bullet or a parenthesis). */
function opensSentence(text: string, index: number): boolean {
  // Back over spaces, quotes and an opening parenthesis to the character before them (a backward scan: the
  // caller asks for every word of the text).
  let k = index - 1;
  while (k >= 0 && /["'«»“”‘’(\s]/u.test(text[k]!)) k--;
  return k < 0 || /[.!?…:;¿¡•\n*-]/u.test(text[k]!);
}

/**
 * German compounds ("Meisterwerkstatt"), hyphenated words ("Kfz-Meisterwerkstatt") and run-together input
 * ("organicskincarebrand") are cut into their dictionary words, which then count as keywords in place of the
 * whole: names are built from "meister" and "werkstatt", not from a 16-letter word. A token is cut only when it
 * is no dictionary word itself and every piece is one.
 */
function splitCompounds(tokens: { word: string; lemma: string; pos?: string }[], lang: SupportedLanguage): void {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    let pieces: string[] = t.word.includes("-") ? t.word.split("-").filter((p) => p.length > 0) : [t.word];
    pieces = pieces.flatMap((p) => {
      // German writes compounds as one word, so 9+ letters is worth a look; elsewhere only run-together input
      // (12+) is, or a proper noun such as "Patagonia" falls apart into "pat" + "agonia".
      // A plural whose singular is a word ("restaurantes") is that word, not "restaurant" + "es".
      if (p.length < (lang === "de" ? 9 : 12) || isWord(p, lang) || isWord(romanceLemma(p, lang), lang)) return [p];
      const seg = segment(p, lang);
      // A German "-ung" noun ends in the suffix, not in a word: "Anbindung" is "anbinden" + "ung", never "an" + "bin"
      // + "dung" (manure), nor "Umstellung" "um" + "stel" + "lung"; such a cut keeps the word whole.
      const last = seg.parts[seg.parts.length - 1]?.text ?? "";
      const ok =
        seg.parts.length >= 2 &&
        seg.parts.every((x) => (x.kind === "word" || x.kind === "term") && x.text.length >= 2) &&
        !(lang === "de" && /^[a-zäöüß]{1,2}ung$/.test(last));
      return ok ? seg.parts.map((x) => x.text) : [p];
    });
    if (pieces.length === 1 && pieces[0] === t.word) continue;
    tokens.splice(
      i,
      1,
      ...pieces.map((w) => ({
        word: w,
        lemma: lang === "en" ? w : romanceLemma(w, lang),
        ...(t.pos ? { pos: t.pos } : {}),
      })),
    );
  }
}

/** A German word written lower case: a verb, adjective or adverb, which the untagged path cannot tell apart. */
export const NOT_NOUN = "NOT_NOUN";
const POS_WEIGHT: Record<string, number> = { NOUN: 1, PROPN: 0.9, ADJ: 0.7, VERB: 0.55, ADV: 0.3, [NOT_NOUN]: 0.55 };

/**
 * Where a word stands says how likely naming experts are to build on it. Over the training writers' descriptions
 * and their experts' names, the share of names that use a word falls along a sentence, and the words of every
 * sentence after the first are used far less than the first sentence's, with no further fall along them: the first
 * sentence says what the business is, the rest adds detail (hours, parking, "for the price of a nice dinner"). So a
 * word i tokens into a first sentence of n1 tokens weighs 1 - 0.55 i / n1, and any later sentence's word
 * LATER_SENTENCE (the counts: experiments/names/LOG.md, round v72).
 */
const LATER_SENTENCE = 0.4;
const SENTENCE_END = /^[.!?…]+$/;

/**
 * `keepFiller`: keep words such as "software" or "service" that say little for a name but do signal the
 * industry (the industry guess uses them).
 */
export function extractKeywords(text: string, lang: Language, options: { keepFiller?: boolean } = {}): Keyword[] {
  const l: SupportedLanguage = lang === "und" ? "en" : lang;
  const tokens: { word: string; lemma: string; pos?: string; sentence?: number }[] = [];
  if (l === "en") {
    const nlp = englishNlp();
    const its = nlp.its;
    const doc = nlp.readDoc(text.toLowerCase());
    const words = doc.tokens().out(its.normal) as string[];
    // wink-nlp's typings declare its.lemma with a narrower signature than out() accepts; it works at run time.
    const lemmaOf = its.lemma as unknown as typeof its.normal;
    const lemmas = doc.tokens().out(lemmaOf) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    let sentence = 0;
    for (let i = 0; i < words.length; i++) {
      if (i > 0 && SENTENCE_END.test(words[i - 1]!)) sentence++;
      // A gerund between a modifier and a noun modifies that noun ("used climbing gear", "a cleaning service", "dog
      // walking tours"): it names the business's subject, so it weighs as a noun and keeps its own form (the experts'
      // concept names are keyed "climbing", not "climb"). After a preposition, a pronoun or at a clause's start it
      // stays a verb ("for booking tables", "we help by chasing invoices", "Making college applications...").
      const modifier =
        pos[i] === "VERB" &&
        words[i].endsWith("ing") &&
        pos[i + 1] === "NOUN" &&
        i > 0 &&
        (pos[i - 1] === "ADJ" ||
          pos[i - 1] === "NOUN" ||
          pos[i - 1] === "DET" ||
          pos[i - 1] === "PROPN" ||
          // A participle the tagger calls a verb, used as an adjective after a preposition or determiner ("for used
          // climbing gear"), not after a subject ("we started making candles").
          (pos[i - 1] === "VERB" &&
            words[i - 1].endsWith("ed") &&
            (pos[i - 2] === "ADP" || pos[i - 2] === "SCONJ" || pos[i - 2] === "DET")));
      tokens.push(
        modifier
          ? { word: words[i], lemma: words[i], pos: "NOUN", sentence }
          : { word: words[i], lemma: lemmas[i] || words[i], pos: pos[i], sentence },
      );
    }
  } else {
    // Where each sentence after the first begins: after a full stop, "!", "?" or "…" (and a closing quote) and space.
    const starts = [...text.matchAll(/[.!?…]+["»”)]*\s+/gu)].map((m) => (m.index ?? 0) + m[0].length);
    // German capitalises every noun, so in a text that does (a capital after a lower-case word or a comma), a word
    // written lower case is a verb, adjective or adverb ("rösten", "gehostet", "jahrelang"): it weighs as an
    // English verb does. The last part of a hyphenated word decides ("KI-gestützte" is an adjective).
    const capitalisesNouns = l === "de" && /[\p{Ll},;:]\s+\p{Lu}\p{Ll}/u.test(text);
    // Outside German a capital marks a name, unless the text capitalises most of its words (a title).
    const inner = [...text.matchAll(/\p{L}{4,}/gu)].filter((m) => !opensSentence(text, m.index ?? 0)).map((m) => m[0]);
    const namesCapitalised =
      l !== "de" && (inner.length < 3 || inner.filter((w) => /^\p{Lu}/u.test(w)).length * 5 < inner.length * 4);
    let sentence = 0;
    for (const m of text.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
      const written = m[0].replace(/['’-]+$/, "");
      const word = written.toLowerCase();
      // Elided articles and pronouns: "l'atelier" -> "atelier", "dell'arte" -> "arte", "j'ouvre" -> "ouvre".
      const bare = word.replace(/^(?:l|d|qu|dell|all|nell|sull|un|j|m|t|s|c|n)['’]/, "");
      const lastPart = written.slice(written.lastIndexOf("-") + 1);
      const notNoun = capitalisesNouns && /^\p{Ll}/u.test(lastPart);
      // Words come in text order, so the sentence index only moves forward.
      while (sentence < starts.length && starts[sentence]! <= (m.index ?? 0)) sentence++;
      // Spanish, French, Portuguese and Italian capitalise only names (and a sentence's first word): a capitalised
      // word in mid-sentence is a name and keeps its form ("Paredes", "Chaves", "Flores" are towns, not the plurals
      // of "pared", "chave", "flor").
      const name = namesCapitalised && /^\p{Lu}\p{Ll}/u.test(written) && !opensSentence(text, m.index ?? 0);
      tokens.push(
        name
          ? { word: bare, lemma: bare, sentence, pos: "PROPN" }
          : { word: bare, lemma: romanceLemma(bare, l), sentence, ...(notNoun ? { pos: NOT_NOUN } : {}) },
      );
    }
  }

  splitCompounds(tokens, l);
  const stops = stopSet(l, !options.keepFiller);
  const byStem = new Map<string, Keyword & { count: number; first: number }>();
  const firstSentence = Math.max(1, tokens.filter((t) => (t.sentence ?? 0) === 0).length);
  tokens.forEach((t, i) => {
    const word = t.word;
    if (!/^\p{L}/u.test(word) || word.length < 2) return;
    if (stops.has(word) || stops.has(t.lemma)) return;
    if (t.pos && !(t.pos in POS_WEIGHT)) return;
    const s = stem(t.lemma, l);
    const posWeight = t.pos ? POS_WEIGHT[t.pos] : 0.85;
    const positionWeight = (t.sentence ?? 0) === 0 ? 1 - 0.55 * Math.min(1, i / firstSentence) : LATER_SENTENCE;
    const existing = byStem.get(s);
    if (existing) {
      existing.count += 1;
      existing.weight = Math.max(existing.weight, posWeight * positionWeight);
    } else {
      byStem.set(s, {
        word,
        lemma: t.lemma,
        stem: s,
        weight: posWeight * positionWeight,
        pos: t.pos,
        count: 1,
        first: i,
      });
    }
  });
  const list = [...byStem.values()].map((k) => ({ ...k, weight: k.weight * (1 + 0.3 * (k.count - 1)) }));
  const max = Math.max(1e-9, ...list.map((k) => k.weight));
  return list
    .sort((a, b) => b.weight - a.weight || a.first - b.first)
    .map(({ word, lemma, stem: st, weight, pos }) => ({
      word,
      lemma,
      stem: st,
      weight: Math.round((weight / max) * 1000) / 1000,
      ...(pos ? { pos } : {}),
    }));
}
