/**
 * The lexical candidate generator: the baseline the model has to beat. From the understanding's keywords, the
 * industry's vocabulary (in the description's language) and WordNet relations (English), it builds a pool of
 * root words and combines them by the classic naming moves: compounds, blends at syllable boundaries, affixes,
 * clipping, alliteration, rhyme, and place + word. It over-generates (a few hundred labels); the rubric ranks.
 */
import type { Candidate, SupportedLanguage, Understanding } from "../core/types.js";
import { industryById } from "../taxonomy/index.js";
import { relatedWords, type WordNetPos } from "../wordnet/index.js";
import { foldDiacritics } from "../understand/index.js";
import { AFFIXES } from "./affixes.js";
import { alliterates, blends, clips, join, rhymes } from "./morphology.js";

export interface Root {
  /** ASCII-folded unless IDN labels are allowed. */
  word: string;
  /** Importance in [0,1]. */
  weight: number;
  origin: "keyword" | "vocabulary" | "wordnet" | "place";
}

export interface LexicalOptions {
  /** Upper bound on the labels returned (before validation). */
  limit?: number;
}

const WORDNET_POS: Record<string, WordNetPos> = { NOUN: "noun", PROPN: "noun", ADJ: "adj", VERB: "verb" };

function toLabelPart(word: string, allowIdn: boolean): string | null {
  const w = (allowIdn ? word.toLowerCase() : foldDiacritics(word.toLowerCase())).replace(/ß/g, allowIdn ? "ß" : "ss");
  const cleaned = w.replace(/['’\s-]+/g, "");
  if (allowIdn ? !/^\p{L}+$/u.test(cleaned) : !/^[a-z]+$/.test(cleaned)) return null;
  return cleaned.length >= 2 ? cleaned : null;
}

/** The root words, strongest first, at most `max`. */
export function rootWords(u: Understanding, max = 16): Root[] {
  const lang: SupportedLanguage = u.language === "und" ? "en" : u.language;
  const allowIdn = u.constraints.allowIdn;
  const roots = new Map<string, Root>();
  const add = (word: string, weight: number, origin: Root["origin"]) => {
    const w = toLabelPart(word, allowIdn);
    if (!w || w.length > 14) return;
    const prev = roots.get(w);
    if (!prev || prev.weight < weight) roots.set(w, { word: w, weight, origin });
  };
  for (const m of u.constraints.mustInclude) add(m, 1, "keyword");
  const keywords = u.keywords.slice(0, 6);
  for (const k of keywords) add(k.lemma, k.weight, "keyword");
  const industry = u.industry ? industryById(u.industry.id) : undefined;
  if (industry) {
    const vocab = industry.vocabulary[lang] ?? [];
    vocab.slice(0, 14).forEach((v, i) => add(v, 0.75 - i * 0.02, "vocabulary"));
  }
  if (lang === "en") {
    for (const k of keywords.slice(0, 3)) {
      const pos = k.pos ? WORDNET_POS[k.pos] : undefined;
      let hyponyms = 0;
      for (const r of relatedWords(k.lemma, { senses: 1, ...(pos ? { pos } : {}) })) {
        if (r.word.length > 9) continue;
        if (r.relation === "synonym" || r.relation === "similar") add(r.word, 0.6 * k.weight, "wordnet");
        else if (r.relation === "hyponym" && hyponyms++ < 4) add(r.word, 0.45 * k.weight, "wordnet");
      }
    }
  }
  if (u.location && u.location.name.length <= 9 && !u.location.name.includes(" ")) add(u.location.name, 0.4, "place");
  return [...roots.values()].sort((a, b) => b.weight - a.weight).slice(0, max);
}

export function lexicalCandidates(u: Understanding, options: LexicalOptions = {}): Candidate[] {
  const limit = options.limit ?? 600;
  const lang: SupportedLanguage = u.language === "und" ? "en" : u.language;
  const affix = AFFIXES[lang];
  const roots = rootWords(u);
  const out = new Map<string, Candidate>();
  const add = (label: string, method: string, parts: string[]) => {
    if (label.length < 3 || label.length > 20 || out.has(label)) return;
    out.set(label, { label, tld: "", source: "lexical", method, parts });
  };

  const core = roots.filter((r) => r.origin === "keyword" || r.origin === "vocabulary");
  const strong = roots.slice(0, 10);

  // Single roots only when the user requires that word: a lone dictionary word ("crema.com") is generic and
  // was registered decades ago; the rubric cannot know that, so the generator does not offer it.
  for (const m of u.constraints.mustInclude) {
    const w = toLabelPart(m, u.constraints.allowIdn);
    if (w) add(w, "word", [w]);
  }

  // Compounds: two roots (brew + bean), keyword-first and vocabulary-first.
  for (const a of strong) {
    for (const b of strong) {
      // "bake" + "bakeshop" repeats itself; so does any pair where one root contains the other.
      if (a === b || a.word.length + b.word.length > 15 || a.word.includes(b.word) || b.word.includes(a.word)) continue;
      if (a.origin !== "keyword" && b.origin !== "keyword" && a.origin === b.origin && a.origin !== "vocabulary")
        continue;
      const tag = alliterates(a.word, b.word) ? "alliteration" : rhymes(a.word, b.word) ? "rhyme" : "compound";
      add(join(a.word, b.word), tag, [a.word, b.word]);
    }
  }

  // Blends at syllable boundaries and overlaps: coff(ee)+(f)eed, orga(nic)+bean.
  for (const a of strong.slice(0, 7)) {
    for (const b of strong.slice(0, 7)) {
      if (a === b) continue;
      for (const bl of blends(a.word, b.word).slice(0, 3)) add(bl, "blend", [a.word, b.word]);
    }
  }

  // Affixes: get- / -ly / -hq (en), mi- / -ito (es), chez- / -ette (fr), -haus (de), -inho (pt), -ino (it).
  for (const r of core.slice(0, 6)) {
    for (const p of affix.prefixes) add(join(p, r.word), `affix:${p}-`, [p, r.word]);
    for (const s of affix.suffixes) {
      // Vowel-initial suffixes replace a final vowel: "pan" + "eria" = "paneria", "grano" + "ito" = "granito".
      const stem = /^[aeiou]/.test(s) && /[aeiou]$/.test(r.word) ? r.word.slice(0, -1) : r.word;
      add(join(stem, s), `affix:-${s}`, [r.word, s]);
    }
  }

  // Partner words: keyword + short evocative word of the language ("beannest", "granoluz"); rhyming partners win.
  for (const r of core.slice(0, 5)) {
    for (const p of affix.partners) {
      if (p === r.word) continue;
      add(join(r.word, p), rhymes(r.word, p) ? "rhyme" : "partner", [r.word, p]);
      if (r.word.length <= 6) add(join(p, r.word), "partner", [p, r.word]);
    }
  }

  // Clipping: a clipped root + another root or a coined ending ("orga" + "bean", "verd" + "ia").
  for (const a of core.slice(0, 6)) {
    for (const c of clips(a.word)) {
      for (const e of affix.coinEndings) add(join(c, e), "clip", [a.word]);
      for (const b of strong.slice(0, 6))
        if (b !== a && !b.word.startsWith(c)) add(join(c, b.word), "clip+compound", [a.word, b.word]);
    }
  }

  // Place + word ("brooklynbrew"), only for short place names.
  for (const place of roots.filter((r) => r.origin === "place")) {
    for (const b of core.slice(0, 5)) {
      add(join(place.word, b.word), "place", [place.word, b.word]);
      add(join(b.word, place.word), "place", [b.word, place.word]);
    }
  }

  return selectByPrior(applyConstraints([...out.values()], u), roots, limit);
}

/**
 * Keeps the `limit` most promising labels before the (costlier) scoring: within each method family, labels
 * whose parts are the strongest roots come first (prior = mean root weight of the parts; affixes and partner
 * words count 0.3); the families are then merged round-robin so that every naming move stays represented.
 */
function selectByPrior(candidates: Candidate[], roots: Root[], limit: number): Candidate[] {
  if (candidates.length <= limit) return candidates;
  const weight = new Map(roots.map((r) => [r.word, r.weight]));
  const prior = (c: Candidate) => c.parts.reduce((s, p) => s + (weight.get(p) ?? 0.3), 0) / Math.max(1, c.parts.length);
  const families = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const family = c.method.split(":")[0];
    const list = families.get(family) ?? [];
    list.push(c);
    families.set(family, list);
  }
  const queues = [...families.values()].map((list) => list.map((c) => ({ c, p: prior(c) })).sort((a, b) => b.p - a.p));
  const out: Candidate[] = [];
  for (let i = 0; out.length < limit; i++) {
    let any = false;
    for (const q of queues) {
      if (i < q.length && out.length < limit) {
        out.push(q[i].c);
        any = true;
      }
    }
    if (!any) break;
  }
  return out;
}

/** A required word as a label must contain it: lower case, diacritics folded, letters and digits only. */
export function requiredForm(word: string): string {
  return foldDiacritics(word.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * Whether a label contains a word the user asked to avoid. Words of two letters ("no 'ai' tacked on the end")
 * count only at the start or the end of the label: inside, they are mostly parts of other words ("daily").
 */
export function containsExcluded(label: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const bare = foldDiacritics(label.toLowerCase()).replace(/-/g, "");
  return words.some((w0) => {
    const w = requiredForm(w0);
    if (w.length === 0) return false;
    // "derma-" and "-ly": a start or an ending the text turned down ("nothing starting with Derma", "avoid names
    // ending in -ly"), held only there (understand/affix-wishes.ts).
    if (w0.endsWith("-") && !w0.startsWith("-")) return bare.startsWith(w);
    if (w0.startsWith("-") && !w0.endsWith("-")) return bare.endsWith(w);
    return w.length <= 2 ? bare.startsWith(w) || bare.endsWith(w) : bare.includes(w);
  });
}

/** A label as a start is compared: lower case, diacritics folded, hyphens dropped. */
function bareStart(label: string): string {
  return foldDiacritics(label.toLowerCase()).replace(/-/g, "");
}

/**
 * Drops labels that break the user's constraints, contain a word the user asked to avoid or a brand the
 * description names; with must-include words, keeps only labels containing them, and with starts asked for, only
 * labels starting with one of them.
 */
export function applyConstraints(candidates: Candidate[], u: Understanding): Candidate[] {
  const c = u.constraints;
  const must = c.mustInclude.map(requiredForm);
  const brands = (u.brands ?? []).filter((b) => b.length >= 3);
  return candidates.filter((cand) => {
    const label = cand.label;
    const len = [...label].length;
    if (c.maxLength !== undefined && len > c.maxLength) return false;
    if (c.minLength !== undefined && len < c.minLength) return false;
    if (!c.allowDigits && /\d/.test(label)) return false;
    if (!c.allowHyphens && label.includes("-")) return false;
    if (!c.allowIdn && !/^[a-z0-9-]+$/.test(label)) return false;
    if (must.length > 0 && !must.every((m) => foldDiacritics(label).includes(m))) return false;
    if (containsExcluded(label, c.exclude)) return false;
    if (c.startsWith && !c.startsWith.some((w) => bareStart(label).startsWith(requiredForm(w)))) return false;
    // Someone else's mark inside a name is a legal risk, whoever proposed it.
    if (brands.some((b) => label.includes(b))) return false;
    return true;
  });
}
