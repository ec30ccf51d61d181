/**
 * The crafted generator: names built the way the naming experts of the ground truth build them
 * (data/sources/references), from knowledge mined out of their names (knowledge.ts):
 *
 * 1. Neighbours. The training descriptions that share the request's concepts, by cosine similarity of
 *    idf-weighted concept stems: sim(q, d) = sum_s w_q(s) w_d(s) idf(s)^2 / (|q| |d|), damped for another
 *    language (their experts' words are in that language).
 * 2. Pieces. The words those experts brought into their names (not echoes of their own descriptions):
 *    "ledger", "clerk", "dock" for accounts payable; "pour", "roast" for a coffee bar. A piece's weight is
 *    the similarity mass of the neighbours that used it, plus a small share of its use across all experts
 *    of the language (role words: desk, pilot, wise, scout), so common name words help without drowning the
 *    specific ones.
 * 3. Names. The request's own concept words joined with pieces (either order), pairs of concept words, pairs
 *    of pieces, and place + concept for local businesses; each scored by a log-linear prior over the parts'
 *    weights, length and pronounceability.
 * 4. TLD. Per request, the TLDs the neighbours' experts chose (similarity-weighted), the language's
 *    prior over all experts, .ai when the text says AI, and the country's ccTLD when a place names one.
 *
 * Candidates carry their own TLD and a prior in [0,1] (`Candidate.prior`), which the pipeline ranks by in
 * place of the hand rubric when the crafted generator runs alone.
 */
import type { Candidate, Understanding } from "../../core/types.js";
import { fold, isWord, pronounceability, wordFrequencyRank } from "../../lexicon/index.js";
import { isStopWord } from "../../understand/index.js";
import { isRegistrableSuffix } from "../../domain/index.js";
import { loadKnowledge, type NamingKnowledge } from "./knowledge.js";

export { loadKnowledge, indexKnowledge, knowledgePath, KNOWLEDGE_VERSION } from "./knowledge.js";
export type { KnowledgeEntry, KnowledgeFile, KnowledgePiece, NamingKnowledge } from "./knowledge.js";

export interface CraftedOptions {
  /** At most this many candidates (default 200). */
  limit?: number;
  knowledge?: NamingKnowledge;
}

const NEIGHBOURS = 30;
const OTHER_LANGUAGE = 0.1;
/** Share of a piece's weight that comes from its use across all experts of the language (role words). */
const BACKGROUND = 0.05;
const MAX_PIECES = 40;
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

interface Concept {
  form: string;
  stem: string;
  weight: number;
}

/** Letters only, folded to ASCII: the form a word takes inside a label. */
function labelForm(word: string): string {
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

interface Neighbour {
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

/** Log-prior of a label's length: experts' names are mostly 6-12 letters; longer ones lose fast. */
function lengthPrior(n: number): number {
  if (n < 4) return -2;
  if (n <= 5) return -0.6;
  if (n <= 12) return 0;
  return -0.35 * (n - 12);
}

/**
 * Two very common words joined ("coffeecup", "tablespoon") are almost always a registered .com and read as a
 * stock phrase; such compounds lose a little so that rarer, more distinctive pairs come first.
 */
function commonCompound(parts: readonly string[]): number {
  if (parts.length !== 2) return 0;
  const common = parts.every((p) => (wordFrequencyRank(p, "en") ?? Infinity) < 3000);
  return common ? -0.8 : 0;
}

/** Joins two pieces; a doubled letter at the seam ("dockclerk" fine, "deskkey" awkward) costs a little. */
function join(a: string, b: string): { label: string; seam: number } {
  const seam = a[a.length - 1] === b[0] ? -0.5 : 0;
  return { label: a + b, seam };
}

export function craftedCandidates(u: Understanding, options: CraftedOptions = {}): Candidate[] {
  const k = options.knowledge ?? loadKnowledge();
  const limit = options.limit ?? 200;
  const lang = u.language === "und" ? "en" : u.language;
  const own = concepts(u);
  const near = neighbours(u, k);
  const weights = pieceWeights(u, k, near, own);
  const pieces = [...weights.global.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_PIECES);
  const tlds = tldWeights(u, k, near);
  const maxPiece = pieces[0]?.[1] ?? 1;
  const place = u.location ? labelForm(u.location.name) : "";

  const out = new Map<string, { parts: string[]; method: string; logp: number }>();
  const add = (parts: string[], method: string, logp: number): void => {
    const { label, seam } = parts.length === 2 ? join(parts[0]!, parts[1]!) : { label: parts[0]!, seam: 0 };
    if (label.length < 4 || label.length > 20) return;
    const score = logp + seam + lengthPrior(label.length) + 1.5 * pronounceability(label, lang) + commonCompound(parts);
    const prev = out.get(label);
    if (!prev || prev.logp < score) out.set(label, { parts, method, logp: score });
  };
  const cw = (c: Concept): number => Math.log(0.05 + c.weight);
  const pw = (v: number): number => Math.log(0.02 + v / maxPiece);
  for (const c of own) {
    const near = weights.perConcept.get(c.form);
    for (const [p, v] of pieces) {
      // A piece experts used next to this very concept counts double.
      const fit = v + (near?.get(p) ?? 0);
      add([c.form, p], "crafted:concept+piece", cw(c) + pw(fit));
      add([p, c.form], "crafted:piece+concept", cw(c) + pw(fit) - 0.15);
    }
  }
  for (let i = 0; i < own.length; i++)
    for (let j = 0; j < own.length; j++)
      if (i !== j) add([own[i]!.form, own[j]!.form], "crafted:concept+concept", cw(own[i]!) + cw(own[j]!) - 0.3);
  const topPieces = pieces.slice(0, 14);
  for (const [a, va] of topPieces)
    for (const [b, vb] of topPieces) if (a !== b) add([a, b], "crafted:piece+piece", pw(va) + pw(vb) - 0.8);
  if (place.length >= 3 && place.length <= 10)
    for (const c of own.slice(0, 4)) {
      add([place, c.form], "crafted:place+concept", cw(c) - 0.2);
      add([c.form, place], "crafted:concept+place", cw(c) - 0.3);
    }
  // Whole names from the closest neighbours: an expert's name for a business like this one that does not
  // spell that business's own words (no echo), or whose echoes are words of this request too, fits here as well.
  const best = near[0]?.sim ?? 0;
  for (const n of near) {
    if (n.sim < 0.5 * best) break;
    const e = k.entries[n.index]!;
    for (const name of e.names) {
      if (!/^[a-z]+$/.test(name.label) || name.pieces.some((p) => !p.word)) continue;
      const echoes = name.pieces.filter((p) => p.echo);
      if (echoes.some((p) => !own.some((c) => c.form === p.text || c.form.startsWith(p.text)))) continue;
      add(
        name.pieces.length >= 2 ? [name.label] : [name.label],
        echoes.length > 0 ? "crafted:neighbour-echo" : "crafted:neighbour",
        Math.log(n.sim / best) - 0.2,
      );
    }
  }
  // A single evocative word works only on a topical or country TLD, never as a .com (all taken).
  for (const [p, v] of pieces.slice(0, 10)) if (isWord(p, lang)) add([p], "crafted:word", pw(v) - 1.2);

  const ranked = [...out.entries()].sort((a, b) => b[1].logp - a[1].logp || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
  const top = ranked[0]?.[1].logp ?? 0;
  // The best-fitting TLD for most names; every third name takes the next TLD that fits nearly as well, so a
  // list shows the two or three endings a founder would weigh. A single word never gets .com (all taken).
  const fitting = tlds.filter(([, w], i) => i === 0 || w >= 0.5 * tlds[0]![1]).map(([t]) => t);
  const tldFor = (i: number, single: boolean): string => {
    const choices = single ? fitting.filter((t) => t !== "com") : fitting;
    if (choices.length === 0) return single ? (tlds.find(([t]) => t !== "com")?.[0] ?? "co") : "com";
    return i % 3 === 2 ? choices[Math.floor(i / 3) % choices.length]! : choices[0]!;
  };
  return ranked.map(([label, v], i) => ({
    label,
    tld: tldFor(i, v.parts.length === 1),
    source: "crafted" as const,
    method: v.method,
    parts: v.parts,
    // Relative to the request's best candidate; the divisor softens the log-prior so that the ranking's
    // diversity term can still trade a little quality for a different name.
    prior: Math.exp(Math.max(-30, v.logp - top) / 3),
  }));
}

/** The TLDs the crafted generator would choose for a request, most likely first (for --explain). */
export function craftedTlds(u: Understanding, knowledge: NamingKnowledge = loadKnowledge()): string[] {
  return tldWeights(u, knowledge, neighbours(u, knowledge)).map(([t]) => t);
}
