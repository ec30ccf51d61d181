/**
 * Lexicon rules over normalised text. Each rule is compiled once into one alternation regex per pattern
 * group, for two views of the text (as normalised, and with letter runs squeezed), so "pooorn" and
 * "porn" match the same rule. Whole-word matching: a match may not touch a letter or digit on either side.
 *
 * Category score = sum of the weights of the rules that fired for it (each rule counts once), plus the
 * sum of the fired context weights, the latter floored at policy.decision.contextFloor so that a rule of
 * weight >= blockThreshold - contextFloor (2 with the shipped policy) blocks whatever the context.
 */
import {
  REQUEST_CATEGORIES,
  loadLexicon,
  loadPolicy,
  type LexiconContext,
  type LexiconRule,
  type RequestCategory,
} from "./policy.js";
import { squeeze, type NormalizedText } from "./normalize.js";
import { SafetyDataError } from "./errors.js";

interface Group {
  plain: RegExp;
  squeezed: RegExp | null;
  /** Literal alternatives (no regex syntax), squeezed and without spaces, for the joined view. */
  literals: string[];
}

interface CompiledRule {
  rule: LexiconRule;
  a: Group;
  b: Group | null;
}

interface CompiledContext {
  context: LexiconContext;
  group: Group;
}

/** Lexicon shorthands: "~" = rest of a word, "%" = up to three intervening words. */
function expand(pattern: string): string {
  return pattern.replace(/~/g, "[a-z0-9]*").replace(/%/g, "(?:[a-z0-9]+ ){0,3}");
}

/** Collapse repeated letters in the literal parts of a pattern (inside [...] classes nothing changes). */
function squeezePattern(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      out += ch + (source[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === "[") inClass = true;
    else if (ch === "]") inClass = false;
    if (!inClass && /[a-z]/.test(ch) && out.endsWith(ch) && source[i - 1] === ch) continue;
    out += ch;
  }
  return out;
}

/**
 * The squeezed view matches squeezed patterns. Squeezing is lossy ("coons" -> "cons" would then match
 * "con"), so an alternative whose squeezed form differs from itself only takes part when it keeps at
 * least 6 letters (long enough not to collide with ordinary words).
 */
function squeezedRegex(expanded: string[], wrap: (alts: string[]) => string): RegExp | null {
  const alts = expanded
    .map(squeezePattern)
    .filter((sq, i) => sq === expanded[i] || (sq.match(/(?<!\\)[a-z]/g) ?? []).length >= 6);
  return alts.length > 0 ? new RegExp(wrap(alts), "y") : null;
}

function compileGroup(id: string, patterns: string[], noSqueeze: boolean, joinable: boolean): Group {
  const expanded = patterns.map(expand);
  // Sticky ("y") regexes tried only at word starts (see `spans`): the left word boundary is implied.
  const wrap = (alts: string[]) => `(?:${alts.join("|")})(?![a-z0-9])`;
  try {
    return {
      plain: new RegExp(wrap(expanded), "y"),
      squeezed: noSqueeze ? null : squeezedRegex(expanded, wrap),
      literals: joinable
        ? patterns
            .filter((p) => /^[a-z ]+$/.test(p) && p.replace(/ /g, "").length >= 6)
            .map((p) => squeeze(p.replace(/ /g, "")))
        : [],
    };
  } catch (err) {
    throw new SafetyDataError(`lexicon rule ${id} has an invalid pattern: ${(err as Error).message}`);
  }
}

let compiled: { rules: CompiledRule[]; contexts: CompiledContext[] } | null = null;

function compile(): { rules: CompiledRule[]; contexts: CompiledContext[] } {
  if (compiled) return compiled;
  const lex = loadLexicon();
  compiled = {
    rules: lex.rules.map((rule) => ({
      rule,
      a: compileGroup(rule.id, rule.patterns, rule.noSqueeze === true, rule.joinable === true),
      b: rule.with ? compileGroup(rule.id, rule.with, rule.noSqueeze === true, false) : null,
    })),
    contexts: lex.contexts.map((context) => ({
      context,
      group: compileGroup(context.id, context.patterns, false, false),
    })),
  };
  return compiled;
}

type Span = [number, number];

/** Offsets where a word starts (the normalised views separate words by single spaces). */
function wordStarts(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] !== " " && (i === 0 || text[i - 1] === " ")) out.push(i);
  return out;
}

/**
 * All matches of a sticky regex that begin at a word start. Trying the alternation only where a word
 * starts (about one position in six) instead of at every character is what keeps the guard fast.
 */
function spans(re: RegExp, text: string, starts: number[], firstOnly = false): Span[] {
  const out: Span[] = [];
  for (const i of starts) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (m !== null) {
      out.push([i, i + m[0].length]);
      if (firstOnly) break;
    }
  }
  return out;
}

interface Views {
  t: NormalizedText;
  plainStarts: number[];
  squeezedStarts: number[];
}

function groupMatches(g: Group, view: "plain" | "squeezed", v: Views, firstOnly = false): Span[] {
  if (view === "plain") return spans(g.plain, v.t.text, v.plainStarts, firstOnly);
  return g.squeezed ? spans(g.squeezed, v.t.squeezed, v.squeezedStarts, firstOnly) : [];
}

function near(a: Span[], b: Span[], within: number | undefined): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (within === undefined) return true;
  for (const [as, ae] of a)
    for (const [bs, be] of b) {
      if (as === bs && ae === be) continue; // one word cannot be both halves of a pair
      const gap = Math.max(0, Math.max(as, bs) - Math.min(ae, be));
      if (gap <= within) return true;
    }
  return false;
}

function ruleFires(c: CompiledRule, v: Views): boolean {
  for (const view of ["plain", "squeezed"] as const) {
    if (view === "squeezed" && v.t.squeezed === v.t.text) continue;
    if (c.b === null) {
      if (groupMatches(c.a, view, v, true).length > 0) return true;
      continue;
    }
    const a = groupMatches(c.a, view, v);
    if (a.length > 0 && near(a, groupMatches(c.b, view, v), c.rule.within)) return true;
  }
  if (c.b === null && c.a.literals.length > 0)
    for (const lit of c.a.literals) if (v.t.joined.includes(lit)) return true;
  return false;
}

export interface RuleResult {
  /** Per-category rule score (positive rules + floored contexts), capped at policy.decision.ruleCap. */
  scores: Record<RequestCategory, number>;
  /** Ids of the rules and contexts that fired. */
  fired: string[];
}

const ZERO = Object.freeze(
  Object.fromEntries(REQUEST_CATEGORIES.map((c) => [c, 0])) as Record<RequestCategory, number>,
);

export function zeroScores(): Record<RequestCategory, number> {
  return { ...ZERO };
}

export function applyRules(t: NormalizedText): RuleResult {
  const { rules, contexts } = compile();
  const { decision } = loadPolicy();
  const positive = zeroScores();
  const negative = zeroScores();
  const fired: string[] = [];
  const views: Views = {
    t,
    plainStarts: wordStarts(t.text),
    squeezedStarts: t.squeezed === t.text ? [] : wordStarts(t.squeezed),
  };
  for (const c of rules) {
    if (ruleFires(c, views)) {
      positive[c.rule.category] += c.rule.weight;
      fired.push(c.rule.id);
    }
  }
  // Contexts only matter where some rule fired or the classifier might; evaluate them all (cheap).
  for (const c of contexts) {
    if (spans(c.group.plain, t.text, views.plainStarts, true).length > 0) {
      for (const cat of c.context.categories) negative[cat] += c.context.weight;
      fired.push(c.context.id);
    }
  }
  const scores = zeroScores();
  for (const cat of REQUEST_CATEGORIES) {
    scores[cat] = Math.min(decision.ruleCap, positive[cat]) + Math.max(decision.contextFloor, negative[cat]);
  }
  return { scores, fired };
}

/** Compile every rule now (the first checkRequest would otherwise pay it); throws on a bad lexicon. */
export function warmRules(): void {
  compile();
}
