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
 * 4. TLDs: those the neighbours' experts chose (similarity-weighted), the language's prior over all experts,
 *    .ai when the text says AI, and the country's ccTLD when a place names one.
 *
 * Used by the crafted generator to build names and by the learned judge as features of any name, so it is
 * computed once per request (cached on the Understanding object).
 */
import type { Understanding } from "../core/types.js";
import { fold, isWord } from "../lexicon/index.js";
import { isStopWord } from "../understand/index.js";
import { isRegistrableSuffix } from "../domain/index.js";
import { loadKnowledge, type NamingKnowledge } from "./knowledge.js";

const NEIGHBOURS = 30;
const OTHER_LANGUAGE = 0.1;
/** Share of a piece's weight that comes from its use across all experts of the language (role words). */
const BACKGROUND = 0.05;
const MAX_CONCEPTS = 6;
const AI_TEXT = /\bAI\b|\bA\.I\.|\bIA\b|\bKI\b|artificial intelligence|machine learning|\bLLMs?\b/;

const COUNTRY_SUFFIX: Record<string, string> = {
  gb: "co.uk",
  br: "com.br",
  au: "com.au",
  nz: "co.nz",
  za: "co.za",
  ar: "com.ar",
};

export interface Concept {
  form: string;
  stem: string;
  weight: number;
}

/** Letters only, folded to ASCII: the form a word takes inside a label. */
export function labelForm(word: string): string {
  return fold(word.toLowerCase()).replace(/[^a-z0-9]/g, "");
}

function concepts(u: Understanding): Concept[] {
  const out: Concept[] = [];
  const seen = new Set<string>();
  for (const k of u.keywords) {
    if (out.length >= MAX_CONCEPTS) break;
    // The lemma ("invoice" for "invoices") reads better in a name than an inflected form.
    const form = labelForm(k.lemma.length >= 3 ? k.lemma : k.word);
    if (form.length < 2 || form.length > 11 || seen.has(form) || /\d/.test(form)) continue;
    if (isStopWord(form, u.language)) continue;
    seen.add(form);
    out.push({ form, stem: k.stem, weight: k.weight });
  }
  return out;
}

export interface Neighbour {
  index: number;
  sim: number;
}

function neighbours(u: Understanding, k: NamingKnowledge): Neighbour[] {
  const q = new Map<string, number>();
  for (const kw of u.keywords.slice(0, 12)) q.set(kw.stem, Math.max(q.get(kw.stem) ?? 0, kw.weight));
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
    }
  }
  const out: Neighbour[] = [];
  for (const [i, d] of dot) {
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
function pieceWeights(
  u: Understanding,
  k: NamingKnowledge,
  near: Neighbour[],
  own: readonly Concept[],
): { global: Map<string, number>; perConcept: Map<string, Map<string, number>> } {
  const lang = u.language === "und" ? "en" : u.language;
  const ownForms = new Set(own.map((c) => c.form));
  const global = new Map<string, number>();
  const perConcept = new Map<string, Map<string, number>>();
  const usable = (p: string): boolean =>
    p.length >= 3 &&
    p.length <= 9 &&
    !ownForms.has(p) &&
    !isStopWord(p, lang) &&
    !isStopWord(p, "en") &&
    /^[a-z]+$/.test(p) &&
    // A word of the request's language (or English, which names everywhere borrow), used by at least two
    // experts: one-off pieces are mostly an expert's private pun.
    (isWord(p, lang) || isWord(p, "en")) &&
    k.pieceDf(lang, p) + k.pieceDf("en", p) >= 2;
  let mass = 0;
  for (const n of near) {
    const e = k.entries[n.index]!;
    const used = new Set<string>();
    for (const name of e.names) for (const p of name.pieces) if (!p.echo && p.word && usable(p.text)) used.add(p.text);
    const w = n.sim * n.sim;
    for (const p of used) global.set(p, (global.get(p) ?? 0) + w);
    mass += w;
    for (const c of own) {
      if (!e.stems.some(([s]) => s === c.stem)) continue;
      const m = perConcept.get(c.form) ?? new Map<string, number>();
      for (const p of used) m.set(p, (m.get(p) ?? 0) + w);
      perConcept.set(c.form, m);
    }
  }
  if (mass > 0) {
    for (const [p, v] of global) global.set(p, ((1 - BACKGROUND) * v) / mass);
    for (const m of perConcept.values()) for (const [p, v] of m) m.set(p, v / mass);
  }
  const roles = k.rolePieces(lang).filter(usable).slice(0, 40);
  const top = roles.length > 0 ? k.pieceDf(lang, roles[0]!) : 1;
  for (const p of roles) global.set(p, (global.get(p) ?? 0) + (BACKGROUND * k.pieceDf(lang, p)) / top);
  return { global, perConcept };
}

function tldWeights(u: Understanding, k: NamingKnowledge, near: Neighbour[]): [string, number][] {
  const lang = u.language === "und" ? "en" : u.language;
  const w = new Map<string, number>();
  let mass = 0;
  for (const n of near) {
    const e = k.entries[n.index]!;
    for (const name of e.names) w.set(name.tld, (w.get(name.tld) ?? 0) + n.sim / Math.max(1, e.names.length));
    mass += n.sim;
  }
  if (mass > 0) for (const [t, v] of w) w.set(t, (0.6 * v) / mass);
  const prior = k.tldPrior(lang);
  let total = 0;
  for (const v of prior.values()) total += v;
  for (const [t, v] of prior) w.set(t, (w.get(t) ?? 0) + (0.4 * v) / Math.max(1, total));
  if (AI_TEXT.test(u.text)) w.set("ai", (w.get("ai") ?? 0) + 0.5);
  else w.delete("ai");
  const country = u.location?.country;
  if (country && country !== "us") {
    const cc = COUNTRY_SUFFIX[country] ?? country;
    w.set(cc, (w.get(cc) ?? 0) + 0.3);
  }
  return [...w.entries()]
    .filter(([t]) => isRegistrableSuffix(t))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 4);
}

export interface NamingContext {
  concepts: Concept[];
  neighbours: Neighbour[];
  /** Piece -> weight, and per concept form the pieces experts put next to that concept. */
  pieces: { global: Map<string, number>; perConcept: Map<string, Map<string, number>> };
  /** The fitting TLDs, most likely first, with their weights. */
  tlds: [string, number][];
  knowledge: NamingKnowledge;
}

const cache = new WeakMap<Understanding, WeakMap<NamingKnowledge, NamingContext>>();

export function namingContext(u: Understanding, knowledge: NamingKnowledge = loadKnowledge()): NamingContext {
  const byK = cache.get(u) ?? new WeakMap<NamingKnowledge, NamingContext>();
  const hit = byK.get(knowledge);
  if (hit) return hit;
  const own = concepts(u);
  const near = neighbours(u, knowledge);
  const ctx: NamingContext = {
    concepts: own,
    neighbours: near,
    pieces: pieceWeights(u, knowledge, near, own),
    tlds: tldWeights(u, knowledge, near),
    knowledge,
  };
  byK.set(knowledge, ctx);
  cache.set(u, byK);
  return ctx;
}
