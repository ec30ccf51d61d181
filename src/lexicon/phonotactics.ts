/**
 * Pronounceability from letter phonotactics: a trigram model of each language's letter sequences
 * (trained by scripts/build-lexicon.ts, see phonotactics-train.ts) scores how surprising a label's
 * letters are, in bits per letter, and a logistic calibrated on held-out words maps that to [0,1].
 *
 * Statistic for a label: split into letter runs at digits and hyphens; for each run predict every letter
 * and the end of the run from the two symbols before it (cost_i = -log2 P). Then
 *   x = 0.7 * mean_i(cost_i) + 0.3 * max over windows of 3 consecutive predictions of their mean cost
 * so that one unpronounceable cluster ("brewxzqbean") is not averaged away by the easy letters around it.
 *   pronounceability = 1 / (1 + exp(slope * (x - mid)))
 * with mid and slope fitted at build time so that the median held-out word of the language maps to 0.9
 * and the median random string (letters drawn from the language's letter frequencies, word lengths)
 * maps to 0.1.
 *
 * File layout (little-endian): u32 magic "NWPH", u32 format, u32 A (symbols), u32 L (letters),
 * f32 mid, f32 slope, u16 letters[L] (UTF-16), padding to 4, u16 cost[A*A*A] = round(-log2 P * 1024).
 */
import { readFileSync } from "node:fs";
import { builtPath } from "../core/paths.js";
import { LexiconDataError } from "./errors.js";
import type { Language, SupportedLanguage } from "../core/types.js";
import { lexiconLanguage } from "./language.js";

const FORMAT = 1;
export const COST_SCALE = 1024;
/** Costs are stored in 16 bits: at most 63.99 bits per prediction. */
const MAX_COST = 65535;
const MEAN_WEIGHT = 0.7;
const WINDOW = 3;

export interface PhonotacticModel {
  readonly lang: SupportedLanguage;
  readonly letters: string;
  /** Symbol count: boundary + letters + "other". */
  readonly size: number;
  /** -log2 P(c | a b) * COST_SCALE at (a*size + b)*size + c. */
  readonly costs: Uint16Array;
  readonly mid: number;
  readonly slope: number;
  /** Symbol of a UTF-16 code unit (letters 1..L, anything else L+1). */
  symbol(code: number): number;
}

function makeSymbolFn(letters: string): (code: number) => number {
  const other = letters.length + 1;
  const low = new Int16Array(0x250).fill(other);
  const high = new Map<number, number>();
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i);
    if (c < low.length) low[c] = i + 1;
    else high.set(c, i + 1);
  }
  return (code) => (code < 0x250 ? low[code] : (high.get(code) ?? other));
}

export function createModel(
  lang: SupportedLanguage,
  letters: string,
  costs: Uint16Array,
  mid: number,
  slope: number,
): PhonotacticModel {
  const size = letters.length + 2;
  if (costs.length !== size * size * size)
    throw new LexiconDataError(
      `phonotactic model ${lang}: table size ${costs.length} != ${size}^3; run \`npm run build:lexicon\``,
    );
  return { lang, letters, size, costs, mid, slope, symbol: makeSymbolFn(letters) };
}

export function encodeModel(m: PhonotacticModel): Buffer {
  const L = m.letters.length;
  const lettersBytes = (L * 2 + 3) & ~3;
  const buf = Buffer.alloc(24 + lettersBytes + m.costs.length * 2);
  buf.write("NWPH", 0, "latin1");
  buf.writeUInt32LE(FORMAT, 4);
  buf.writeUInt32LE(m.size, 8);
  buf.writeUInt32LE(L, 12);
  buf.writeFloatLE(m.mid, 16);
  buf.writeFloatLE(m.slope, 20);
  for (let i = 0; i < L; i++) buf.writeUInt16LE(m.letters.charCodeAt(i), 24 + i * 2);
  Buffer.from(m.costs.buffer, m.costs.byteOffset, m.costs.byteLength).copy(buf, 24 + lettersBytes);
  return buf;
}

/** Reads a model file, checking every size against the buffer before using it. */
export function decodeModel(lang: SupportedLanguage, data: Buffer): PhonotacticModel {
  const bad = (why: string): Error =>
    new LexiconDataError(`phonotactic model for ${lang} is corrupt (${why}); run \`npm run build:lexicon\``);
  if (data.length < 24 || data.toString("latin1", 0, 4) !== "NWPH") throw bad("magic");
  if (data.readUInt32LE(4) !== FORMAT) throw bad("format version");
  const size = data.readUInt32LE(8);
  const L = data.readUInt32LE(12);
  if (size !== L + 2 || size > 256) throw bad("alphabet size");
  const mid = data.readFloatLE(16);
  const slope = data.readFloatLE(20);
  if (!Number.isFinite(mid) || !Number.isFinite(slope) || slope <= 0) throw bad("calibration");
  const lettersBytes = (L * 2 + 3) & ~3;
  if (data.length !== 24 + lettersBytes + size * size * size * 2) throw bad("length");
  let letters = "";
  for (let i = 0; i < L; i++) letters += String.fromCharCode(data.readUInt16LE(24 + i * 2));
  // Copy into an aligned buffer for the Uint16Array view.
  const costs = new Uint16Array(size * size * size);
  Buffer.from(costs.buffer).set(data.subarray(24 + lettersBytes));
  return createModel(lang, letters, costs, mid, slope);
}

const models = new Map<SupportedLanguage, PhonotacticModel>();

/** The shipped model of a language (data/built/lexicon/phonotactics-<lang>.bin), loaded once (~1 ms). */
export function phonotacticModel(lang: Language): PhonotacticModel {
  const l = lexiconLanguage(lang);
  let m = models.get(l);
  if (!m) {
    const path = builtPath("lexicon", `phonotactics-${l}.bin`);
    let data: Buffer;
    try {
      data = readFileSync(path);
    } catch (e) {
      throw new LexiconDataError(
        `cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? "error"}); reinstall the package or run \`npm run build:lexicon\``,
      );
    }
    m = decodeModel(l, data);
    models.set(l, m);
  }
  return m;
}

export interface PhonotacticStats {
  /** Number of predictions made (letters + one end per letter run). */
  predictions: number;
  /** Mean -log2 P per prediction (bits). */
  meanBits: number;
  /** Highest mean over WINDOW consecutive predictions (bits). */
  worstBits: number;
  /** The combined statistic x of the header comment. */
  stat: number;
}

function isSeparator(c: number): boolean {
  return c === 0x2d || (c >= 0x30 && c <= 0x39);
}

/** Bits-per-letter statistics of a label under a model; labels without letters give predictions = 0. */
export function phonotacticStats(label: string, m: PhonotacticModel): PhonotacticStats {
  const A = m.size;
  const costs = m.costs;
  let sum = 0;
  let count = 0;
  let worst = 0;
  // The last WINDOW (= 3) costs inside the current run: w1 = two back, w2 = one back.
  let w1 = 0,
    w2 = 0;
  const n = label.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSeparator(label.charCodeAt(i))) i++;
    if (i >= n) break;
    let a = 0,
      b = 0;
    let inRun = 0;
    for (;;) {
      const atEnd = i >= n || isSeparator(label.charCodeAt(i));
      const c = atEnd ? 0 : m.symbol(label.charCodeAt(i));
      const cost = costs[(a * A + b) * A + c] / COST_SCALE;
      sum += cost;
      count++;
      inRun++;
      const win = inRun >= WINDOW ? (w1 + w2 + cost) / WINDOW : inRun === 2 ? (w2 + cost) / 2 : cost;
      w1 = w2;
      w2 = cost;
      if (win > worst) worst = win;
      if (atEnd) break;
      a = b;
      b = c;
      i++;
    }
  }
  if (count === 0) return { predictions: 0, meanBits: 0, worstBits: 0, stat: 0 };
  const meanBits = sum / count;
  return { predictions: count, meanBits, worstBits: worst, stat: MEAN_WEIGHT * meanBits + (1 - MEAN_WEIGHT) * worst };
}

/** Maps the statistic through the model's calibrated logistic to [0,1]. */
export function calibrate(stat: number, m: Pick<PhonotacticModel, "mid" | "slope">): number {
  return 1 / (1 + Math.exp(m.slope * (stat - m.mid)));
}

/** Neutral value for labels without letters (digits are speakable, but say nothing about the language). */
export const NO_LETTERS_PRONOUNCEABILITY = 0.5;

/** Pronounceability of a label in a language, in [0,1] (0.9 = a typical word of that language). */
export function pronounceability(label: string, lang: Language = "en"): number {
  const m = phonotacticModel(lang);
  const s = phonotacticStats(label, m);
  return s.predictions === 0 ? NO_LETTERS_PRONOUNCEABILITY : calibrate(s.stat, m);
}

export { MAX_COST };
