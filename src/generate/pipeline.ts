/**
 * The suggestion pipeline (DESIGN §1): guard the request, understand it, gather candidates from every
 * generator, give each label a TLD, validate by the DNS rules, drop what the name guard flags, score with the
 * rubric, dedupe, diversify, and return the top names with a confidence. The same function serves the
 * library, the CLI, the server and evaluation, so what is measured is what users get.
 */
import type { Candidate, ExplainedSuggestion, Style, SuggestResponse, Understanding } from "../core/types.js";
import { InputError } from "../core/errors.js";
import { fnv1a } from "../core/hash.js";
import { understand, normalizeDescription, type UnderstandOptions } from "../understand/index.js";
import { validateDomain } from "../domain/index.js";
import { heldWord, wordsUnfitFor } from "../naming/index.js";
import { registeredPriorIn } from "../availability/index.js";
import {
  checkName,
  checkRequest,
  BLOCKED_MESSAGE,
  type RequestCategory,
  type RequestVerdict,
} from "../safety/index.js";
import {
  calibratedConfidence,
  dedupe,
  diversify,
  firstLearnedJudge,
  learnedScore,
  scoreName,
  type ScoredCandidate,
} from "../score/index.js";
import { lexicalCandidates, applyConstraints } from "./lexical.js";
import { chooseTlds } from "./tlds.js";
import { syllables } from "./morphology.js";
import { loadReranker, rerankConfidence } from "./rerank.js";

/** A source of candidate labels (the lexical generator, the embedded model, a remote model). */
export interface CandidateGenerator {
  readonly name: string;
  /**
   * A supplement's names compete only when the rubric scores them at least as high as the `count`-th best
   * name of the other generators: they may replace a weaker name in the list, never fill it with names the
   * ranking's diversity term prefers only for being different. (Without this gate the embedded model's rows
   * inside "both" lowered the rubric quality of the product's lists; see experiments/namewright-small/RESULTS.md.)
   */
  readonly supplement?: boolean;
  /**
   * "prior": the generator ranks its own names (Candidate.prior) and picks their TLDs (Candidate.tld); the
   * pipeline keeps that order instead of the hand rubric's, which blind judges do not agree with
   * (data/built/GROUND_TRUTH.md). Used only when every generator of the configuration says so.
   */
  readonly ranking?: "rubric" | "prior";
  generate(u: Understanding, count: number): Candidate[] | Promise<Candidate[]>;
}

/** The same generator, its names gated as a supplement (CandidateGenerator.supplement). */
export function asSupplement(g: CandidateGenerator): CandidateGenerator {
  return { name: g.name, supplement: true, generate: (u, count) => g.generate(u, count) };
}

export const lexicalGenerator: CandidateGenerator = {
  name: "lexical",
  generate: (u, count) => lexicalCandidates(u, { limit: count }),
};

export interface SuggestOptions extends UnderstandOptions {
  /** How many suggestions (default 10, at most 100). Up to 10, the list is the first `count` of the default list. */
  count?: number;
  /** Candidate sources; default: the lexical generator. */
  generators?: CandidateGenerator[];
  /** Candidates asked of each generator before ranking (default 200): equal pools make generators comparable.
   *  200 rather than 600: on 500 test items a 150 pool scored 0.4% lower by the rubric at a quarter of the latency. */
  poolSize?: number;
  /** Names that look like trademarks: dropped (default) or kept and marked in the explanation. */
  trademarks?: "drop" | "mark";
  /**
   * The request guard's verdict for the normalised text, when it is computed elsewhere (the CLI runs it on a
   * worker thread: src/safety/off-thread.ts). Default: `checkRequest` on this thread, before anything else.
   */
  guard?: (text: string) => Promise<RequestVerdict>;
}

export type DetailedResult =
  | { status: "success"; understanding: Understanding; suggestions: ExplainedSuggestion[]; considered: number }
  | { status: "blocked"; category: RequestCategory | null; suggestions: [] };

export const MAX_COUNT = 100;

/**
 * The list length the ranking always works at, whatever count is asked below it: the gate, the shortlist and
 * the diversity step depend on the length they fill, so `-n 3` is cut from the list `-n 10` would show
 * (the same names, in the same order) instead of being ranked afresh.
 */
export const DEFAULT_COUNT = 10;

/**
 * Below this relevance sub-score (0-10) a name says nothing about the business ("partner.com" for a coffee
 * shop). The rubric's weighted sum can still rate such a name 7+, because it is short and pronounceable, and
 * diversification favours it for sharing nothing with the others; off-topic names are the failure users notice
 * first, so they are only used when too few relevant names exist.
 */
export const MIN_RELEVANCE = 4;

/** How much of a crafted name's quality the estimate that it is already registered can take away. */
export const REGISTERED_WEIGHT = 0.4;

/**
 * The confidence of a name a prior-ranked generator made: the reranker's calibrated P(a careful judge rates it
 * >= 7) where the name carries the reranker's prediction and the shipped reranker a fitted confidence; else the
 * first learned judge's estimate, which on the product's own names is better calibrated and ranks them better than
 * the second (data/built/judge/learned-judge.json, "Namewright's names only"; the second is the better judge of
 * mixed pools, and evaluation uses it). Held-out figures: data/built/naming/reranker.json ("confidence").
 */
function priorConfidence(c: ScoredCandidate, u: Understanding): number {
  return (
    (c.rerank !== undefined ? rerankConfidence(c.rerank, loadReranker()) : undefined) ??
    learnedScore(c.label, c.tld, u, firstLearnedJudge()).pGood
  );
}

/**
 * Syllables a name says, read from the pieces it was built from when they spell it (else the label): the
 * orthographic syllabifier's count per piece, less a silent final "e" in English and French ("cite", "wise").
 */
export function nameSyllables(label: string, parts: readonly string[], lang: string): number {
  const plain = label.replace(/-/g, "");
  const pieces = parts.length > 0 && parts.join("") === plain ? parts : [plain];
  let n = 0;
  for (const p of pieces) {
    let k = syllables(p).length;
    if ((lang === "en" || lang === "fr") && k > 1 && /[^aeiouy]e$/.test(p) && !/[^aeiouy]le$/.test(p)) k--;
    n += k;
  }
  return n;
}

/**
 * The names that pass `keep`, when at least `atLeast` of them do; otherwise all of them. Every preference below (a
 * syllable wish, no surely-registered names, relevance, style) narrows the list this way, so none can empty it.
 */
function narrowed(items: ScoredCandidate[], keep: (c: ScoredCandidate) => boolean, atLeast: number): ScoredCandidate[] {
  const kept = items.filter(keep);
  return kept.length >= atLeast ? kept : items;
}

/** A syllable limit the request asks for ("two syllables max") narrows the list when enough names keep to it. */
function withinSyllables(items: ScoredCandidate[], u: Understanding, count: number): ScoredCandidate[] {
  const max = u.constraints.maxSyllables;
  if (max === undefined) return items;
  return narrowed(items, (c) => nameSyllables(c.label, c.parts, u.language) <= max, count);
}

/**
 * Above this offline estimate that a name is already registered (src/availability's prior: a plain dictionary word
 * on .com, "desk.com", "wallet.com"), the name is one no founder can buy; judges deduct for it too.
 */
export const SURELY_REGISTERED = 0.95;

/**
 * Names that are surely registered are left out while enough others remain. They reach the list when the user asks
 * for .com and the generators' single words take it (the crafted generator never puts one there by itself).
 */
function buyable(
  items: ScoredCandidate[],
  registered: (c: ScoredCandidate) => number,
  count: number,
): ScoredCandidate[] {
  return narrowed(items, (c) => registered(c) < SURELY_REGISTERED, count * 2);
}

function onTopic(items: ScoredCandidate[], count: number): ScoredCandidate[] {
  return narrowed(items, (c) => c.score.sub.relevance >= MIN_RELEVANCE, count * 2);
}

/**
 * Name families per style (the lexical and crafted generators' methods; the model's names fit both). "playful" keeps
 * coinages (blends, rhymes, clipped words, suffixed words such as "brewly", alliteration); "professional"
 * keeps plain words and compounds of real words. "short" is a length limit, set in understand. Like onTopic,
 * the style only narrows the list when enough names of that style exist.
 */
const STYLE_METHODS: Partial<Record<Style, RegExp>> = {
  playful: /^(?:blend|rhyme|clip|affix:-|alliteration|partner|model|crafted:(?:evocative|neighbour|word|piece\+piece))/,
  professional: /^(?:word|compound|place|affix:[a-z]+-$|model|crafted:(?:concept|place|piece\+concept))/,
};

function inStyle(items: ScoredCandidate[], style: Style, count: number): ScoredCandidate[] {
  const fits = STYLE_METHODS[style];
  if (!fits) return items;
  return narrowed(items, (c) => fits.test(c.method), count * 2);
}

function sameParts(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((p, i) => p === y[i]);
}

/** Drops supplement entries scoring below the `count`-th best of the other entries (see CandidateGenerator). */
function gateSupplements(
  scored: ScoredCandidate[],
  supplements: ReadonlySet<ScoredCandidate>,
  count: number,
): ScoredCandidate[] {
  if (supplements.size === 0) return scored;
  const others = scored
    .filter((s) => !supplements.has(s))
    .map((s) => s.score.overall)
    .sort((a, b) => b - a);
  if (others.length < count) return scored;
  const floor = others[count - 1]!;
  return scored.filter((s) => !supplements.has(s) || s.score.overall >= floor);
}

/** The refusal for a description with nothing to build a name from. */
function nothingUsable(unsupportedLanguage?: string): InputError {
  return new InputError(
    "nothing_usable",
    `the description has no words to build a name from${unsupportedLanguage ? ` (it looks like ${unsupportedLanguage}, which Namewright does not read yet)` : ""}; describe what the business does (English, Spanish, French, German, Portuguese or Italian)`,
  );
}

export async function suggestDetailed(description: unknown, options: SuggestOptions = {}): Promise<DetailedResult> {
  const text = normalizeDescription(description);
  // No letter in any script ("12345", emoji, punctuation): no business is described and there are no words for the
  // guard to read, so it is refused as unusable input before the guard is asked (a learned guard's score for a bare
  // number is noise around its threshold).
  if (!/\p{L}/u.test(text)) throw nothingUsable();
  if (!options.guard) {
    const verdict = checkRequest(text);
    if (verdict.blocked) return { status: "blocked", category: verdict.category, suggestions: [] };
    return suggestAllowed(text, options);
  }
  // The verdict comes from elsewhere (another thread) while the names are made; nothing is returned, and no
  // error is thrown, before it is known: a blocked request is answered as blocked, whatever happened meanwhile.
  const pending = options.guard(text);
  let result: DetailedResult;
  try {
    result = await suggestAllowed(text, options);
  } catch (err) {
    const verdict = await pending;
    if (verdict.blocked) return { status: "blocked", category: verdict.category, suggestions: [] };
    throw err;
  }
  const verdict = await pending;
  return verdict.blocked ? { status: "blocked", category: verdict.category, suggestions: [] } : result;
}

/** Names for a description the request guard allowed. */
async function suggestAllowed(text: string, options: SuggestOptions): Promise<DetailedResult> {
  const u = understand(text, options);
  // Nothing to build a name from (no word of a supported language, no industry, no place: "12345", emoji,
  // text in a script the lexicons do not cover): a clear refusal, not names drawn from nothing.
  if (u.keywords.length === 0 && u.industry === null && u.location === null) throw nothingUsable(u.unsupportedLanguage);
  const asked = Math.max(1, Math.min(MAX_COUNT, Math.floor(options.count ?? DEFAULT_COUNT)));
  const count = Math.max(asked, DEFAULT_COUNT);
  const generators = options.generators ?? [lexicalGenerator];
  const pool = options.poolSize ?? 200;
  const plan = chooseTlds(u);
  const byPrior = generators.every((g) => g.ranking === "prior");
  const unknown = u.constraints.tlds.filter((t) => !plan.tlds.includes(t));
  if (plan.requested && unknown.length > 0)
    throw new InputError(
      "unknown_tld",
      `${unknown.map((t) => `".${t}"`).join(", ")} ${unknown.length > 1 ? "are not TLDs" : "is not a TLD"} that takes registrations; use a TLD or public suffix such as com, io or co.uk`,
    );
  const [primary, ...others] = plan.tlds.length > 0 ? plan.tlds : ["com"];
  // The crafted ranking also prefers names a founder can buy: the offline estimate that a name is already
  // registered (src/availability's prior: dictionary words and common compounds on .com nearly all are) takes up
  // to REGISTERED_WEIGHT of its quality. An estimate, never a fact: `--check` asks the registries.
  const registered = new Map<string, number>();
  const registeredP = (s: ScoredCandidate): number => {
    let p = registered.get(s.domain);
    if (p === undefined) registered.set(s.domain, (p = registeredPriorIn(u, s.domain)));
    return p;
  };
  const quality = (s: ScoredCandidate): number =>
    byPrior ? (s.prior ?? 0) * (1 - REGISTERED_WEIGHT * registeredP(s)) : s.score.overall / 10;

  const candidates: Candidate[] = [];
  const fromSupplement = new Set<Candidate>();
  for (const g of generators) {
    const got = applyConstraints(await g.generate(u, pool), u);
    if (g.supplement) for (const c of got) fromSupplement.add(c);
    candidates.push(...got);
  }

  if (candidates.length === 0 && u.unsupportedLanguage)
    throw new InputError(
      "unsupported_language",
      `the description looks like ${u.unsupportedLanguage}, which Namewright does not read yet; write it, or its key words, in English, Spanish, French, German, Portuguese or Italian`,
    );

  // Score every label once with the primary TLD; only the best labels are tried with the other TLDs, which
  // keeps scoring cost linear in the pool rather than pool x TLDs.
  // One entry per domain. When several generators propose the same label, each with the parts it was built
  // from, the version the rubric scores higher is kept (parts are segmentation hints, so they can differ).
  const at = new Map<string, number>();
  const scored: ScoredCandidate[] = [];
  const supplementEntries = new Set<ScoredCandidate>();
  const tryDomain = (c: Candidate, tld: string): ScoredCandidate | null => {
    const v = validateDomain(`${c.label}.${tld}`);
    if (!v.valid || !v.ascii || !v.unicode) return null;
    const prev = at.get(v.ascii);
    if (prev !== undefined && (c.source === scored[prev]!.source || sameParts(c.parts, scored[prev]!.parts)))
      return null;
    const s: ScoredCandidate = {
      ...c,
      tld,
      domain: v.ascii,
      display: v.unicode,
      score: scoreName(c.label, tld, u, c.parts),
    };
    if (fromSupplement.has(c)) supplementEntries.add(s);
    if (prev !== undefined) {
      if (s.score.overall > scored[prev]!.score.overall) scored[prev] = s;
      return null;
    }
    at.set(v.ascii, scored.length);
    return s;
  };
  // TLDs the user named are shared out among the candidates: with one default TLD for all, ties in
  // the ranking go to the alphabetically first domain and `--tld ai,io` showed only .ai names.
  const spread = plan.requested && others.length > 0 ? [primary, ...others] : [primary];
  // A hash of the label picks its TLD: the generators emit related labels next to each other, so taking
  // turns by position would give one TLD a whole family.
  for (const c of candidates) {
    const s = tryDomain(c, byPrior && !plan.requested && c.tld ? c.tld : spread[fnv1a(c.label) % spread.length]!);
    if (s) scored.push(s);
  }
  scored.sort((a, b) => quality(b) - quality(a));
  const shortlist = scored.slice(0, count * 4);
  // (Named TLDs are already spread over the whole pool; trying each on the shortlist too would hand every tie
  // back to one of them. The crafted generator chose each name's TLD itself.)
  for (const tld of spread.length > 1 || (byPrior && !plan.requested) ? [] : others) {
    for (const c of shortlist) {
      const s = tryDomain(c, tld);
      if (s) scored.push(s);
    }
  }

  // The name guard is the most expensive per-name check: it runs lazily, on each name about to be picked.
  const trademarks = options.trademarks ?? "drop";
  // A crisis service never gets a name holding a means of self-harm ("hotlineblade"), nor a business for children one
  // holding a drink, a bet or a smoke ("youthbier"), whichever generator made it.
  const unfit = wordsUnfitFor(u);
  const accept = (c: ScoredCandidate): boolean => {
    if (heldWord(c.label, unfit) !== undefined) return false;
    const nv = checkName(c.label, { trademarks, requested: u.constraints.mustInclude });
    if (!nv.ok) return false;
    if (nv.flags.length > 0)
      c.score = { ...c.score, reasons: [...c.score.reasons, ...nv.flags.map((f) => `${f.kind}: ${f.detail}`)] };
    return true;
  };
  const picked = diversify(
    buyable(
      onTopic(
        inStyle(
          withinSyllables(gateSupplements(dedupe(scored, plan.requested), supplementEntries, count), u, count),
          u.constraints.style,
          count,
        ),
        count,
      ),
      registeredP,
      count,
    ),
    count,
    { accept, quality },
  );
  return {
    status: "success",
    understanding: u,
    considered: scored.length,
    // The list is shown best first by the calibrated probability (the rubric or the generator's prior chose which
    // names make the list; the confidence model was fitted to labels rather than written by hand), ties broken by
    // that ranking. For the crafted generator the confidence is the reranker's calibrated P(>= 7), whose choice and
    // order of the shown names blind judges preferred to the learned judge's (round v38, experiments/names/LOG.md).
    // How well each agrees with blind judges: data/built/naming/reranker.json ("confidence"),
    // data/built/GROUND_TRUTH.md, data/built/judge/learned-judge.json.
    suggestions: picked
      .map((c) => ({ c, p: byPrior ? priorConfidence(c, u) : calibratedConfidence(c.score) }))
      .sort((a, b) => b.p - a.p || (byPrior ? quality(b.c) - quality(a.c) : b.c.score.overall - a.c.score.overall))
      .slice(0, asked)
      .map(({ c, p }) => ({
        domain: c.domain,
        // P(a careful judge rates the name >= 7/10) by the shipped model (data/built/calibration/confidence.json,
        // which records what it was fitted on and its errors): a probability, not a rescaled score.
        confidence: Math.round(p * 100) / 100,
        display: c.display,
        score: c.score,
        source: c.source,
        method: c.method,
      })),
  };
}

/** The homework schema: `{"suggestions":[{"domain","confidence"}],"status":"success"}` or the blocked form. */
export async function suggest(description: unknown, options: SuggestOptions = {}): Promise<SuggestResponse> {
  return toResponse(await suggestDetailed(description, options));
}

export function toResponse(result: DetailedResult): SuggestResponse {
  if (result.status === "blocked") return { suggestions: [], status: "blocked", message: BLOCKED_MESSAGE };
  return {
    suggestions: result.suggestions.map((s) => ({ domain: s.domain, confidence: s.confidence })),
    status: "success",
  };
}
