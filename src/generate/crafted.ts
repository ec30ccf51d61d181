/**
 * The crafted generator: names built the way the naming experts of the ground truth build them, from the
 * naming context of the request (src/naming: its concepts, the training descriptions nearest to it, the words
 * and TLDs their experts chose). Candidates:
 *   concept + piece and piece + concept (a piece experts used next to this very concept counts double),
 *   concept + concept, piece + piece, place + concept for local businesses, whole names of the closest
 *   neighbours whose echoes are this request's words too, and a single evocative word on a non-.com TLD;
 * each scored by a log-linear prior over the parts' weights, length, pronounceability and a penalty for stock
 * two-common-word compounds, then reordered by the reranker fitted on blind labels (./rerank.ts) when it ships.
 *
 * Candidates carry their own TLD and a prior in (0,1] (`Candidate.prior`), which the pipeline ranks by in
 * place of the hand rubric when the crafted generator runs alone.
 */
import type { Candidate, Understanding } from "../core/types.js";
import { isWord, pronounceability, wordFrequencyRank } from "../lexicon/index.js";
import {
  labelForm,
  labelFormIn,
  loadKnowledge,
  namingContext,
  placeLabel,
  unwantedWord,
  conceptNames,
  boundElsewhere,
  type Concept,
  type NamingKnowledge,
} from "../naming/index.js";
import { requiredForm } from "./lexical.js";
import { loadReranker, rerankContext, rerankFeatures, rerankScore } from "./rerank.js";
import { foldDiacritics, isGlueWord, placeCountry, townCountries } from "../understand/index.js";
import { industryById } from "../taxonomy/index.js";

const MAX_PIECES = 40;

export interface CraftedOptions {
  /** At most this many candidates (default 200). */
  limit?: number;
  knowledge?: NamingKnowledge;
  /**
   * Reorder the candidates by the reranker fitted on blind labels (./rerank.ts) when one is shipped (default
   * true); false gives the prior's own order, which the reranker's fit reads.
   */
  rerank?: boolean;
}

/**
 * Softness of the reranked prior, in judges' points: prior = exp((pred - best) / T). With T = 1 a name predicted
 * a point below the best keeps 0.37 of its weight, about what the log-prior gave a clearly weaker part, so the
 * ranking's diversity term trades quality for variety as it did before.
 */
const RERANK_TEMPERATURE = 1;

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
function commonCompound(parts: readonly string[], com: boolean): number {
  if (parts.length !== 2) return 0;
  const ranks = parts.map((p) => wordFrequencyRank(p, "en") ?? Infinity);
  if (ranks.every((r) => r < 3000)) return -1.5;
  // On .com, two ordinary English words are a cliché someone registered long ago ("coffeebean.com").
  return com && ranks.every((r) => r < 12000) ? -1 : 0;
}

/** Joins two pieces; a doubled letter at the seam ("dockclerk" fine, "deskkey" awkward) costs a little. */
function join(a: string, b: string): { label: string; seam: number } {
  const seam = a[a.length - 1] === b[0] ? -0.5 : 0;
  return { label: a + b, seam };
}

/** Endings never chosen for the crafted names (see craftedCandidates). */
const POOR_FIT_ENDINGS = new Set(["shop", "kitchen", "services"]);

/** The industry guess's confidence from which its trade's own ending is used for an in-person business's names. */
const TRADE_ENDING_CONFIDENCE = 0.6;

export function craftedCandidates(u: Understanding, options: CraftedOptions = {}): Candidate[] {
  const k = options.knowledge ?? loadKnowledge();
  const limit = options.limit ?? 200;
  const lang = u.language === "und" ? "en" : u.language;
  const ctx = namingContext(u, k);
  const own = ctx.concepts;
  // Without a concept of the request, every name would come from other businesses' words.
  if (own.length === 0) return [];
  const near = ctx.neighbours;
  const weights = ctx.pieces;
  // Another business's town or region, brought by its experts' names ("muenster" for a roaster in Lucerne),
  // misleads: judges cap a wrong place hard. The request's own place stays.
  const ownPlace = u.location?.name;
  const foreignPlace = (piece: string): boolean =>
    placeCountry(piece) !== undefined && foldDiacritics(piece.toLowerCase()) !== ownPlace;
  // The segmenter shreds a town it does not know as a word ("gallatin" -> gall + at + in), so the pieces an expert
  // added are also read together: a run of them that is a town of the city gazetteer, not a word of the request's
  // language or English, names that business's town ("gallatincollar" for a tag maker in Perth).
  const namesForeignTown = (parts: readonly { text: string; echo: boolean }[]): boolean => {
    let run = "";
    for (const p of [...parts, { text: "", echo: true }]) {
      if (!p.echo) {
        run += p.text;
        continue;
      }
      if (
        run.length >= 4 &&
        run !== ownPlace &&
        !isWord(run, lang) &&
        !isWord(run, "en") &&
        townCountries(run).length > 0
      )
        return true;
      run = "";
    }
    return false;
  };
  // Articles and prepositions cut out of experts' phrase names ("casadelmar" -> "del") name nothing on their own.
  const pieces = [...weights.global.entries()]
    .filter(([p]) => !foreignPlace(p) && !isGlueWord(p))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_PIECES);
  // Endings blind judges found unfitting nearly everywhere the generator used them (.shop for services and free
  // exchanges, .kitchen for anything near food, .services): a user who asks for one gets it as a constraint.
  const fittingTlds = ctx.tlds.filter(([t]) => !POOR_FIT_ENDINGS.has(t));
  const tlds = fittingTlds.length > 0 ? fittingTlds : ctx.tlds;
  const comFirst = (tlds[0]?.[0] ?? "com") === "com";
  const maxPiece = pieces[0]?.[1] ?? 1;
  // A German request's own words with umlauts, as an expert may have written them without the marks ("graubunden")
  // and as the product spells them ("graubuenden"; dropping the marks makes other words): a borrowed name and
  // the place (the gazetteer keys its towns without marks) take the product's spelling.
  const respell: [string, string][] =
    lang === "de"
      ? [...new Set(u.text.match(/\p{L}*[äöüÄÖÜ]\p{L}*/gu) ?? [])]
          .map((w) => [labelForm(w), labelFormIn(w, "de")] as [string, string])
          .filter(([bare, spelled]) => bare.length >= 4 && bare !== spelled)
      : [];
  const spelledOut = (label: string): string =>
    respell.reduce((l, [bare, spelled]) => (l.includes(spelled) ? l : l.replace(bare, spelled)), label);
  const place = spelledOut(placeLabel(u));

  // compound: a borrowed whole name of two or more words ("pintandparle"), one part here but no single word.
  const out = new Map<string, { parts: string[]; method: string; logp: number; compound: boolean }>();
  // Two parts that share a root ("payroll" + "pay", "expense" + "expenses") say one thing twice.
  const sameRoot = (a: string, b: string): boolean =>
    a.startsWith(b) || b.startsWith(a) || (a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4));
  const add = (parts: string[], method: string, logp: number, compound = false): void => {
    if (parts.length === 2 && sameRoot(parts[0]!, parts[1]!)) return;
    const { label, seam } = parts.length === 2 ? join(parts[0]!, parts[1]!) : { label: parts[0]!, seam: 0 };
    if (label.length < 4 || label.length > 20) return;
    const score =
      logp + seam + lengthPrior(label.length) + 1.5 * pronounceability(label, lang) + commonCompound(parts, comFirst);
    const prev = out.get(label);
    if (!prev || prev.logp < score) out.set(label, { parts, method, logp: score, compound });
  };
  const cw = (c: Concept): number => Math.log(0.05 + c.weight);
  const maxConcept = Math.max(1e-9, ...own.map((c) => c.weight));
  // rel(c, p) in [0,1]: the curated association of p with c, or twice the share of training descriptions with c
  // whose experts used p; nb(p): p's weight among the nearest businesses' experts, relative to the top piece.
  const assoc = new Map(own.map((c) => [c.form, new Map(ctx.associations.get(c.form) ?? [])]));
  const rel = (c: Concept, p: string): number =>
    Math.max(assoc.get(c.form)?.get(p) ?? 0, Math.min(1, 2 * (weights.perConcept.get(c.form)?.get(p) ?? 0)));
  const nb = (p: string): number => (weights.global.get(p) ?? 0) / maxPiece;
  const pw = (v: number): number => Math.log(0.02 + v / maxPiece);
  const pieceFit = (c: Concept, p: string): number => Math.log(0.03 + 0.7 * rel(c, p) + 0.3 * nb(p));
  // Pieces for a concept: its curated words, the words experts used with it, and the nearest businesses' pieces.
  const candidatesFor = (c: Concept): string[] =>
    [
      ...new Set([
        ...(ctx.associations.get(c.form) ?? []).slice(0, 14).map(([w]) => w),
        ...[...(weights.perConcept.get(c.form)?.keys() ?? [])],
        ...pieces.map(([p]) => p),
      ]),
    ].filter((p) => !isGlueWord(p));
  for (const c of own) {
    // A place joined with its own landmark ("munichisar") says the place twice; its landmarks go with the
    // other concepts instead (below).
    if (c.place) continue;
    for (const p of candidatesFor(c)) {
      add([c.form, p], "crafted:concept+piece", cw(c) + pieceFit(c, p));
      add([p, c.form], "crafted:piece+concept", cw(c) + pieceFit(c, p) - 0.15);
    }
  }
  for (let i = 0; i < own.length; i++)
    for (let j = 0; j < own.length; j++)
      if (i !== j) add([own[i]!.form, own[j]!.form], "crafted:concept+concept", cw(own[i]!) + cw(own[j]!) - 0.3);
  // An evocative word of the main concept joined with one of another concept or a role word ("burren" + "wool").
  const lead = own.slice(0, 3);
  for (const c of lead) {
    const words = (ctx.associations.get(c.form) ?? []).slice(0, 8);
    for (const [a, wa] of words) {
      for (const d of own)
        if (d !== c)
          add(
            [a, d.form],
            "crafted:evocative+concept",
            cw(c) + Math.log(wa) + Math.log(0.05 + d.weight / maxConcept) - 0.3,
          );
      for (const [p] of pieces.slice(0, 12))
        add([a, p], "crafted:evocative+piece", cw(c) + Math.log(wa) + Math.log(0.03 + nb(p)) - 0.6);
      // On its own, a curated word of the main concept, on a topical or country TLD ("mundart.app").
      add([a], "crafted:evocative", cw(c) + Math.log(wa) - 0.9);
    }
  }
  // Words the user asked every name to contain ("keep 'Orchard' in it"): names built around them with the
  // request's concepts and pieces, since the constraint drops every name without them.
  const required = u.constraints.mustInclude.map(requiredForm).filter((w) => w.length >= 2);
  for (const m of required) {
    add([m], "crafted:required", -1);
    for (const c of own)
      if (c.form !== m) {
        add([m, c.form], "crafted:required+concept", cw(c) - 0.2);
        add([c.form, m], "crafted:concept+required", cw(c) - 0.3);
      }
    for (const c of lead)
      for (const p of candidatesFor(c))
        if (p !== m) {
          add([m, p], "crafted:required+piece", cw(c) + pieceFit(c, p));
          add([p, m], "crafted:piece+required", cw(c) + pieceFit(c, p) - 0.15);
        }
  }
  // Whole names naming experts wrote around one of the request's three main concepts (naming/concept-names.ts): a
  // single part, so a topical or country ending, or .com for an in-person business, as a borrowed name takes.
  const sector = u.industry ? industryById(u.industry.id)?.sector : undefined;
  for (const c of own.slice(0, 3))
    if (!c.place)
      for (const name of conceptNames(lang, c.form, sector)) add([name], "crafted:concept-name", cw(c) - 0.2, true);
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
      if (name.pieces.some((p) => foreignPlace(p.text)) || namesForeignTown(name.pieces)) continue;
      if (boundElsewhere(e.id, name.label, ownPlace)) continue;
      const echoes = name.pieces.filter((p) => p.echo);
      if (echoes.some((p) => !own.some((c) => c.form === p.text || c.form.startsWith(p.text)))) continue;
      // One part: the expert's label whole, so it takes a topical or country TLD like a single word (an
      // expert's .com for another business is that business's, or taken); but for an in-person business a
      // label of two or more words keeps .com where no other ending fits, rather than the next one that does
      // not: pubs and plumbers got .bio and .app, which blind judges gave no fit (experiments/names/LOG.md, v31).
      add(
        [spelledOut(name.label)],
        echoes.length > 0 ? "crafted:neighbour-echo" : "crafted:neighbour",
        Math.log(n.sim / best) - 0.2,
        name.pieces.length >= 2,
      );
    }
  }
  // A single evocative word works only on a topical or country TLD, never as a .com (all taken).
  for (const [p, v] of pieces.slice(0, 10)) if (isWord(p, lang)) add([p], "crafted:word", pw(v) - 1.2);

  // With required words or a length limit, the constraints keep only the names that meet them: rank those alone,
  // so that the limit does not cut them in favour of names that will be dropped ("max 5 letters" got one name).
  const { maxLength, minLength } = u.constraints;
  const entries = [...out.entries()].filter(
    ([l]) =>
      required.every((m) => l.includes(m)) &&
      (maxLength === undefined || [...l].length <= maxLength) &&
      (minLength === undefined || [...l].length >= minLength),
  );
  // Best first, leaving out names that say a word no business wants (a groin, a corpse, a scam) in the request's
  // language or English, unless the request says it itself (naming/unwanted.ts); a left-out name keeps its place
  // in the count that spreads the endings, so the others keep theirs.
  const ranked: [(typeof entries)[number], number][] = [];
  const sorted = entries.sort((a, b) => b[1].logp - a[1].logp || (a[0] < b[0] ? -1 : 1));
  for (let i = 0; i < sorted.length && ranked.length < limit; i++)
    if (unwantedWord(sorted[i]![0], sorted[i]![1].parts, u) === undefined) ranked.push([sorted[i]!, i]);
  const top = ranked[0]?.[0][1].logp ?? 0;
  // The best-fitting TLD for most names; every third name takes the next TLD that fits nearly as well, so a
  // list shows the two or three endings a founder would weigh. A single word never gets .com (all taken).
  const fitting = tlds.filter(([, w], i) => i === 0 || w >= 0.5 * tlds[0]![1]).map(([t]) => t);
  // Where no non-.com ending fits: a borrowed whole name of two or more words for a business that serves people
  // in person takes its trade's own ending (.vet, .salon) or else .com, rather than whatever ending comes next
  // (.app, .services); a single word takes the next ending, except that a local business with no ending but .com
  // has no home for it (.co, the stand-in elsewhere, is another country's ending to its customers).
  // The trade's ending only for a confident industry guess: a weak one ("free tea" read as a tea house for an adult
  // literacy class, "restaurants" in a leasing agent's text read as video production) would put every borrowed name
  // on another trade's ending (.shop, .cafe, .studio).
  const trade = new Set(u.industry ? (industryById(u.industry.id)?.tlds ?? []) : []);
  const tradeTrusted = (u.industry?.confidence ?? 0) >= TRADE_ENDING_CONFIDENCE;
  const offlineEnding = (tradeTrusted && tlds.find(([t]) => trade.has(t))?.[0]) || "com";
  // An ending that repeats the name's last word says it twice ("tinmanyoga.yoga", "wielcafe.cafe"): blind judges
  // rated such names well below other names on a trade ending (experiments/names/LOG.md, "echoed endings"), so the
  // name takes the next ending that fits instead.
  const tldFor = (i: number, label: string, parts: readonly string[], compound: boolean): string | null => {
    const single = parts.length === 1;
    const fresh = (t: string): boolean => !echoesTld(label, parts, t);
    const choices = (single ? fitting.filter((t) => t !== "com") : fitting).filter(fresh);
    if (choices.length === 0) {
      if (!single) return "com";
      if (compound && ctx.offline) return fresh(offlineEnding) ? offlineEnding : "com";
      return (
        tlds.find(([t]) => t !== "com" && fresh(t) && (tradeTrusted || !trade.has(t)))?.[0] ?? (ctx.local ? null : "co")
      );
    }
    return i % 3 === 2 ? choices[Math.floor(i / 3) % choices.length]! : choices[0]!;
  };
  const made = ranked.flatMap(([[label, v], i]) => {
    const tld = tldFor(i, label, v.parts, v.compound);
    if (tld === null) return [];
    return [
      {
        label,
        tld,
        source: "crafted" as const,
        method: v.method,
        parts: v.parts,
        // Relative to the request's best candidate; the divisor softens the log-prior so that the ranking's
        // diversity term can still trade a little quality for a different name.
        prior: Math.exp(Math.max(-30, v.logp - top) / 3),
      },
    ];
  });
  const reranker = options.rerank === false ? undefined : loadReranker();
  if (!reranker || made.length === 0) return made;
  // The reranker reads each candidate's place in the prior's order, so it scores the list as made, then reorders.
  const rc = rerankContext(u, ctx);
  const preds = made.map((c, i) => rerankScore(rerankFeatures(c, i, rc), reranker));
  const bestPred = Math.max(...preds);
  return made
    .map((c, i) => ({
      c: { ...c, prior: Math.exp(Math.max(-30, preds[i]! - bestPred) / RERANK_TEMPERATURE), rerank: preds[i]! },
      i,
    }))
    .sort((a, b) => b.c.prior - a.c.prior || a.i - b.i)
    .map(({ c }) => c);
}

/**
 * Whether the ending `tld` repeats the name's last word: the last of two or more pieces it was built from is the
 * ending's word ("budgetapp.app", "bikeshop.shop"), or the label (hyphens and accents aside) ends with the ending's
 * word ("pawtraitstudio.studio", "millastax.tax"). Two-letter endings are country codes, and .com, .net and .org are
 * read as endings, not words ("telecom.com", "intranet.net" are no echo).
 */
export function echoesTld(label: string, parts: readonly string[], tld: string): boolean {
  const word = tld.split(".")[0]!;
  if (word.length < 3 || CODE_ENDINGS.has(word)) return false;
  const last = parts[parts.length - 1];
  if (last !== undefined && parts.length > 1 && foldDiacritics(last.toLowerCase()) === word) return true;
  return foldDiacritics(label.replace(/-/g, "")).endsWith(word);
}
const CODE_ENDINGS = new Set(["com", "net", "org"]);

/** The TLDs the crafted generator would choose for a request, most likely first (for --explain). */
export function craftedTlds(u: Understanding, knowledge: NamingKnowledge = loadKnowledge()): string[] {
  return namingContext(u, knowledge).tlds.map(([t]) => t);
}
