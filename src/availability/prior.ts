/**
 * An offline estimate of P(registered) for a name, from its shape and words alone: no network, no zone.
 *
 * Hand-set, not learned (no labelled registration data ships with the project), from facts about .com:
 * every 1-3 letter label and every 4-letter letters-only label is registered (26^3 = 17,576 and
 * 26^4 = 456,976 names, exhausted years ago); dictionary words and two-word compounds of common words
 * are nearly all registered; coined names get freer with length and the less they read like English.
 * Other TLDs scale this by how crowded they are relative to .com (a rough ordering by registrations,
 * .com ~160M, .de ~17M, .net ~13M, .org ~11M, .uk ~10M; new gTLDs far fewer).
 *
 * It is an estimate for ranking ("prefer names a founder can buy"), never a fact: checkDomains reports it
 * only with status "unknown" and source "prior".
 */
import { isWord, pronounceability, segment, wordFrequencyRank } from "../lexicon/index.js";

/** Crowding relative to .com (1 = as crowded as .com). */
const TLD_CROWDING: Readonly<Record<string, number>> = {
  com: 1,
  net: 0.85,
  org: 0.8,
  de: 0.8,
  uk: 0.75,
  io: 0.7,
  co: 0.7,
  ai: 0.65,
  nl: 0.65,
  ru: 0.6,
  br: 0.6,
  au: 0.6,
  fr: 0.6,
  it: 0.6,
  es: 0.55,
  ca: 0.55,
  info: 0.5,
  us: 0.5,
  me: 0.5,
  app: 0.45,
  dev: 0.4,
  xyz: 0.4,
};
const OTHER_TLD_CROWDING = 0.3;

/** P(registered) of a .com label by its shape and words, before the TLD's crowding. */
export function labelRegisteredPrior(label: string): number {
  const l = label.toLowerCase();
  const letters = l.replace(/[^a-z]/g, "");
  const hasDigits = /\d/.test(l);
  const hyphens = (l.match(/-/g) ?? []).length;
  let p: number;
  if (l.length <= 3) p = 0.99;
  else if (letters.length === l.length && l.length === 4) p = 0.97;
  else if (hasDigits && letters.length === 0) p = l.length <= 5 ? 0.95 : 0.6;
  else p = wordsPrior(letters.length === l.length ? l : l.replace(/[^a-z]/g, ""));
  // Hyphens and digits each make a variant of a taken name, usually left free by its owner.
  if (hyphens > 0) p *= 0.55;
  if (hasDigits && letters.length > 0) p *= 0.6;
  return clamp(p);
}

function wordsPrior(l: string): number {
  if (l.length === 0) return 0.5;
  if (isWord(l, "en")) {
    const rank = wordFrequencyRank(l, "en");
    return rank === undefined ? 0.9 : rank < 10_000 ? 0.98 : rank < 40_000 ? 0.95 : 0.92;
  }
  const seg = segment(l, "en");
  const wordParts = seg.parts.filter((p) => p.kind === "word" || p.kind === "morpheme");
  if (seg.coverage === 1 && wordParts.length === 2) {
    const ranks = wordParts.map((p) => p.rank ?? 50_000);
    const worst = Math.max(...ranks);
    return worst < 3000 ? 0.9 : worst < 10_000 ? 0.8 : worst < 30_000 ? 0.65 : 0.5;
  }
  if (seg.coverage === 1 && wordParts.length === 3)
    return Math.max(...wordParts.map((p) => p.rank ?? 50_000)) < 3000 ? 0.5 : 0.3;
  if (seg.coverage === 1) return 0.15;
  // Coined: short and pronounceable is crowded, long and odd is free.
  const pron = pronounceability(l, "en");
  const n = l.length;
  if (n === 5) return 0.5 + 0.45 * pron;
  if (n === 6) return 0.3 + 0.5 * pron;
  if (n === 7) return 0.2 + 0.4 * pron;
  return (0.08 + 0.3 * pron) * Math.min(1, 8 / n);
}

/**
 * P(registered) in [0,1] of a registrable domain ("brewbean.com", "shop.co.uk"): the label's .com prior
 * scaled by its TLD's crowding. An estimate from word statistics; see the module comment.
 */
export function registeredPrior(domain: string): number {
  return registeredPriorIn(undefined, domain);
}

const labelPriors = new WeakMap<object, Map<string, number>>();

/**
 * registeredPrior, with each label's prior remembered for as long as `request` lives (any object standing for
 * one request, such as its Understanding): the generator ranks by it and the pipeline asks again for the same
 * labels on several TLDs. Undefined remembers nothing.
 */
export function registeredPriorIn(request: object | undefined, domain: string): number {
  const d = domain.toLowerCase().replace(/\.$/, "");
  const dot = d.indexOf(".");
  const label = dot < 0 ? d : d.slice(0, dot);
  const tld = d.slice(d.lastIndexOf(".") + 1);
  const crowding = TLD_CROWDING[tld] ?? OTHER_TLD_CROWDING;
  let memo: Map<string, number> | undefined;
  if (request !== undefined) {
    memo = labelPriors.get(request);
    if (!memo) labelPriors.set(request, (memo = new Map()));
  }
  let p = memo?.get(label);
  if (p === undefined) {
    p = labelRegisteredPrior(label);
    memo?.set(label, p);
  }
  return clamp(p * crowding);
}

function clamp(p: number): number {
  return Math.round(Math.min(0.99, Math.max(0.01, p)) * 1000) / 1000;
}
