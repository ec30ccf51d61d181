/**
 * How a description asks names not to start or end, in the six languages:
 *   "nothing starting with Derma", "no names beginning with Neo"            -> exclude "derma-", "neo-"
 *   "avoid names ending in -ly or -ify", "nichts, was auf -ify endet"       -> exclude "-ly", "-ify"
 *   "rien qui commence par Derma", "nada que empiece por Derma", "niente che inizi con Derma"
 *
 * An exclusion with a trailing hyphen holds only at the start of a name, one with a leading hyphen only at its end
 * (src/generate/lexical.ts containsExcluded). Word wishes (word-wishes.ts) read quoted words anywhere; this reads
 * the bare word or ending after a verb of starting or ending, which they leave alone.
 *
 * A verb of starting or ending is common in a business's own text ("we don't start with templates", "projects that
 * end in a launch"), so the wish needs a negation before it in the same clause and, unless that negation is one a
 * wish about names uses ("nothing", "avoid", "no names", "rien", "nichts"), a name noun in between or a word that
 * is hyphenated, quoted or capitalised.
 *
 * Without a negation, a name noun in the clause makes it a wish for a start ("the name should start with 'Crumb'",
 * "o nome deve começar com Pão", "der Name soll mit Alp beginnen") -> require "crumb-": every name starts with one of
 * the words. Only starts are read this way: an ending asked for ("names ending in -ify") is a style no generator
 * builds toward, and a filter alone would leave nothing.
 */

export interface AffixWishes {
  /** Exclusions: "derma-" (no name starts with it) and "-ly" (no name ends with it), lower case, in text order. */
  exclude: string[];
  /** Starts asked for: "crumb-" (every name starts with one of them), lower case, in text order. */
  require: string[];
  /** [start, end) spans of the text that state them (removed before keyword extraction). */
  spans: [number, number][];
}

/** One word or ending as written: a hyphen on either side, in quotes or not ("-ly", "'Derma'", Derma-). */
const WORD = String.raw`["'“‘„«]?-?[\p{L}][\p{L}\p{N}]{0,19}-?["'”’»]?`;
/** What joins listed words: "-ly or -ify", "Derma, Skin oder Haut". */
// Letter-aware edges, not \b: JavaScript's \b is ASCII, so the "o" of "Pão" would stand alone and read as "or".
const GLUE = String.raw`\s*(?:,|(?<![\p{L}\p{N}])(?:or|and|nor|oder|und|ou|et|o|y|e|ni|né|nem)(?![\p{L}\p{N}]))\s*`;
const LIST = String.raw`${WORD}(?:${GLUE}${WORD}){0,3}`;

/** Negations a wish about names opens with, in every language: these need no name noun after them. */
const NAME_NEGATIONS = String.raw`nothing|avoid(?:ing)?|no\s+(?:names?|domains?)|rien|aucun(?:e)?|évite[rz]?|nada|ning[uú]n(?:a|o)?|evit(?:ar|e|en|em)|nichts|keine?n?|vermeiden|nenhum(?:a)?|niente|nulla|nessun(?:a|o)?|evitare`;
/** Other negations, which need a name noun or a marked word to state a wish. */
const PLAIN_NEGATIONS = String.raw`no|not|never|don'?t|doesn'?t|shouldn'?t|mustn'?t|can'?t|cannot|pas|ne|jamais|sans|nunca|sin|nicht|nie|ohne|não|nao|sem|non|mai|senza`;
const NAME_NOUNS =
  /\b(?:names?|domains?|noms?|nombres?|dominios?|namen?|nomes?|nomi|domaine|brand|marke|marque|marca|marchio)\b/iu;

/** The nouns a start asked for must name ("brand" is left out: "our brand starts with listening" is a motto). */
const NAME_ONLY_NOUNS = /\b(?:names?|domains?|noms?|nombres?|dominios?|namen?|nomes?|nomi|domaine)\b/iu;
/** Verbs of wishing that make an unmarked word a wish ("o nome deve começar com pão"). */
const MODALS =
  /\b(?:should|must|has\s+to|have\s+to|needs?\s+to|would|could|doit|devrait|debe|deber[ií]a|tiene\s+que|deve|deveria|tem\s+que|dovrebbe|muss|soll(?:te)?|k[oö]nnte)\b/iu;

interface Pattern {
  /** The verb (and its preposition) before the word, or the preposition before the word and the verb after it. */
  re: RegExp;
  /** Where the exclusion holds. */
  at: "start" | "end";
}

/**
 * Verb then preposition then the list (English, Romance), or preposition, list, verb (German: "mit Derma beginnt",
 * "auf -ify endet"). The negation is matched by the caller in the clause before.
 */
const PATTERNS: Pattern[] = [
  {
    at: "start",
    re: new RegExp(
      String.raw`\b(?:start|starts|starting|started|begin|begins|beginning|open|opens|opening)\s+with\s+(${LIST})`,
      "giu",
    ),
  },
  { at: "end", re: new RegExp(String.raw`\b(?:end|ends|ending)\s+(?:in|with|on)\s+(${LIST})`, "giu") },
  {
    at: "start",
    re: new RegExp(String.raw`\b(?:commen[cç]\w*|d[ée]but\w*)\s+(?:par|avec)\s+(${LIST})`, "giu"),
  },
  { at: "end", re: new RegExp(String.raw`\b(?:fini\w*|termin\w*)\s+(?:par|en)\s+(${LIST})`, "giu") },
  {
    at: "start",
    re: new RegExp(
      String.raw`\b(?:empie[cz]\w*|empez\w*|comien[cz]\w*|comenz\w*|come[cç]\w*|inici\w*|inizi\w*|cominc\w*)\s+(?:por|con|com|per)\s+(${LIST})`,
      "giu",
    ),
  },
  {
    at: "end",
    re: new RegExp(String.raw`\b(?:termin\w*|acab\w*|finisc\w*)\s+(?:en|em|por|con|com|in|per)\s+(${LIST})`, "giu"),
  },
  {
    at: "start",
    re: new RegExp(String.raw`\bmit\s+(${LIST})\s+(?:beginn\w*|anf[aä]ng\w*|start\w*)\b`, "giu"),
  },
  { at: "end", re: new RegExp(String.raw`\b(?:auf|mit)\s+(${LIST})\s+end\w*\b`, "giu") },
];

const NEGATION_BEFORE = new RegExp(String.raw`\b(?:(${NAME_NEGATIONS})|(${PLAIN_NEGATIONS}))\b`, "giu");
/** How far back in its clause the negation may stand ("avoid anything that starts with", "rien qui commence par"). */
const REACH = 40;
/** Words of a list that are no ending or start: glue, articles. */
const NOT_WORDS = new Set("or and nor oder und ou et o y e ni né nem the a an le la el il der die das".split(" "));

type Mark = "hyphen" | "quote" | "capital" | "plain";

function markOf(word: string): Mark {
  if (/^-|-$/u.test(word)) return "hyphen";
  if (/^["'“‘„«]|["'”’»]$/u.test(word)) return "quote";
  return /^\p{Lu}/u.test(word) ? "capital" : "plain";
}

/**
 * The words of a matched list, as long as they are written like the first ("-ly or -ify", "Moda o Stile"): the
 * next clause often goes on after the glue ("-ai or -ly, max 8 letters", "Q or containing 'quantum'"). A single letter
 * counts only as a capital ("starting with Q"); other words need two letters and must be no glue or article.
 */
function listed(list: string): string[] {
  const words = list
    .split(new RegExp(GLUE, "iu"))
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
  const first = words[0] === undefined ? "plain" : markOf(words[0]);
  const out: string[] = [];
  for (const w of words) {
    const bare = w.replace(/^["'“‘„«-]+|[-"'”’»]+$/gu, "");
    if (markOf(w) !== first || NOT_WORDS.has(bare.toLowerCase())) break;
    if (bare.length < 2 && !/^\p{Lu}$/u.test(bare)) break;
    out.push(w);
  }
  return out;
}

export function parseAffixWishes(text: string): AffixWishes {
  const found: { at: number; word: string; span: [number, number]; wanted: boolean }[] = [];
  for (const { re, at } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      // The clause before the verb: back to a sentence stop or a comma-free stretch of REACH characters.
      const before = text.slice(Math.max(0, start - REACH), start);
      const clause = before.split(/[.!?;:\n]/u).pop() ?? "";
      let byName = false;
      let plain = false;
      for (const n of clause.matchAll(NEGATION_BEFORE)) {
        if (n[1]) byName = true;
        else plain = true;
      }
      const words = listed(m[1]!);
      const marked = words.some((w) => markOf(w) !== "plain");
      // A start asked for: no negation, a name noun in the clause, a marked word or a verb of wishing, a word of
      // three letters or more.
      const wanted =
        !byName &&
        !plain &&
        at === "start" &&
        NAME_ONLY_NOUNS.test(clause + m[0]) &&
        (marked || MODALS.test(clause + m[0]));
      if (!byName && !plain && !wanted) continue;
      if (!wanted && !byName && !NAME_NOUNS.test(clause + m[0]) && !marked) continue;
      // The span ends with the last word taken, so that what follows the list ("max 8 letters") is still read.
      const last = words[words.length - 1];
      if (last === undefined) continue;
      const listAt = start + m[0].lastIndexOf(m[1]!);
      const end = listAt + m[1]!.lastIndexOf(last) + last.length;
      // German's verb comes after the list ("mit Derma beginnt"): it goes too when the whole list was taken.
      const whole = end === listAt + m[1]!.length;
      const span: [number, number] = [start, whole ? start + m[0].length : end];
      for (const w of words) {
        const bare = w.replace(/^["'“‘„«-]+|[-"'”’»]+$/gu, "").toLowerCase();
        if (wanted && [...bare].length < 3) continue;
        found.push({ at: start, word: at === "start" ? `${bare}-` : `-${bare}`, span, wanted });
      }
    }
  }
  found.sort((a, b) => a.at - b.at);
  const exclude: string[] = [];
  const require: string[] = [];
  const spans: [number, number][] = [];
  for (const f of found) {
    const into = f.wanted ? require : exclude;
    if (!into.includes(f.word)) into.push(f.word);
    if (!spans.some(([a, b]) => a === f.span[0] && b === f.span[1])) spans.push(f.span);
  }
  return { exclude, require, spans };
}
