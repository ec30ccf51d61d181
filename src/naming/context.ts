/**
 * What the naming knowledge says about one request (knowledge.ts holds the mined data):
 *
 * 1. Concepts: the request's own words in the form they take inside a label (lemma, folded to ASCII).
 * 2. Neighbours: the training descriptions that share the request's concepts, by cosine similarity of
 *    idf-weighted concept stems, sim(q, d) = sum_s w_q(s) w_d(s) idf(s)^2 / (|q| |d|), damped for another
 *    language (their experts' words are in that language).
 * 3. Pieces: the words those experts brought into their names (not echoes of their own descriptions):
 *    "ledger", "clerk", "dock" for accounts payable; "pour", "roast" for a coffee bar. A piece weighs the
 *    squared similarity of the neighbours that used it, plus a small share of its use across all experts of
 *    the language (role words: desk, pilot, wise, scout); per concept, the same sum over the neighbours that
 *    share that concept.
 * 4. TLDs: three quarters from the TLD model (./tld-model.ts: the endings all training experts chose for
 *    requests with these words, industry and signals), a quarter from those the neighbours' experts chose
 *    (similarity-weighted) and the language's prior over all experts; .ai when the text says AI, and the country's
 *    ccTLD when a place names one.
 *
 * Used by the crafted generator to build names and by the learned judge as features of any name, so it is
 * computed once per request (cached on the Understanding object).
 */
import { isNonConcept } from "./nonconcepts.js";
import { businessCountry, type Understanding } from "../core/types.js";
import { fold, isWord, segment, transliterateGerman } from "../lexicon/index.js";
import { isStopWord, NOT_NOUN, stem } from "../understand/index.js";
import { countrySuffix, isRegistrableSuffix } from "../domain/index.js";
import { loadKnowledge, type NamingKnowledge } from "./knowledge.js";
import { industryById } from "../taxonomy/index.js";
import { relatedWords } from "../wordnet/index.js";
import { predictTlds, tldFeatures, type TldModel, type TldSignals } from "./tld-model.js";

const NEIGHBOURS = 30;
/** A stand-in word's weight in the neighbour query, relative to the word it stands in for. */
const HYPERNYM_WEIGHT = 0.8;
const OTHER_LANGUAGE = 0.1;
/** Share of a piece's weight that comes from its use across all experts of the language (role words). */
const BACKGROUND = 0.05;
const MAX_CONCEPTS = 6;
/** Words that say the business makes or runs software, in the six languages. */
const SOFTWARE_TEXT =
  /\b(?:apps?|application|software|saas|platform|api|sdk|developers?|devops|plugin|dashboard|online tool|aplicaci[oó]n|aplicativo|appli|logiciel|plateforme|plataforma|plattform|piattaforma|applicazione|anwendung)\b/i;
const AI_TEXT = /\bAI\b|\bA\.I\.|\bIA\b|\bKI\b|artificial intelligence|machine learning|\bLLMs?\b/;
/**
 * What a local business's text says that a software product's rarely does, in the six languages: a capitalised
 * place after a locating word ("en Lavapiés", "in Punta del Diablo", a place the gazetteer may not know), opening
 * hours, a shop, street or neighbourhood word, a founding year.
 */
const LOCAL_TEXT: readonly RegExp[] = [
  /(?:^|[\s,(])(?:en|in|em|no|na|nos|nas|à|au|aux|im|am|nel|nella|a|at|near|bei|près de|cerca de|perto de|vicino a)\s+(?:el |la |los |las |o |a |le |les |der |die |dem |il |lo |the )?[A-ZÁÉÍÓÚÂÊÔÃÕÇÜÖÄ][\p{L}'-]+/u,
  /\b\d{1,2}(?:[:.]\d{2})?\s?(?:h|hs|am|pm|uhr)\b|\b24\s?(?:h|hs|horas|hours|heures|ore|stunden)\b|\bdesde las\b|\bfrom \d/i,
  /\b(?:barrio|neighbou?rhood|vecin\w*|bairro|quartier|viertel|quartiere|calle|rua|street|strasse|straße|via|avenida|plaza|praça|downtown|centro|local|tienda|loja|boutique|atelier|taller|oficina|salon|salão|sal[oó]n|shop|store|caf[eé]|bar|restaurante?|panader\w*|padaria|bakery|bäckerei|boulangerie|panetteria|pizzer\w*|church|iglesia|clinic|cl[ií]nica|consultorio|studio|estudio|gym|gimnasio|hostel|hotel|posada|pousada|camping|farm|granja|fazenda|ferme|bauernhof)\b/i,
  /\b(?:since|desde|depuis|seit|dal)\s+(?:19|20)\d\d\b|\bdesde (?:los|hace)\b/i,
];

/** Words of a non-profit's own text, in the six languages. */
const NONPROFIT_TEXT =
  /\b(?:non-?profit|charit(?:y|ies|able)|foundation|volunteers?|donat\w*|ngo|ong|fundaci[oó]n|funda[cç][aã]o|fondation|stiftung|fondazione|asociaci[oó]n|associa[cç][aã]o|association|verein|associazione|voluntari\w*|b[eé]n[eé]vole\w*|ehrenamt\w*|volontari\w*|ayudamos|ajudamos|aidons|helfen|aiutiamo)\b/i;

/** The text reads as a local business's and says nothing of software or AI. */
export function readsLocal(u: Pick<Understanding, "text" | "location">): boolean {
  if (SOFTWARE_TEXT.test(u.text) || AI_TEXT.test(u.text)) return false;
  return u.location?.country !== undefined || LOCAL_TEXT.some((re) => re.test(u.text));
}

/**
 * Sectors whose businesses serve people in person (a pub, a plumber, a salon, a vet): with no word of software
 * or AI in the text, such a business's names fit .com and its country's ending, not .app or .dev.
 */
const IN_PERSON_SECTORS = new Set([
  "food_drink",
  "retail",
  "fashion",
  "beauty",
  "construction_trades",
  "home_services",
  "automotive",
  "travel_hospitality",
  "personal_services",
  "pets",
  "wellness_fitness",
  "events",
  "sports_recreation",
  "agriculture",
]);

/** The industry guess's confidence from which an in-person sector alone keeps a business off generic stand-in endings. */
const IN_PERSON_CONFIDENCE = 0.6;

/** The text reads as a local business's, or names an in-person trade, and says nothing of software or AI. */
export function readsOffline(u: Pick<Understanding, "text" | "location" | "industry">): boolean {
  if (SOFTWARE_TEXT.test(u.text) || AI_TEXT.test(u.text)) return false;
  const sector = u.industry ? industryById(u.industry.id)?.sector : undefined;
  return readsLocal(u) || (sector !== undefined && IN_PERSON_SECTORS.has(sector));
}

/** What the TLD model (./tld-model.ts) reads from the text besides its words. */
export function tldSignals(u: Understanding): TldSignals {
  return {
    software: SOFTWARE_TEXT.test(u.text),
    ai: AI_TEXT.test(u.text),
    local: readsLocal(u),
    offline: readsOffline(u),
  };
}

/** The text says the business is about AI (in any of the six languages' usual abbreviations). */
export function mentionsAI(text: string): boolean {
  return AI_TEXT.test(text);
}

/** A country-code TLD or a public suffix under one ("de", "co.uk", "com.br"); .ai, .io, .co, .me, .tv are used as generic. */
function isCountryTld(t: string): boolean {
  if (["ai", "io", "co", "me", "tv", "fm", "ly", "so", "to", "gg", "sh"].includes(t)) return false;
  return t.length === 2 || /\.[a-z]{2}$/.test(t);
}

export interface Concept {
  form: string;
  stem: string;
  weight: number;
  /** The concept is the place the text names. */
  place: boolean;
}

/** Letters only, folded to ASCII: the form a word takes inside a label. */
export function labelForm(word: string): string {
  return fold(word.toLowerCase()).replace(/[^a-z0-9]/g, "");
}

/** The town or place the request names, as a label of its language spells it ("muenchen"); "" when none. */
export function placeLabel(u: Understanding): string {
  return u.location ? labelFormIn(u.location.name, u.language === "und" ? "en" : u.language) : "";
}

/**
 * A word as a label of a request in `lang`: German spells umlauts out as ASCII domains do ("gestützte" ->
 * "gestuetzte", "München" -> "muenchen"; dropping the marks makes other words, "gestutzte" is "trimmed"), the
 * other languages drop the marks.
 */
export function labelFormIn(word: string, lang: string): string {
  return labelForm(lang === "de" ? transliterateGerman(word.toLowerCase()) : word);
}

/**
 * Words that describe the request rather than the business ("client", "brief", "company", "naming"): briefs and
 * listings are full of them, and a name built on them says nothing about what the business does.
 */
const META_WORDS = new Set(
  [
    "client",
    "customer",
    "company",
    "business",
    "brand",
    "brief",
    "name",
    "naming",
    "domain",
    "website",
    "site",
    "looking",
    "need",
    "want",
    "new",
    "service",
    "services",
    "solution",
    "platform",
    "startup",
    "team",
    "help",
    "cliente",
    "empresa",
    "negocio",
    "marca",
    "nombre",
    "servicio",
    "azienda",
    "marchio",
    "nome",
    "servizio",
    "entreprise",
    "marque",
    "nom",
    "unternehmen",
    "firma",
    "marke",
    "kunde",
    "kunden",
    "empresa",
    "nosso",
    "nossa",
    // Talk about the name itself: "our current name is a pun nobody gets" made "wordpun" and "punplay".
    "pun",
    "puns",
    "wordplay",
    "rebrand",
    "rebranding",
    "rename",
    "renaming",
    "calembour",
    "wortspiel",
    "wortspiele",
    "trocadilho",
    "trocadilhos",
  ].map((w) => w.normalize("NFC")),
);

/**
 * The request's concepts: keywords (position- and frequency-weighted by understand) re-weighted by how
 * specific they are across the training descriptions, w' = w (0.35 + 0.65 min(1, idf / 6)), so "yarn" beats
 * "studio" and "rubinetteria" beats "produce"; verbs count 0.6 (names are mostly built on nouns).
 */
function concepts(u: Understanding, k: NamingKnowledge): Concept[] {
  const lang = u.language === "und" ? "en" : u.language;
  const scored: Concept[] = [];
  const seen = new Set<string>();
  const place = placeLabel(u);
  const stop = (w: string): boolean => isStopWord(w, lang) || isStopWord(w, "en");
  // `written` is the word before its label form: a word with marks is a stop word only as written ("uñas", nails,
  // folds to "unas", some), since the stop lists hold the marked forms ("más", "país") as well as the bare ones.
  const push = (form: string, stemmed: string, weight: number, isPlace: boolean, written = form): void => {
    if (form.length < 3 || form.length > 11 || seen.has(form) || /\d/.test(form)) return;
    const marked = fold(written) !== written;
    if ((marked ? stop(written) : stop(form)) || META_WORDS.has(form)) return;
    // Words that describe, count or act but name nothing a business is (naming/nonconcepts.ts): outside English
    // no tagger keeps adjectives, adverbs and verbs out.
    if (isNonConcept(form, lang)) return;
    // Only words a reader knows: the language's or English dictionary word, or a concept the association
    // writers recognised. A lemmatiser's clipped form ("ausgangs", "lues") or an unknown acronym glued into a
    // name reads as garbled to every judge.
    if (!isWord(form, lang) && !isWord(form, "en") && k.associations(lang, stemmed).length === 0) return;
    seen.add(form);
    scored.push({ form, stem: stemmed, weight, place: isPlace });
  };
  for (const kw of u.keywords.slice(0, 16)) {
    if (META_WORDS.has(kw.word)) continue;
    // The lemma ("invoice" for "invoices") reads better in a name than an inflected form.
    // (Unless the lemmatiser made a word up: "ramen" -> "raman".)
    const lemmaKnown =
      isWord(kw.lemma, lang) || isWord(kw.lemma, "en") || !(isWord(kw.word, lang) || isWord(kw.word, "en"));
    const written = (kw.lemma.length >= 3 && lemmaKnown ? kw.lemma : kw.word).toLowerCase();
    const form = labelFormIn(written, lang);
    const specific = 0.35 + 0.65 * Math.min(1, k.idf(kw.stem) / 6);
    const pos = kw.pos === "VERB" || kw.pos === NOT_NOUN ? 0.6 : 1;
    const isPlace = place.length > 0 && (form === place || place.startsWith(form));
    // A place is a concept (its landmarks make names), but rarely the business's heart.
    const weight = kw.weight * specific * pos * (isPlace ? 0.6 : 1);
    if (form.length > 11) {
      // A long compound ("klavierunterricht", "bookkeeping"): its dictionary parts are the concepts.
      const seg = segment(form, lang);
      if (seg.coverage === 1)
        seg.parts.forEach((p, i) => {
          if (p.text.length >= 4) push(p.text, stem(p.text, lang), weight * (i === 0 ? 1 : 0.8), false);
        });
      continue;
    }
    push(form, kw.stem, weight, isPlace, written);
  }
  return scored.sort((a, b) => b.weight - a.weight || (a.form < b.form ? -1 : 1)).slice(0, MAX_CONCEPTS);
}

export interface Neighbour {
  index: number;
  sim: number;
}

function neighbours(u: Understanding, k: NamingKnowledge): Neighbour[] {
  const q = new Map<string, number>();
  for (const kw of u.keywords.slice(0, 12)) q.set(kw.stem, Math.max(q.get(kw.stem) ?? 0, kw.weight));
  // The town the text names brings neighbours from that town, but a description that shares nothing else is about
  // another business ("orthodontist in Leeds" met a Leeds café and got "toastyleeds"): such a neighbour is left out.
  const placeLang = u.language === "und" ? "en" : u.language;
  const place = placeLabel(u);
  const placeStems = new Set(
    place.length > 0
      ? u.keywords
          .slice(0, 12)
          .filter((kw) => {
            const f = labelFormIn(kw.word, placeLang);
            return f === place || place.startsWith(f) || place.endsWith(f);
          })
          .map((kw) => kw.stem)
      : [],
  );
  // A word no training description used ("orthodontist", "chiropractor") finds no neighbour of its own: what it is a
  // kind of in WordNet (its first noun sense's hypernyms and synonyms: "dentist", "therapist") stands in for it, a
  // little lighter, where the knowledge has descriptions with that word. English only (WordNet's language).
  if (u.language === "en" || u.language === "und")
    for (const kw of u.keywords.slice(0, 3)) {
      if ((k.byStem.get(kw.stem) ?? []).length > 0 || placeStems.has(kw.stem)) continue;
      for (const r of relatedWords(kw.lemma, { senses: 1, pos: "noun" })) {
        if (r.relation !== "hypernym" && r.relation !== "synonym") continue;
        const s = stem(r.word, "en");
        if ((k.byStem.get(s) ?? []).length > 0 && !q.has(s)) q.set(s, kw.weight * HYPERNYM_WEIGHT);
      }
    }
  const topical = new Set<number>();
  let qNorm = 0;
  for (const [s, w] of q) qNorm += (w * k.idf(s)) ** 2;
  qNorm = Math.sqrt(qNorm) || 1;
  const dot = new Map<number, number>();
  for (const [s, w] of q) {
    const idf = k.idf(s);
    for (const i of k.byStem.get(s) ?? []) {
      const e = k.entries[i]!;
      const we = e.stems.find(([x]) => x === s)?.[1] ?? 0;
      dot.set(i, (dot.get(i) ?? 0) + w * we * idf * idf);
      if (we > 0 && !placeStems.has(s)) topical.add(i);
    }
  }
  const out: Neighbour[] = [];
  for (const [i, d] of dot) {
    if (!topical.has(i)) continue;
    const e = k.entries[i]!;
    let n = 0;
    for (const [s, w] of e.stems) n += (w * k.idf(s)) ** 2;
    const lang = e.lang === u.language || (u.language === "und" && e.lang === "en") ? 1 : OTHER_LANGUAGE;
    out.push({ index: i, sim: (d / (qNorm * (Math.sqrt(n) || 1))) * lang });
  }
  return out.sort((a, b) => b.sim - a.sim || a.index - b.index).slice(0, NEIGHBOURS);
}

/**
 * Piece weights: global[p] = sum over neighbours using p of sim^2 (normalised), plus BACKGROUND times the
 * piece's use across the language's experts; perConcept[c][p] = the same sum over the neighbours that share
 * concept stem c, so a concept is joined with the words experts put next to that concept.
 */
/**
 * What pieceWeights reads from the knowledge for one language, whatever the request: whether a piece is usable at all
 * (before the request's own concepts are set aside), the usable pieces of each entry, and per concept stem how many of
 * its descriptions used each piece. Kept for the knowledge's lifetime: it is bounded by the knowledge's own pieces,
 * entries and stems, and a common concept has hundreds of descriptions to count on every request otherwise.
 */
interface PieceTables {
  usable: Map<string, boolean>;
  used: Map<number, string[]>;
  byStem: Map<string, { counts: Map<string, number>; descriptions: number }>;
}
/** The language a request's pieces are read in (an undetermined one reads as English). */
type Lang = Exclude<Understanding["language"], "und">;
const pieceTables = new WeakMap<NamingKnowledge, Map<string, PieceTables>>();

function piecesFor(k: NamingKnowledge, lang: Lang): PieceTables {
  let byLang = pieceTables.get(k);
  if (!byLang) pieceTables.set(k, (byLang = new Map()));
  let t = byLang.get(lang);
  if (!t) byLang.set(lang, (t = { usable: new Map(), used: new Map(), byStem: new Map() }));
  return t;
}

function usableAnywhere(t: PieceTables, k: NamingKnowledge, lang: Lang, p: string): boolean {
  let v = t.usable.get(p);
  if (v === undefined)
    t.usable.set(
      p,
      (v =
        p.length >= 3 &&
        p.length <= 9 &&
        !isStopWord(p, lang) &&
        !isStopWord(p, "en") &&
        /^[a-z]+$/.test(p) &&
        // A word of the request's language (or English, which names everywhere borrow), used by at least two
        // experts: one-off pieces are mostly an expert's private pun.
        (isWord(p, lang) || isWord(p, "en")) &&
        k.pieceDf(lang, p) + k.pieceDf("en", p) >= 3),
    );
  return v;
}

/** The usable pieces entry i's experts built names from, each once, in the order they first appear. */
function usedByEntry(t: PieceTables, k: NamingKnowledge, lang: Lang, i: number): string[] {
  let used = t.used.get(i);
  if (used) return used;
  const seen = new Set<string>();
  for (const name of k.entries[i]!.names)
    for (const p of name.pieces) if (!p.echo && p.word && usableAnywhere(t, k, lang, p.text)) seen.add(p.text);
  t.used.set(i, (used = [...seen]));
  return used;
}

/**
 * Piece weights: global[p] = sum over neighbours using p of sim^2 (normalised), plus BACKGROUND times the
 * piece's use across the language's experts; perConcept[c][p] = the same sum over the neighbours that share
 * concept stem c, so a concept is joined with the words experts put next to that concept. The request's own concept
 * forms are never pieces (a name joins them with something else).
 */
function pieceWeights(
  u: Understanding,
  k: NamingKnowledge,
  near: Neighbour[],
  own: readonly Concept[],
): { global: Map<string, number>; perConcept: Map<string, Map<string, number>> } {
  const lang = u.language === "und" ? "en" : u.language;
  const t = piecesFor(k, lang);
  const ownForms = new Set(own.map((c) => c.form));
  const global = new Map<string, number>();
  const perConcept = new Map<string, Map<string, number>>();
  let mass = 0;
  for (const n of near) {
    const w = n.sim * n.sim;
    for (const p of usedByEntry(t, k, lang, n.index)) if (!ownForms.has(p)) global.set(p, (global.get(p) ?? 0) + w);
    mass += w;
  }
  if (mass > 0) for (const [p, v] of global) global.set(p, ((1 - BACKGROUND) * v) / mass);
  // Per concept, over every training description with that concept (not only the nearest): the share of them
  // whose experts used the piece. Two or more such descriptions make the association.
  for (const c of own) {
    let stem = t.byStem.get(c.stem);
    if (!stem) {
      const with_ = (k.byStem.get(c.stem) ?? []).filter((i) => k.entries[i]!.lang === lang || lang === "en");
      const counts = new Map<string, number>();
      for (const i of with_) for (const p of usedByEntry(t, k, lang, i)) counts.set(p, (counts.get(p) ?? 0) + 1);
      t.byStem.set(c.stem, (stem = { counts, descriptions: with_.length }));
    }
    if (stem.descriptions === 0) continue;
    const m = new Map<string, number>();
    for (const [p, v] of stem.counts) if (v >= 2 && !ownForms.has(p)) m.set(p, v / stem.descriptions);
    if (m.size > 0) perConcept.set(c.form, m);
  }
  const roles = k
    .rolePieces(lang)
    .filter((p) => !ownForms.has(p) && usableAnywhere(t, k, lang, p))
    .slice(0, 40);
  const top = roles.length > 0 ? k.pieceDf(lang, roles[0]!) : 1;
  for (const p of roles) global.set(p, (global.get(p) ?? 0) + (BACKGROUND * k.pieceDf(lang, p)) / top);
  return { global, perConcept };
}

/**
 * Share of the endings' weight that the TLD model (./tld-model.ts) carries when one is shipped; the rest is the
 * neighbours' endings (0.6 of it) and the language's prior (0.4), as before the model.
 */
export const TLD_MODEL_SHARE = 0.75;

/** How the endings are weighed: the TLD model and its share (for analyses that compare shares or models). */
export interface TldWeighting {
  model?: TldModel;
  share: number;
}

/** The request's fitting TLDs under another weighting than the shipped one (not cached; for analyses). */
export function contextTlds(
  u: Understanding,
  weighting: TldWeighting,
  knowledge: NamingKnowledge = loadKnowledge(),
): [string, number][] {
  return tldWeights(u, knowledge, neighbours(u, knowledge), tldSignals(u), weighting);
}

function tldWeights(
  u: Understanding,
  k: NamingKnowledge,
  near: Neighbour[],
  signals: TldSignals,
  weighting: TldWeighting = { model: k.tldModel, share: TLD_MODEL_SHARE },
): [string, number][] {
  const lang = u.language === "und" ? "en" : u.language;
  const w = new Map<string, number>();
  let mass = 0;
  for (const n of near) {
    const e = k.entries[n.index]!;
    for (const name of e.names) w.set(name.tld, (w.get(name.tld) ?? 0) + n.sim / Math.max(1, e.names.length));
    mass += n.sim;
  }
  const share = weighting.model ? weighting.share : 0;
  if (mass > 0) for (const [t, v] of w) w.set(t, ((1 - share) * 0.6 * v) / mass);
  const prior = k.tldPrior(lang);
  let total = 0;
  for (const v of prior.values()) total += v;
  for (const [t, v] of prior) w.set(t, (w.get(t) ?? 0) + ((1 - share) * 0.4 * v) / Math.max(1, total));
  if (weighting.model && share > 0)
    for (const [t, p] of predictTlds(weighting.model, tldFeatures(u, signals))) w.set(t, (w.get(t) ?? 0) + share * p);
  // A country's TLD only for that country: the place named in the text, else the one its markers point at
  // ("£", "boletos"), else the home country of a language spoken mainly in one (de, fr, it). Judges cap a
  // wrong-country TLD hard.
  const country = businessCountry(u);
  const home = country ? countrySuffix(country) : ({ de: "de", fr: "fr", it: "it" } as Record<string, string>)[lang];
  for (const t of [...w.keys()]) if (isCountryTld(t) && t !== home) w.delete(t);
  // A local business (its town, a street, its hours) that says nothing of software: judges give .app, .dev, .io and
  // novelty endings borrowed from other businesses' experts (.studio for a churrería) no fit there; its endings are
  // .com, its country's and its trade's own (.coffee, .bar), and .org for a non-profit. The same holds for a trade
  // served in person that the industry guess is sure of (a wedding photographer, holiday lets, a tiler) where the
  // text names no town: blind judges gave .app on such businesses a fit of 0.4 of 2, against 1.5 for .com.
  const industryGuess = u.industry ? industryById(u.industry.id) : undefined;
  const inPersonTrade =
    !signals.software &&
    !signals.ai &&
    industryGuess !== undefined &&
    IN_PERSON_SECTORS.has(industryGuess.sector) &&
    (u.industry?.confidence ?? 0) >= IN_PERSON_CONFIDENCE;
  if (signals.local || inPersonTrade) {
    const industry = industryGuess;
    const keep = new Set(["com", ...(industry?.tlds ?? [])]);
    if (industry?.sector === "nonprofit" || NONPROFIT_TEXT.test(u.text)) keep.add("org");
    for (const t of [...w.keys()]) if (!isCountryTld(t) && !keep.has(t)) w.delete(t);
    if (w.size === 0) w.set("com", 1);
  }
  if (AI_TEXT.test(u.text)) w.set("ai", (w.get("ai") ?? 0) + 0.5);
  else w.delete("ai");
  if (country && country !== "us") {
    const cc = countrySuffix(country);
    w.set(cc, (w.get(cc) ?? 0) + 0.3);
  }
  // A word the text asks to avoid is avoided in the ending too ("no 'AI' anywhere", "nothing with 'law' or
  // 'legal'": not .ai, .law, .legal), unless the text names that ending itself (".com or .ai").
  const named = new Set(u.constraints.tlds);
  for (const t of [...w.keys()])
    if (!named.has(t) && t.split(".").some((part) => u.constraints.exclude.includes(part))) w.delete(t);
  if (w.size === 0) w.set("com", 1);
  return [...w.entries()]
    .filter(([t]) => isRegistrableSuffix(t))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 4);
}

function curated(u: Understanding, k: NamingKnowledge, own: readonly Concept[]): Map<string, [string, number][]> {
  const lang = u.language === "und" ? "en" : u.language;
  const out = new Map<string, [string, number][]>();
  for (const c of own) {
    const words = [...new Set([...k.associations(lang, c.stem), ...k.associations(lang, stem(c.form, lang))])].filter(
      (w) => w !== c.form && !w.startsWith(c.form) && !c.form.startsWith(w),
    );
    if (words.length > 0)
      out.set(
        c.form,
        words.map((w, i) => [w, Math.max(0.5, 1 - 0.04 * i)]),
      );
  }
  return out;
}

export interface NamingContext {
  concepts: Concept[];
  neighbours: Neighbour[];
  /** Piece -> weight, and per concept form the pieces experts put next to that concept. */
  pieces: { global: Map<string, number>; perConcept: Map<string, Map<string, number>> };
  /**
   * Per concept form, the curated evocative words for it (data/sources/associations) with a weight in (0,1]
   * falling with the writer's order: 1 - 0.04 i, at least 0.5.
   */
  associations: Map<string, [string, number][]>;
  /** The fitting TLDs, most likely first, with their weights. */
  tlds: [string, number][];
  /** The text reads as a local business's (readsLocal): its names take no generic stand-in ending. */
  local: boolean;
  /** The text reads as a local business's or an in-person trade's (readsOffline). */
  offline: boolean;
  knowledge: NamingKnowledge;
}

const cache = new WeakMap<Understanding, WeakMap<NamingKnowledge, NamingContext>>();

export function namingContext(u: Understanding, knowledge: NamingKnowledge = loadKnowledge()): NamingContext {
  const byK = cache.get(u) ?? new WeakMap<NamingKnowledge, NamingContext>();
  const hit = byK.get(knowledge);
  if (hit) return hit;
  const own = concepts(u, knowledge);
  const near = neighbours(u, knowledge);
  // Read once: the endings and the context both use them.
  const signals = tldSignals(u);
  const ctx: NamingContext = {
    concepts: own,
    neighbours: near,
    pieces: pieceWeights(u, knowledge, near, own),
    tlds: tldWeights(u, knowledge, near, signals),
    local: signals.local,
    offline: signals.offline,
    associations: curated(u, knowledge, own),
    knowledge,
  };
  byK.set(knowledge, ctx);
  cache.set(u, byK);
  return ctx;
}
