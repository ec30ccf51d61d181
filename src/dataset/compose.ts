/**
 * Writes one business description: fills the slots for an industry in a language, picks the opener
 * frame of a template family, adds detail sentences up to the complexity level, and states the
 * constraints it chose in the language's own words. Returns the text and what it asks for.
 */
import type { SupportedLanguage } from "../core/types.js";
import type { Rng } from "../core/random.js";
import type { Industry } from "../taxonomy/index.js";
import { joinList, nounPhrase, surface, type Adjective } from "./grammar.js";
import { DETAIL_KINDS, type LanguagePack, type Place, type Slots, type TemplateFamily } from "./pack.js";
import type { Complexity, RecordConstraints } from "./types.js";

export interface Composed {
  text: string;
  complexity: Complexity;
  constraints: RecordConstraints;
  place: Place | null;
}

/** How many detail sentences follow the opener at each complexity level. */
const DETAILS: Record<Exclude<Complexity, "minimal">, [number, number]> = {
  short: [0, 0],
  medium: [1, 2],
  long: [3, 4],
  paragraph: [5, 7],
};

function fillSlots(
  rng: Rng,
  pack: LanguagePack,
  ind: Industry,
  withPlace: boolean,
): { slots: Slots; place: Place | null } {
  const lang = pack.lang;
  const noun = ind.noun[lang];
  const adj: Adjective | null = rng.chance(0.35) ? rng.pick(pack.adjectives) : null;
  const place = withPlace ? rng.pick(pack.places) : null;
  const others = ind.keywords[lang].slice(1);
  const kwPool = others.length >= 3 ? others : [...others, ...ind.keywords[lang]];
  const np = (det: "indef" | "def" | "my" | "our", c: "nom" | "acc" | "dat", a: Adjective | null) =>
    nounPhrase(lang, noun, a, det, c);
  const slots: Slots = {
    a: np("indef", "nom", adj),
    aAcc: np("indef", "acc", adj),
    aDat: np("indef", "dat", adj),
    the: np("def", "nom", null),
    theAcc: np("def", "acc", null),
    theDat: np("def", "dat", null),
    my: np("my", "nom", null),
    myAcc: np("my", "acc", null),
    myDat: np("my", "dat", null),
    our: np("our", "nom", null),
    ourAcc: np("our", "acc", null),
    ourDat: np("our", "dat", null),
    bare: lang === "de" ? nounPhrase(lang, noun, null, "none", "nom") : surface(lang, noun.text),
    g: noun.gender,
    loc: place ? place.loc : "",
    city: place ? place.name : "",
    country: place ? place.countryName : "",
    aud: rng.pick(pack.audiences),
    kw: rng.sample(kwPool, 3).map((k) => surface(lang, k)),
    vibe: rng.sample(pack.vibes, 2),
    value: rng.pick(pack.values),
    when: rng.pick(pack.whens),
    years: rng.int(2, 40),
    year: rng.int(1950, 2023),
    team: rng.int(3, 40),
    branches: rng.int(2, 15),
  };
  return { slots, place };
}

type ConstraintKind =
  "tld" | "noDigits" | "noHyphens" | "maxLength" | "short" | "mustInclude" | "playful" | "professional";
const KINDS: ConstraintKind[] = [
  "tld",
  "noDigits",
  "noHyphens",
  "maxLength",
  "short",
  "mustInclude",
  "playful",
  "professional",
];
const KIND_WEIGHTS = [0.26, 0.15, 0.15, 0.14, 0.1, 0.1, 0.05, 0.05];

/** A word a name can really contain: lower-case ASCII letters, 3-8 long. */
function includableWords(ind: Industry, lang: SupportedLanguage): string[] {
  const ok = (w: string) => /^[a-z]{3,8}$/.test(w);
  const own = ind.vocabulary[lang].filter(ok);
  return own.length > 0 ? own : ind.vocabulary.en.filter(ok);
}

function chooseTlds(rng: Rng, ind: Industry, place: Place | null): string[] {
  const options: string[][] = [["com"]];
  if (ind.software) options.push(["io"], ["ai"], ["dev"], ["io", "ai"]);
  if (ind.tlds.length > 0) options.push([ind.tlds[0]], [ind.tlds[0]], ["com", ind.tlds[0]]);
  if (place) options.push([place.cctld], [place.cctld], ["com", place.cctld]);
  options.push(["com", "net"], ["co"]);
  return rng.pick(options);
}

/** Draws 0-3 constraints and their phrases; at most one style. */
function chooseConstraints(
  rng: Rng,
  pack: LanguagePack,
  ind: Industry,
  place: Place | null,
  pAny: number,
): { constraints: RecordConstraints; phrases: string[] } {
  const constraints: RecordConstraints = {};
  const phrases: string[] = [];
  if (!rng.chance(pAny)) return { constraints, phrases };
  const n = 1 + rng.weighted([0.6, 0.3, 0.1]);
  const chosen = new Set<ConstraintKind>();
  for (let guard = 0; chosen.size < n && guard < 20; guard++) {
    const k = KINDS[rng.weighted(KIND_WEIGHTS)];
    const isStyle = k === "short" || k === "playful" || k === "professional";
    if (isStyle && (chosen.has("short") || chosen.has("playful") || chosen.has("professional"))) continue;
    chosen.add(k);
  }
  const c = pack.constraints;
  for (const k of chosen) {
    switch (k) {
      case "tld": {
        const tlds = chooseTlds(rng, ind, place);
        constraints.tlds = tlds;
        phrases.push(rng.pick(c.tld)(tlds.map((t) => "." + t).join(` ${c.or} `)));
        break;
      }
      case "noDigits":
        constraints.allowDigits = false;
        phrases.push(rng.pick(c.noDigits));
        break;
      case "noHyphens":
        constraints.allowHyphens = false;
        phrases.push(rng.pick(c.noHyphens));
        break;
      case "maxLength": {
        const max = rng.int(6, 14);
        constraints.maxLength = max;
        phrases.push(rng.pick(c.maxLength)(max));
        break;
      }
      case "mustInclude": {
        const w = rng.pick(includableWords(ind, pack.lang));
        constraints.mustInclude = [w];
        phrases.push(rng.pick(c.mustInclude)(w));
        break;
      }
      case "short":
      case "playful":
      case "professional":
        constraints.style = k;
        phrases.push(rng.pick(c[k]));
        break;
    }
  }
  return { constraints, phrases: rng.shuffle(phrases) };
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => w.length > 0).length;
}

function constraintSentence(rng: Rng, pack: LanguagePack, phrases: string[]): string {
  const body = joinList(pack.lang, phrases);
  const form = rng.int(0, 2);
  if (form === 0) return `(${body})`;
  return `${rng.pick(pack.constraints.leads)}${body}.`;
}

function composeList(
  rng: Rng,
  pack: LanguagePack,
  s: Slots,
  phrases: string[],
): { text: string; complexity: Complexity } {
  const L = pack.listLabels;
  const rows: string[][] = [[rng.pick(L.business), s.bare]];
  if (s.city) rows.push([rng.pick(L.location), s.city]);
  if (rng.chance(0.6)) rows.push([rng.pick(L.audience), s.aud]);
  if (rng.chance(0.5)) rows.push([rng.pick(L.offer), s.kw.slice(0, 2).join(", ")]);
  if (rng.chance(0.5)) rows.push([rng.pick(L.vibe), s.vibe.join(", ")]);
  if (phrases.length > 0) rows.push([rng.pick(L.constraints), phrases.join(", ")]);
  const multiline = rng.chance(0.6);
  const bullet = multiline ? rng.pick(["- ", "• ", "* ", ""]) : "";
  const sep = rng.pick([": ", ": ", " - ", " = "]);
  const lines = rows.map(([k, v]) => `${bullet}${k}${sep}${v}`);
  const text = multiline ? lines.join("\n") : lines.join(rng.pick(["; ", " | ", ". "]));
  const complexity: Complexity = rows.length <= 2 ? "short" : rows.length <= 4 ? "medium" : "long";
  return { text, complexity };
}

/** One description of `ind` in the pack's language, opened by `family`, at `complexity` (ignored for minimal/list families). */
export function compose(
  rng: Rng,
  pack: LanguagePack,
  ind: Industry,
  family: TemplateFamily,
  complexity: Complexity,
): Composed {
  const minimal = family.kind === "minimal";
  const { slots, place } = fillSlots(rng, pack, ind, rng.chance(minimal ? 0.5 : 0.6));
  const pAny = minimal ? 0.3 : family.kind === "list" ? 0.5 : 0.4;
  const { constraints, phrases } = chooseConstraints(rng, pack, ind, place, pAny);
  if (family.kind === "list") {
    const { text, complexity: c } = composeList(rng, pack, slots, phrases);
    return { text, complexity: c, constraints, place };
  }
  if (minimal) {
    let text = rng.pick(family.frames)(slots);
    if (wordCount(text) < 3) text = `${text} ${slots.kw.find((k) => !text.includes(k)) ?? slots.aud}`;
    if (phrases.length > 0) text = `${text}, ${phrases.join(", ")}`;
    return { text, complexity: "minimal", constraints, place };
  }
  const level = complexity === "minimal" ? "short" : complexity;
  const [lo, hi] = DETAILS[level];
  const opener = rng.pick(family.frames)(slots);
  // An opener that already names the audience is not followed by a sentence repeating it.
  // A business that does not exist yet has no history.
  const pool = DETAIL_KINDS.filter(
    (k) => !(k === "audience" && opener.includes(slots.aud)) && !(k === "history" && family.fresh),
  );
  const kinds = rng.sample(pool, rng.int(lo, hi));
  const sentences = [opener];
  for (const k of kinds) sentences.push(rng.pick(pack.details[k])(slots));
  if (phrases.length > 0) {
    const cs = constraintSentence(rng, pack, phrases);
    // Parenthesised constraints attach to the sentence before them; a lead starts its own sentence.
    if (cs.startsWith("(")) sentences[sentences.length - 1] = `${sentences[sentences.length - 1]} ${cs}`;
    else sentences.push(cs);
  }
  if (level === "paragraph" || (level === "long" && rng.chance(0.3))) sentences.push(rng.pick(pack.closers));
  // Casual openers have no final punctuation; give them a full stop when another sentence follows.
  const text = sentences
    .map((x, i) => (i < sentences.length - 1 && !/[.!?)]$/.test(x) && !sentences[i + 1].startsWith("(") ? `${x}.` : x))
    .join(" ");
  return { text, complexity: level, constraints, place };
}
