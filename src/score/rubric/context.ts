/**
 * Everything the rubric derives from one Understanding, computed once and shared by every candidate of
 * the request (a few hundred names): the terms a relevant name may contain, the industry's TLDs, the
 * countries the request points to. Cached per Understanding object (WeakMap), so callers need no setup.
 */
import { businessCountry, type Language, type SupportedLanguage, type Understanding } from "../../core/types.js";
import {
  fold,
  isWord,
  lexiconLanguage,
  termSet,
  transliterateGerman,
  type CompactWordSet,
} from "../../lexicon/index.js";
import { relatedWords, type WordNetPos } from "../../wordnet/index.js";
import { isGlueWordInAnyLanguage } from "./generic.js";
import { industryFacts, type IndustryFacts } from "./industry.js";
import type { Sub } from "./reason.js";
import { wordSet } from "../../core/words.js";

export type TermKind = "keyword" | "industry" | "vocabulary" | "related";

export interface Term {
  /** Folded, lower-case, no spaces or hyphens ("coffee", "coffeeshop"). */
  form: string;
  /** Folded stem when it differs from form and has 3+ letters. */
  stem?: string;
  /** Importance in (0,1]. */
  weight: number;
  kind: TermKind;
  /** Terms of one group count once (the keyword "coffee" and the industry word "coffee"). */
  group: string;
  /** How to show it in a reason. */
  display: string;
  /** First and last three letters of form (and of stem): a quick filter before any matching. */
  head: string;
  tail: string;
  stemHead?: string;
}

export interface RubricContext {
  lang: SupportedLanguage;
  terms: Term[];
  /** Folded words, lemmas and stems of the keywords plus industry words (topical TLD matching). */
  topicalForms: Set<string>;
  industry: IndustryFacts | undefined;
  software: boolean;
  ai: boolean;
  /** A product for programmers (.dev) / a mobile or web app (.app). */
  devTools: boolean;
  mobileApp: boolean;
  /** Countries (ISO 3166-1 alpha-2, lower case) the location or the language points to. */
  locationCountry: string | undefined;
  languageCountries: readonly string[];
  /** Industry label for reasons ("coffee shop"). */
  industryLabel: string | undefined;
  /** Single-word terms for segmentation ("saas" splits "stacksaas" even though no dictionary has it). */
  segmentTerms: CompactWordSet;
  /**
   * Forms (and stems) of the keywords and the industry's own words: a name made only of these describes
   * the business rather than naming it (brandability's generic/descriptive end of the spectrum).
   */
  descriptive: Set<string>;
  /** TLDs the user named (constraints), lower case, no dot. */
  requestedTlds: readonly string[];
  /** Per-label results that do not depend on the TLD (the same label is scored with several TLDs). */
  memo: Map<string, unknown>;
  /** TLD fit per TLD for this request (it depends on the TLD and the request only). */
  tldMemo: Map<string, Sub>;
}

/** Countries where a language is the main language of business (for ccTLD fit when no location is named). */
const LANGUAGE_COUNTRIES: Readonly<Record<SupportedLanguage, readonly string[]>> = {
  en: [],
  es: ["es", "mx", "ar", "co", "cl", "pe", "uy", "ve", "ec"],
  fr: ["fr", "be", "ch", "ca", "lu", "mc"],
  de: ["de", "at", "ch", "li"],
  pt: ["pt", "br"],
  it: ["it", "ch", "sm"],
};

/** Words that mark a software/tech business when the taxonomy has no industry for the request. */
const TECH_WORDS = wordSet(
  "software saas app apps platform api startup developer developers devops cloud code coding ai data analytics automation tech technology digital sdk tool tools dashboard machine learning llm web3 blockchain crypto cybersecurity security hosting server plataforma aplicación logiciel plateforme anwendung plattform aplicativo piattaforma",
);
const DEV_WORDS = wordSet(
  "developer developers devops api apis sdk sdks code coding programmer programmers programming compiler ide cli github git opensource",
);
const APP_WORDS = wordSet("app apps mobile android ios iphone smartphone aplicación appli aplicativo");
const AI_TEXT =
  /\b(?:ai|a\.i\.|artificial intelligence|machine learning|ml|llm|gpt|ia|ki|intelligence artificielle|inteligencia artificial|künstliche intelligenz|intelligenza artificiale|inteligência artificial)\b/i;

function clean(s: string): string {
  return fold(s.toLowerCase()).replace(/[\s\-'’.]+/g, "");
}

const cache = new WeakMap<Understanding, RubricContext>();

export function rubricContext(u: Understanding): RubricContext {
  let ctx = cache.get(u);
  if (!ctx) {
    ctx = buildContext(u);
    cache.set(u, ctx);
  }
  return ctx;
}

function resolveLang(l: Language): SupportedLanguage {
  return lexiconLanguage(l);
}

const WORDNET_POS: Readonly<Record<string, WordNetPos>> = { NOUN: "noun", PROPN: "noun", ADJ: "adj", VERB: "verb" };
/** Keywords whose WordNet relatives count, and how many hyponyms ("kinds of") each may add. */
const WORDNET_KEYWORDS = 3;
const WORDNET_HYPONYMS = 8;

/**
 * English only (WordNet is English): synonyms and similar words of the first sense of the top keywords
 * (weight 0.55 of the keyword's) and a few of its hyponyms (0.4): "java" is about coffee although no
 * letter of "coffee" is in it. First sense and the keyword's part of speech only, because later senses
 * drift ("dog" the verb: chase, tail). Hypernyms are left out: "beverage" says little about a coffee shop.
 * Relatives share their keyword's group, so a relative and its keyword never both count.
 */
function addWordNetRelatives(
  u: Understanding,
  maxW: number,
  add: (raw: string, weight: number, kind: TermKind, stemRaw?: string, groupRaw?: string) => void,
): void {
  const top = [...u.keywords].sort((a, b) => b.weight - a.weight).slice(0, WORDNET_KEYWORDS);
  for (const k of top) {
    const w = Number.isFinite(k.weight) ? Math.min(1, Math.max(0.05, k.weight / maxW)) : 0.5;
    const pos = (k.pos && WORDNET_POS[k.pos]) || "noun";
    let related;
    try {
      related = relatedWords((k.lemma || k.word).toLowerCase(), { senses: 1, pos });
    } catch {
      continue; // WordNet files unreadable: relevance falls back to the other terms
    }
    let hyponyms = 0;
    for (const r of related) {
      if (r.word.length < 3) continue;
      // Same group as the keyword: "hand|mitt" says one thing twice, so the second piece adds nothing.
      const group = k.lemma || k.word;
      if (r.relation === "synonym" || r.relation === "similar") add(r.word, 0.55 * w, "related", undefined, group);
      else if (r.relation === "hyponym" && hyponyms++ < WORDNET_HYPONYMS)
        add(r.word, 0.4 * w, "related", undefined, group);
    }
  }
}

function buildContext(u: Understanding): RubricContext {
  const lang = resolveLang(u.language);
  const terms: Term[] = [];
  const topical = new Set<string>();
  const seen = new Map<string, Term>();
  const add = (raw: string, weight: number, kind: TermKind, stemRaw?: string, groupRaw?: string): void => {
    const form = clean(raw);
    if (form.length < 2) return;
    const group = groupRaw !== undefined ? clean(groupRaw) || form : form;
    const prev = seen.get(form);
    if (prev) {
      if (weight > prev.weight) prev.weight = weight;
      return;
    }
    const t: Term = {
      form,
      weight,
      kind,
      group,
      display: raw.toLowerCase(),
      head: form.slice(0, 3),
      tail: form.slice(-3),
    };
    const stem = stemRaw ? clean(stemRaw) : "";
    if (stem.length >= 3 && stem !== form) {
      t.stem = stem;
      t.stemHead = stem.slice(0, 3);
    }
    seen.set(form, t);
    terms.push(t);
    topical.add(form);
    if (t.stem) topical.add(t.stem);
    // German umlauts are written ae/oe/ue in ASCII names: "bäckerei" also matches "baeckerei".
    if (/[äöüß]/.test(raw.toLowerCase()))
      add(
        transliterateGerman(raw.toLowerCase()),
        weight,
        kind,
        stemRaw && transliterateGerman(stemRaw.toLowerCase()),
        group,
      );
  };

  const maxW = Math.max(1e-9, ...u.keywords.map((k) => (Number.isFinite(k.weight) ? k.weight : 0)));
  for (const k of u.keywords) {
    // Function words carry no meaning a name could take up ("con" from an Italian text read as another language).
    if (isGlueWordInAnyLanguage((k.lemma || k.word || "").toLowerCase())) continue;
    const w = Number.isFinite(k.weight) ? Math.min(1, Math.max(0.05, k.weight / maxW)) : 0.5;
    add(k.lemma || k.word, w, "keyword", k.stem, k.lemma || k.word);
    if (k.word && k.word !== k.lemma) add(k.word, w, "keyword", k.stem, k.lemma || k.word);
  }

  const industry = u.industry ? industryFacts(u.industry.id) : undefined;
  if (industry) {
    for (const l of lang === "en" ? (["en"] as const) : ([lang, "en"] as const)) {
      // Business nouns and signal words: strong evidence; evocative vocabulary: a bit less.
      for (const w of industry.keywords[l] ?? []) add(w, l === lang ? 0.75 : 0.6, "industry");
      for (const w of industry.vocabulary[l] ?? []) add(w, l === lang ? 0.65 : 0.5, "vocabulary");
    }
  }

  // Last, so that a word the taxonomy also lists keeps its stronger kind.
  if (lang === "en") addWordNetRelatives(u, maxW, add);

  const single = new Set<string>();
  const descriptive = new Set<string>();
  for (const t of terms) {
    if (!/\s/.test(t.display)) single.add(t.form);
    if (t.kind === "keyword" || t.kind === "industry") {
      descriptive.add(t.form);
      if (t.stem) descriptive.add(t.stem);
    }
  }

  const keywordForms = u.keywords.flatMap((k) => [k.word, k.lemma, k.stem].map((s) => clean(s ?? "")));
  const software = industry?.software ?? keywordForms.some((f) => TECH_WORDS.has(f));
  const country = businessCountry(u)?.toLowerCase();
  return {
    lang,
    terms,
    topicalForms: topical,
    industry,
    software,
    ai: AI_TEXT.test(u.text) || keywordForms.includes("ai"),
    devTools: keywordForms.some((f) => DEV_WORDS.has(f)) || /\bdeveloper tools?\b|\bopen[- ]source\b/i.test(u.text),
    mobileApp: keywordForms.some((f) => APP_WORDS.has(f)),
    locationCountry: country && /^[a-z]{2}$/.test(country) ? country : undefined,
    languageCountries: LANGUAGE_COUNTRIES[lang],
    industryLabel: industry?.label.toLowerCase() ?? u.industry?.label.toLowerCase(),
    // Only words the dictionaries lack ("saas"): a dictionary word keeps its frequency-based cost, so the
    // request's vocabulary does not distort segmentation ("paws|on|wheels", not "paw|son|wheels").
    segmentTerms: termSet([...single].filter((w) => !isWord(w, lang) && !isWord(w, "en"))),
    descriptive,
    memo: new Map(),
    tldMemo: new Map(),
    requestedTlds: (u.constraints?.tlds ?? []).map((t) => t.toLowerCase().replace(/^\./, "")),
  };
}
