/**
 * User constraints, from explicit options and from the description's own words, in every supported language:
 * "no numbers", "sin guiones", "max 8 letters", ".io only", "must include 'bloom'", "short and playful".
 * Options win over the text. The phrases found are returned too, so keyword extraction can ignore them
 * ("numbers" in "no numbers" is not a keyword of the business).
 */
import type { Constraints, Style } from "../core/types.js";
import { isRegistrableSuffix } from "../domain/index.js";
import { parseWordWishes } from "./word-wishes.js";
import { parseAffixWishes } from "./affix-wishes.js";

export interface ConstraintOptions {
  maxLength?: number;
  minLength?: number;
  tlds?: string[];
  allowDigits?: boolean;
  allowHyphens?: boolean;
  mustInclude?: string[];
  /** Words no name may contain (added to those the text asks to avoid). */
  exclude?: string[];
  style?: Style;
  allowIdn?: boolean;
}

export interface ParsedConstraints {
  constraints: Constraints;
  /** The text with constraint phrases removed. */
  rest: string;
}

const NUMBER_WORDS: Record<string, number> = {
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  doce: 12,
  quince: 15,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  douze: 12,
  quinze: 15,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  zwölf: 12,
  quatro: 4,
  sete: 7,
  oito: 8,
  nove: 9,
  dez: 10,
  doze: 12,
  quattro: 4,
  sei: 6,
  sette: 7,
  otto: 8,
  dieci: 10,
  dodici: 12,
};
const NUM = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})`;
// Units are matched loosely (letters, lettres, letras, lettere, characters, caractères, caratteri, Zeichen,
// Buchstaben), tolerant of the doubled letters typos produce ("chaaracters", "leters").
const UNIT = "(?:l+e+t+[\\p{L}]*|c+h*a+r+[\\p{L}]*|zeich[\\p{L}]*|buchst[\\p{L}]*)";
const NEG =
  "(?:no|not|without|avoid(?:ing)?|sin|sans|ohne|keine?|kein|sem|senza|niente|nada|pas|rien|aucun|nessun[oa]?|nenhum|zero|never)";
// Up to two short words between the negation and the object: "nada de números", "pas de chiffres", "sin ningún guion".
const GAP = "(?:\\s+[\\p{L}']{1,8}){0,2}?";
const DIGIT_WORDS =
  "(?:nu(?:m|mb|bm)(?:b?e?rs?|erals?|eri|eros?)\\b|n[úu]meros?\\b|d[íi]gi?t(?:s|os?)?\\b|chiffr[\\p{L}]*|zahl(?:en)?\\b|z[a-z]hlen\\b|ziffer[\\p{L}]*|cifr[aei]s?\\b|algarism[\\p{L}]*)";
const HYPHEN_WORDS =
  "(?:hyphen[\\p{L}]*|dash[\\p{L}]*|gui[oó]n[\\p{L}]*|tiret[\\p{L}]*|traits? d'union|bindest?[\\p{L}]*|h[íi]fen[\\p{L}]*|trattin[\\p{L}]*|tra[çc]o[\\p{L}]*)";
const NO_DIGITS = new RegExp(`\\b${NEG}${GAP}\\s+${DIGIT_WORDS}`, "giu");
const NO_HYPHENS = new RegExp(`\\b${NEG}${GAP}\\s+${HYPHEN_WORDS}`, "giu");
// "max 8", "at most 8", "nothing longer than 8": 8 letters are fine. "under 9", "less than 9", "moins de 9": 8 is the
// longest (the limit itself is excluded, as the writers of the ground truth read it). German "bis 8 Buchstaben" is a
// limit, but "6 bis 10 Buchstaben" a range (LEN_RANGE): "bis" right after a number is not read as one.
const MAX_BEFORE =
  "(?:max(?:imum|imo|imal|\\.)?|m[áa]x(?:imo)?|at most|up to|no (?:more|longer) than|not (?:more|longer) than|nothing (?:longer than|over)|not over|hasta|como m[áa]ximo|no m[áa]s de|au maximum|pas plus de|(?:ne )?pas d[ée]passer|maximal|h[öo]chstens|(?<!\\d\\s{0,3})bis(?: zu)?|nicht (?:l(?:ä|ae|a)nger|mehr) als|no m[áa]ximo|at[ée]|n[ãa]o mais (?:que|de)|al massimo|massimo|fino a|non pi[ùu] di|(?:not |never )?exceed(?:ing)?|non (?:deve |pu[òo] )?superare|senza superare|no (?:debe |puede )?(?:superar|exceder)(?: de)?|sin (?:superar|pasar de)|n[ãa]o (?:deve |pode )?(?:ultrapassar|exceder|passar de)|sem (?:ultrapassar|passar de))";
const MAX_BEFORE_STRICT =
  "(?:under|below|less than|fewer than|shorter than|menos de|moins de|unter|weniger als|k(?:ü|ue|u)rzer als|meno di|sotto (?:le |i )?)";
const MAX_AFTER =
  "(?:max(?:imum)?|at most|or (?:less|fewer)|m[áa]x(?:imo)?|como (?:mucho|m[áa]ximo)|au (?:plus|maximum)|maximal|h[öo]chstens|al massimo|massimo|o menos|ou moins|oder weniger|ou menos|o meno|no m[áa]ximo|no max)";
// An article may stand between the limit and the number ("non superare le 12 lettere", "ne pas dépasser les 12").
const ARTICLE = "(?:\\s+(?:the|le|les|la|las|los|lo|os|as|i|gli|die))?";
const MAX_LEN = new RegExp(
  `\\b(?:${MAX_BEFORE}${ARTICLE}\\s+${NUM}\\s+${UNIT}|${NUM}\\s+${UNIT}\\s+${MAX_AFTER})`,
  "giu",
);
const MAX_LEN_STRICT = new RegExp(`\\b${MAX_BEFORE_STRICT}\\s*${NUM}\\s+${UNIT}`, "giu");
// "between 6 and 10 letters", "5-7 letters", "5 to 8 letters", "de 5 a 8 letras", "zwischen 6 und 10 Buchstaben".
const LEN_RANGE = new RegExp(`\\b${NUM}\\s*(?:-|–|to|a|à|bis|e|y|and|et|und)\\s*${NUM}\\s+${UNIT}`, "giu");
// "two syllables max", "one or two syllables", "a two-syllable name", "höchstens zwei Silben", "deux syllabes",
// "dos sílabas", "due sillabe": the number right before the unit is the limit (in "one or two" the second); "at least
// three syllables" and "three syllables or more" are no limit.
const SYLLABLE_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  ein: 1,
  eine: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  um: 1,
  uma: 1,
  dois: 2,
  duas: 2,
  três: 3,
  due: 2,
  tre: 3,
};
const SYL_NUM = `(\\d|${Object.keys(SYLLABLE_NUMBERS).join("|")})`;
const SYL_UNIT = "(?:syllab(?:les?|es?)|s[íi]labas?|silben?|sillab[ae])\\b";
const SYLLABLES = new RegExp(
  `(?<!(?:at least|au moins|mindestens|al menos|pelo menos|almeno|minimum|min\\.?)\\s+)\\b(?:${SYL_NUM}\\s+(?:or|o|ou|oder|y|e|to|à|a|bis)\\s+)?${SYL_NUM}[\\s-]+${SYL_UNIT}(?!\\s+(?:or more|ou plus|o m[áa]s|oder mehr|ou mais|o pi[ùu]|minimum))`,
  "giu",
);
const TLD_MENTION = /(?:^|[\s(,;:])\.([a-z]{2,24}(?:\.[a-z]{2,3})?)\b/giu;
/** Where a clause starts, for the endings a text turns down (a stop needs a space after it: ".com" is no stop). */
const CLAUSE_BREAK = /[,;:!?\n()]|\.\s|\s(?:and|but|or|y|o|pero|et|ou|mais|und|oder|aber|e|ma|mas)\s/giu;
/** Words that turn an ending down when they stand just before it ("sin .com", "pas de .com", "without a .com"). */
const REFUSAL =
  /(?:^|[^\p{L}])(?:never|without|avoid|sin|sans|pas|ohne|kein|keine|nicht|sem|não|nao|senza|non|evitar|éviter|eviter|vermeiden|evitare)(?![\p{L}])/iu;
/** English "not" reaches further back ("we're not paying a squatter for the .com") than the other refusals. */
const NOT = /(?:^|[^\p{L}])not(?![\p{L}])/iu;
/** "any TLD but .io", "anything but .com": an exception turns the ending down. */
const ANYTHING_BUT_TLD = /\b(?:any|anything|everything|all)\b[^,;.]{0,20}\bbut\s*$/iu;
/** How many words before an ending a refusal may stand, and English "not". */
const REFUSAL_REACH = 3;
const NOT_REACH = 7;

/**
 * Whether the ending mentioned at `at` is turned down: a refusal among the words of its own clause before it
 * ("not .com please", "sin .com", "we're not paying a squatter for the .com") or "anything but" right before it.
 */
function refusedTld(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (ANYTHING_BUT_TLD.test(before)) return true;
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) start = (m.index ?? 0) + m[0].length;
  const words = before.slice(start).trim().split(/\s+/);
  return REFUSAL.test(words.slice(-REFUSAL_REACH).join(" ")) || NOT.test(words.slice(-NOT_REACH).join(" "));
}
const DOT_COM = /\bdot[ -]?com\b/giu;

const STYLE_WORDS: [RegExp, Style][] = [
  [/\b(?:short|brief|compact|concise|corto|corta|breve|court|courte|kurz|kurzer|kurze|curto|curta|breve)\b/iu, "short"],
  [
    /\b(?:playful|fun|funny|quirky|witty|whimsical|cute|divertid[oa]|juguet[oó]n|ludique|amusant|dr[ôo]le|verspielt|lustig|witzig|divertente|giocos[oa]|brincalh[ãa]o)\b/iu,
    "playful",
  ],
  [
    /\b(?:professional|corporate|serious|formal|elegant|trustworthy|profesional|serio|professionnel(?:le)?|s[ée]rieux|professionell|seri[öo]s|profissional|professionale)\b/iu,
    "professional",
  ],
];

function toNumber(s: string): number {
  const n = Number.parseInt(s, 10);
  return Number.isFinite(n) ? n : (NUMBER_WORDS[s.toLowerCase()] ?? NaN);
}

/** The text's required words, with the one start it asked for ("crumb-") when it asked for exactly one. */
function withStart(include: string[], starts: string[]): string[] {
  if (starts.length !== 1) return include;
  const word = starts[0]!.slice(0, -1);
  return include.includes(word) ? include : [...include, word];
}

export function parseConstraints(text: string, options: ConstraintOptions = {}): ParsedConstraints {
  // Word wishes first, on the text as written: their spans are blanked with spaces of the same length, so the
  // offsets stay valid and the wished words never become keywords of the business.
  const wishes = parseWordWishes(text);
  const affixes = parseAffixWishes(text);
  let rest = text;
  for (const [a, b] of [...wishes.spans, ...affixes.spans]) rest = rest.slice(0, a) + " ".repeat(b - a) + rest.slice(b);
  const strip = (re: RegExp) => {
    rest = rest.replace(re, " ");
  };

  let allowDigits = true;
  let allowHyphens = true;
  if (NO_DIGITS.test(text)) {
    allowDigits = false;
    strip(NO_DIGITS);
  }
  NO_DIGITS.lastIndex = 0;
  if (NO_HYPHENS.test(text)) {
    allowHyphens = false;
    strip(NO_HYPHENS);
  }
  NO_HYPHENS.lastIndex = 0;

  let maxLength: number | undefined;
  let minLength: number | undefined;
  const limit = (n: number): void => {
    if (n >= 1 && n <= 63) maxLength = maxLength === undefined ? n : Math.min(maxLength, n);
  };
  for (const m of text.matchAll(MAX_LEN)) limit(toNumber(m[1] ?? m[2] ?? ""));
  for (const m of text.matchAll(MAX_LEN_STRICT)) limit(toNumber(m[1] ?? "") - 1);
  for (const m of text.matchAll(LEN_RANGE)) {
    const lo = toNumber(m[1] ?? "");
    const hi = toNumber(m[2] ?? "");
    if (!(lo >= 1 && hi >= lo)) continue;
    limit(hi);
    minLength = Math.max(minLength ?? 1, lo);
  }
  strip(MAX_LEN);
  strip(MAX_LEN_STRICT);
  strip(LEN_RANGE);

  let maxSyllables: number | undefined;
  for (const m of text.matchAll(SYLLABLES)) {
    const raw = m[2]!.toLowerCase();
    const n = /^\d$/.test(raw) ? Number(raw) : SYLLABLE_NUMBERS[raw];
    if (n !== undefined && n >= 1 && n <= 4) maxSyllables = Math.min(maxSyllables ?? n, n);
  }
  strip(SYLLABLES);

  const tlds: string[] = [];
  for (const m of text.matchAll(TLD_MENTION)) {
    const t = m[1].toLowerCase();
    if (refusedTld(text, (m.index ?? 0) + m[0].indexOf("."))) continue;
    if (isRegistrableSuffix(t) && !tlds.includes(t)) tlds.push(t);
  }
  strip(TLD_MENTION);
  if (DOT_COM.test(text) && !tlds.includes("com")) tlds.push("com");
  strip(DOT_COM);

  let style: Style = "any";
  for (const [re, s] of STYLE_WORDS) {
    if (re.test(text)) {
      style = s;
      break;
    }
  }

  const constraints: Constraints = {
    // "short" from the text or from the option (--style short) sets the default length limit.
    maxLength: options.maxLength ?? maxLength ?? ((options.style ?? style) === "short" ? 8 : undefined),
    minLength: options.minLength ?? minLength,
    allowDigits: options.allowDigits ?? allowDigits,
    allowHyphens: options.allowHyphens ?? allowHyphens,
    tlds: options.tlds && options.tlds.length > 0 ? options.tlds.map((t) => t.replace(/^\./, "").toLowerCase()) : tlds,
    // One start asked for is also a word to build with ("start with 'Crumb'" -> crumb...); of several alternatives
    // ("Pão or Pan") none is required alone, so they only filter.
    mustInclude: options.mustInclude ?? withStart(wishes.include, affixes.require),
    exclude: [...new Set([...(options.exclude ?? []), ...wishes.exclude, ...affixes.exclude])],
    style: options.style ?? style,
    allowIdn: options.allowIdn ?? false,
  };
  if (affixes.require.length > 0) constraints.startsWith = affixes.require.map((w) => w.slice(0, -1));
  if (maxSyllables !== undefined) constraints.maxSyllables = maxSyllables;
  if (constraints.maxLength === undefined) delete constraints.maxLength;
  if (constraints.minLength === undefined) delete constraints.minLength;
  return { constraints, rest: rest.replace(/\s+/g, " ").trim() };
}
