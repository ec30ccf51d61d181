/**
 * Features of one (request, domain) pair for the learned judge: what blind judges are observed to reward
 * and punish (shared/NAMING.md's hypotheses, to be weighed by the judgments themselves). All in [0, 1]
 * or small counts, in JUDGE_FEATURES order:
 *   - the rubric's seven sub-scores and its overall score (divided by 10);
 *   - shape: letters (/30, capped), squared distance from 10 letters (/100, capped), digits, hyphens,
 *     over 14 / under 5 letters;
 *   - TLD class: .com, other generic (.net .org .biz .info .xyz ...), .ai, .io/.dev, .app, the request's
 *     country or language ccTLD, another ccTLD, a topical TLD; and whether an AI/dev TLD meets a software request;
 *   - words: dictionary coverage and word count of the label's best segmentation, whether the whole label is
 *     one dictionary word or a two-word compound (on .com almost surely registered);
 *   - the request's words in the label: share of letters inside its keyword lemmas, whether a 3-5 letter
 *     prefix of a keyword stands in the label without the keyword (a glued fragment), keyword count;
 *   - pronounceability in the request's language and in English; a stock startup word (flow, hub, ...);
 *   - naming knowledge (src/naming): how often naming experts use the label's words at all (log document
 *     frequency, scaled), the share of its pieces that experts used for the request's nearest businesses, whether
 *     it carries one of the request's concepts, how well its TLD ranks among those experts chose for such
 *     businesses (1 / rank), whether it is a nearest business's expert name, and whether it joins two of the
 *     3,000 most frequent English words (a stock phrase, surely registered on .com).
 */
import { businessCountry, type SupportedLanguage, type Understanding } from "../../core/types.js";
import { isWord, pronounceability, segment, wordFrequencyRank } from "../../lexicon/index.js";
import { labelForm, namingContext, type NamingKnowledge } from "../../naming/index.js";
import { SUB_KEYS } from "../confidence.js";
import { scoreName } from "../rubric/index.js";

export const JUDGE_FEATURES = [
  ...SUB_KEYS,
  "overall",
  "letters",
  "lengthDistance",
  "digits",
  "hyphens",
  "long",
  "short",
  "tldCom",
  "tldGenericOther",
  "tldAi",
  "tldDev",
  "tldApp",
  "tldLocal",
  "tldOtherCountry",
  "tldTopical",
  "techTldForSoftware",
  "coverage",
  "words",
  "oneWord",
  "twoWordCompound",
  "keywordShare",
  "fragment",
  "keywordCount",
  "sayableHere",
  "sayableEnglish",
  "stockWord",
  "expertWords",
  "neighbourPieces",
  "conceptEcho",
  "tldFit",
  "neighbourName",
  "commonPair",
  "notExpert",
] as const;

const GENERIC = new Set(["net", "org", "biz", "info", "xyz", "co", "online", "site", "top", "club", "me", "us", "eu"]);
const LANGUAGE_CC: Record<string, string[]> = {
  en: ["co.uk", "uk", "ie", "ca", "com.au", "au", "co.nz", "nz", "us"],
  es: ["es", "com.mx", "mx", "com.ar", "ar", "cl", "co", "pe", "com.co"],
  fr: ["fr", "be", "ch", "ca", "lu"],
  de: ["de", "at", "ch"],
  pt: ["pt", "com.br", "br", "ao", "mz"],
  it: ["it", "ch", "sm"],
};
const STOCK = ["flow", "grid", "pulse", "stack", "sync", "spark", "hub", "nexus", "mint", "forge", "ify", "ly"];
const SOFTWARE_WORDS = /\b(ai|api|saas|software|app|platform|llm|agent|agents|data|cloud|developer|devops|b2b)\b/i;

function tldClass(tld: string, u: Understanding): Record<string, number> {
  const country = businessCountry(u);
  const lang = u.language === "und" ? "en" : u.language;
  const cc = tld.includes(".") || tld.length === 2;
  const local =
    (country !== undefined && (tld === country || tld.endsWith(`.${country}`))) || LANGUAGE_CC[lang]?.includes(tld);
  return {
    tldCom: tld === "com" ? 1 : 0,
    tldGenericOther: GENERIC.has(tld) && !cc ? 1 : 0,
    tldAi: tld === "ai" ? 1 : 0,
    tldDev: tld === "io" || tld === "dev" ? 1 : 0,
    tldApp: tld === "app" ? 1 : 0,
    tldLocal: local ? 1 : 0,
    tldOtherCountry: cc && !local && !["ai", "io", "co", "me", "us", "eu"].includes(tld) ? 1 : 0,
    tldTopical: !cc && tld !== "com" && !GENERIC.has(tld) && !["ai", "io", "dev", "app"].includes(tld) ? 1 : 0,
  };
}

/** The 40 heaviest pieces of a naming context, sorted once per request (the reranker asks for every candidate). */
const topPiecesOf = new WeakMap<object, Set<string>>();

/** The naming-knowledge features (see the header); `words` is the label's best segmentation. */
function namingFeatures(
  plain: string,
  tld: string,
  u: Understanding,
  words: readonly string[],
  knowledge?: NamingKnowledge,
): Record<string, number> {
  const ctx = namingContext(u, knowledge);
  const k = ctx.knowledge;
  const lang = u.language === "und" ? "en" : u.language;
  const pieces = words.filter((w) => w.length >= 3);
  const use = (w: string): number => Math.min(1, Math.log1p(k.pieceDf(lang, w) + k.pieceDf("en", w)) / Math.log(200));
  let top = topPiecesOf.get(ctx);
  if (!top)
    topPiecesOf.set(
      ctx,
      (top = new Set(
        [...ctx.pieces.global.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 40)
          .map(([p]) => p),
      )),
    );
  const rank = ctx.tlds.findIndex(([t]) => t === tld);
  const neighbourName = ctx.neighbours
    .slice(0, 10)
    .some((n) => k.entries[n.index]!.names.some((m) => m.label === plain));
  return {
    expertWords: pieces.length > 0 ? pieces.reduce((a, w) => a + use(w), 0) / pieces.length : 0,
    neighbourPieces: pieces.length > 0 ? pieces.filter((w) => top.has(w)).length / pieces.length : 0,
    conceptEcho: ctx.concepts.some((c) => c.form.length >= 3 && plain.includes(labelForm(c.form))) ? 1 : 0,
    tldFit: rank >= 0 ? 1 / (1 + rank) : 0,
    neighbourName: neighbourName ? 1 : 0,
    commonPair: pieces.length === 2 && pieces.every((w) => (wordFrequencyRank(w, "en") ?? Infinity) < 3000) ? 1 : 0,
  };
}

/** What the features read from the request alone, computed once per request (a request scores hundreds of names). */
interface RequestFacts {
  lang: SupportedLanguage;
  lemmas: string[];
  techRequest: boolean;
  tldClasses: Map<string, Record<string, number>>;
}
const factsOf = new WeakMap<Understanding, RequestFacts>();

function requestFacts(u: Understanding): RequestFacts {
  let f = factsOf.get(u);
  if (f) return f;
  const software = u.industry?.id ? /software|saas|ai|app|dev|data|cyber|fintech/.test(u.industry.id) : false;
  f = {
    lang: u.language === "und" ? "en" : u.language,
    lemmas: [...new Set(u.keywords.map((k) => k.lemma.toLowerCase()).filter((w) => w.length >= 3))],
    techRequest: software || SOFTWARE_WORDS.test(u.text),
    tldClasses: new Map(),
  };
  factsOf.set(u, f);
  return f;
}

/** The feature vector of `domain` ("brewbean.coffee", Unicode form) for the request `u`, in JUDGE_FEATURES order. */
export function judgeFeatures(
  label: string,
  tld: string,
  u: Understanding,
  knowledge?: NamingKnowledge,
  expert = false,
): number[] {
  const s = scoreName(label, tld, u);
  const plain = label.replace(/-/g, "");
  const letters = [...plain].length;
  const { lang, lemmas, techRequest, tldClasses } = requestFacts(u);
  const seg = segment(plain, lang);
  let inside = 0;
  const covered = new Array<boolean>(plain.length).fill(false);
  for (const w of lemmas) {
    for (let i = plain.indexOf(w); i >= 0; i = plain.indexOf(w, i + 1))
      for (let k = i; k < i + w.length; k++) covered[k] = true;
  }
  for (const c of covered) if (c) inside++;
  const fragment = lemmas.some((w) => {
    if (plain.includes(w) || w.length < 6) return false;
    for (let n = 3; n <= 5; n++) if (plain.includes(w.slice(0, n)) && !isWord(w.slice(0, n), lang)) return true;
    return false;
  });
  let t = tldClasses.get(tld);
  if (!t) tldClasses.set(tld, (t = tldClass(tld, u)));
  // Collected by name, the last value of a name winning (the naming knowledge's "tldFit" replaces the rubric's, and
  // fills both of its places in JUDGE_FEATURES), in a Map: a request scores hundreds of names, and an object of ~45
  // spread keys per name cost more than the features themselves.
  const f = new Map<string, number>();
  const set = (k: string, v: number): void => {
    f.set(k, v);
  };
  for (const k of SUB_KEYS) set(k, s.sub[k] / 10);
  set("overall", s.overall / 10);
  set("letters", Math.min(letters, 30) / 30);
  set("lengthDistance", Math.min(1, (letters - 10) ** 2 / 100));
  set("digits", /\d/.test(label) ? 1 : 0);
  set("hyphens", label.includes("-") ? 1 : 0);
  set("long", letters > 14 ? 1 : 0);
  set("short", letters < 5 ? 1 : 0);
  for (const k in t) set(k, t[k]!);
  set("techTldForSoftware", techRequest && (t.tldAi || t.tldDev || t.tldApp) ? 1 : 0);
  set("coverage", seg.coverage);
  set("words", Math.min(4, seg.wordCount) / 4);
  set("oneWord", isWord(plain, lang) || isWord(plain, "en") ? 1 : 0);
  set("twoWordCompound", seg.wordCount === 2 && seg.coverage === 1 ? 1 : 0);
  set("keywordShare", plain.length > 0 ? inside / plain.length : 0);
  set("fragment", fragment ? 1 : 0);
  set("keywordCount", Math.min(5, lemmas.length) / 5);
  set("sayableHere", pronounceability(plain, lang));
  set("sayableEnglish", pronounceability(plain, "en"));
  set("stockWord", STOCK.some((w) => plain.includes(w)) ? 1 : 0);
  const naming = namingFeatures(plain, tld, u, seg.words, knowledge);
  for (const k in naming) set(k, naming[k]!);
  set("notExpert", expert ? 0 : 1);
  return JUDGE_FEATURES.map((k) => f.get(k) ?? 0);
}
