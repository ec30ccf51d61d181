/**
 * User constraints, from explicit options and from the description's own words, in every supported language:
 * "no numbers", "sin guiones", "max 8 letters", ".io only", "must include 'bloom'", "short and playful".
 * Options win over the text. The phrases found are returned too, so keyword extraction can ignore them
 * ("numbers" in "no numbers" is not a keyword of the business).
 */
import type { Constraints, Style } from "../core/types.js";
import { isRegistrableSuffix } from "../domain/index.js";

export interface ConstraintOptions {
  maxLength?: number;
  minLength?: number;
  tlds?: string[];
  allowDigits?: boolean;
  allowHyphens?: boolean;
  mustInclude?: string[];
  style?: Style;
  allowIdn?: boolean;
}

export interface ParsedConstraints {
  constraints: Constraints;
  /** The text with constraint phrases removed. */
  rest: string;
}

const NUMBER_WORDS: Record<string, number> = {
  three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
  tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12, quince: 15,
  quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12, quinze: 15,
  drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwölf: 12,
  quatro: 4, sete: 7, oito: 8, nove: 9, dez: 10, doze: 12,
  quattro: 4, sei: 6, sette: 7, otto: 8, dieci: 10, dodici: 12,
};
const NUM = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})`;
const UNIT = "(?:letters?|characters?|chars?|letras?|caracteres?|lettres?|buchstaben|zeichen|lettere|caratteri)";

const NO_DIGITS = /\b(?:no|without|avoid(?:ing)?|sin|sans|ohne|keine?|sem|senza)\s+(?:any\s+)?(?:numbers?|digits?|numerals?|n[úu]meros?|chiffres?|zahlen|ziffern|numeri|cifre)\b/giu;
const NO_HYPHENS = /\b(?:no|without|avoid(?:ing)?|sin|sans|ohne|keine?|sem|senza)\s+(?:any\s+)?(?:hyphens?|dashes?|guiones?|tirets?|traits? d'union|bindestriche?n?|h[íi]fens?|trattini?)\b/giu;
const MAX_LEN = new RegExp(
  `\\b(?:(?:max(?:imum|imo|imal|\\.)?|at most|up to|under|less than|no (?:more|longer) than|hasta|m[áa]ximo|menos de|au maximum|pas plus de|moins de|maximal|h[öo]chstens|bis zu|unter|no m[áa]ximo|até|al massimo|massimo|fino a|meno di)\\s+${NUM}\\s+${UNIT}|${NUM}\\s+${UNIT}\\s+(?:max(?:imum)?|or (?:less|fewer)|m[áa]x(?:imo)?|maximum|au plus|maximal|h[öo]chstens|massimo|al massimo|o menos|ou moins|oder weniger|ou menos|o meno))`,
  "giu",
);
const MUST_INCLUDE = /\b(?:must (?:include|contain|have)|(?:should|has to) (?:include|contain)|including the word|with the word|containing(?: the word)?|que (?:incluya|contenga)|con la palabra|avec le mot|contenant(?: le mot)?|qui contient|mit dem wort|das wort|enthalten soll|com a palavra|que contenha|con la parola|che contenga)\s+["'“‘«]?([\p{L}\p{N}-]{2,30})["'”’»]?/giu;
const TLD_MENTION = /(?:^|[\s(,;:])\.([a-z]{2,24}(?:\.[a-z]{2,3})?)\b/giu;
const DOT_COM = /\bdot[ -]?com\b/giu;

const STYLE_WORDS: [RegExp, Style][] = [
  [/\b(?:short|brief|compact|concise|corto|corta|breve|court|courte|kurz|kurzer|kurze|curto|curta|breve)\b/iu, "short"],
  [/\b(?:playful|fun|funny|quirky|witty|whimsical|cute|divertid[oa]|juguet[oó]n|ludique|amusant|dr[ôo]le|verspielt|lustig|witzig|divertente|giocos[oa]|brincalh[ãa]o)\b/iu, "playful"],
  [/\b(?:professional|corporate|serious|formal|elegant|trustworthy|profesional|serio|professionnel(?:le)?|s[ée]rieux|professionell|seri[öo]s|profissional|professionale)\b/iu, "professional"],
];

function toNumber(s: string): number {
  const n = Number.parseInt(s, 10);
  return Number.isFinite(n) ? n : (NUMBER_WORDS[s.toLowerCase()] ?? NaN);
}

export function parseConstraints(text: string, options: ConstraintOptions = {}): ParsedConstraints {
  let rest = text;
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
  for (const m of text.matchAll(MAX_LEN)) {
    const n = toNumber(m[1] ?? m[2] ?? "");
    if (n >= 3 && n <= 63) maxLength = maxLength === undefined ? n : Math.min(maxLength, n);
  }
  strip(MAX_LEN);

  const mustInclude: string[] = [];
  for (const m of text.matchAll(MUST_INCLUDE)) mustInclude.push(m[1].toLowerCase());
  strip(MUST_INCLUDE);

  const tlds: string[] = [];
  for (const m of text.matchAll(TLD_MENTION)) {
    const t = m[1].toLowerCase();
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
    maxLength: options.maxLength ?? maxLength ?? (style === "short" ? 8 : undefined),
    minLength: options.minLength,
    allowDigits: options.allowDigits ?? allowDigits,
    allowHyphens: options.allowHyphens ?? allowHyphens,
    tlds: options.tlds && options.tlds.length > 0 ? options.tlds.map((t) => t.replace(/^\./, "").toLowerCase()) : tlds,
    mustInclude: options.mustInclude ?? mustInclude,
    style: options.style ?? style,
    allowIdn: options.allowIdn ?? false,
  };
  if (constraints.maxLength === undefined) delete constraints.maxLength;
  if (constraints.minLength === undefined) delete constraints.minLength;
  return { constraints, rest: rest.replace(/\s+/g, " ").trim() };
}
