/**
 * Per-language word store: membership (exact or accent-folded) and, where the data has it, a frequency
 * rank. Built on the first look-up in a language from the installed word-list packages, then written to
 * a binary cache file (see hashset.ts) so that later processes load it in a few milliseconds instead of
 * re-parsing megabytes of word lists (0.1-1 s per language on this machine).
 *
 * Cache folder: $NAMEWRIGHT_CACHE_DIR, else <package root>/node_modules/.cache/namewright, else
 * <os tmpdir>/namewright-cache. The cache key names the format and the source packages' versions, so an
 * upgraded dictionary invalidates it. A cache that cannot be written is not an error (the store still works).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../core/paths.js";
import type { SupportedLanguage } from "../core/types.js";
import { fold, isAscii, transliterateGerman } from "./fold.js";
import { CompactWordSet } from "./hashset.js";
import { SOURCE_PACKAGES, packageVersion, readEnglishWords, readHunspellWords, readSubtlexRanked } from "./sources.js";

/** Bump when what goes into a store changes (filters, sources), so old caches are rebuilt. */
const STORE_RECIPE = 5;

/**
 * SUBTLEX entries past this rank have counts of a handful in 51M tokens and are mostly typos and
 * transcriptions; they still give a rank, but only the head of the list adds words to the vocabulary.
 */
const SUBTLEX_VOCAB_RANKS = 30_000;

export interface WordStore {
  readonly lang: SupportedLanguage;
  readonly set: CompactWordSet;
  /** Membership of a lower-case string, as written or accent-folded. */
  has(word: string): boolean;
  /** 0-based frequency rank (0 = most frequent) or undefined when unknown. */
  rank(word: string): number | undefined;
  /** The raw rank slot: >= 0 rank, -1 none or not found, UMLAUT_DROPPED for a German bare-vowel form. */
  marker(word: string): number;
}

function makeStore(lang: SupportedLanguage, set: CompactWordSet): WordStore {
  const entry = (w: string): number => {
    const e = set.find(w);
    return e >= 0 || isAscii(w) ? e : set.find(fold(w));
  };
  return {
    lang,
    set,
    has: (w) => entry(w) >= 0,
    rank: (w) => {
      const r = set.rankOf(entry(w));
      return r >= 0 ? r : undefined;
    },
    marker: (w) => set.rankOf(entry(w)),
  };
}

/** Surface forms plus their accent-folded forms (and, for German, the ae/oe/ue/ss transliteration). */
function withFolded(words: Iterable<string>, german: boolean): string[] {
  const out: string[] = [];
  for (const w of words) {
    out.push(w);
    if (isAscii(w)) continue;
    out.push(fold(w));
    if (german) out.push(transliterateGerman(w));
  }
  return out;
}

/**
 * Rank value marking a German form that exists only with an umlaut dropped to its bare vowel
 * ("backerei" for "bäckerei"): found, so segmentation still reads it, but flagged, since German spells
 * umlauts out as ae/oe/ue when it cannot write them.
 */
export const UMLAUT_DROPPED = -2;

function buildSet(lang: SupportedLanguage): CompactWordSet {
  if (lang === "en") {
    const ranked = readSubtlexRanked();
    const ranks = new Map<string, number>();
    const words = readEnglishWords();
    for (let i = 0; i < ranked.length; i++) {
      ranks.set(ranked[i], i);
      if (i < SUBTLEX_VOCAB_RANKS && ranked[i].length > 1) words.push(ranked[i]);
    }
    return CompactWordSet.build(words, ranks);
  }
  const words = readHunspellWords(lang);
  if (lang !== "de") return CompactWordSet.build(withFolded(words, false));
  const surface = new Set(words);
  const marks = new Map<string, number>();
  for (const w of words) {
    if (!/[äöü]/.test(w)) continue;
    const bare = fold(w);
    if (!surface.has(bare) && bare !== transliterateGerman(w)) marks.set(bare, UMLAUT_DROPPED);
  }
  return CompactWordSet.build(withFolded(words, true), marks);
}

function cacheKey(lang: SupportedLanguage): string {
  return [`recipe=${STORE_RECIPE}`, `lang=${lang}`, ...SOURCE_PACKAGES[lang].map((p) => `${p}@${packageVersion(p)}`)].join(";");
}

function cacheDirs(): string[] {
  const dirs: string[] = [];
  const env = process.env.NAMEWRIGHT_CACHE_DIR;
  if (env) dirs.push(env);
  try {
    dirs.push(join(packageRoot(), "node_modules", ".cache", "namewright"));
  } catch {
    // no package root (bundled use): fall through to the temp folder
  }
  dirs.push(join(tmpdir(), "namewright-cache"));
  return dirs;
}

function loadOrBuild(lang: SupportedLanguage): CompactWordSet {
  const key = cacheKey(lang);
  const file = `lexicon-${lang}.bin`;
  const dirs = cacheDirs();
  for (const dir of dirs) {
    try {
      const set = CompactWordSet.fromBuffer(readFileSync(join(dir, file)), key);
      if (set) return set;
    } catch {
      // missing or unreadable: try the next folder, then rebuild
    }
  }
  const set = buildSet(lang);
  const buf = set.toBuffer(key);
  for (const dir of dirs) {
    try {
      mkdirSync(dir, { recursive: true });
      // Write then rename: a concurrent reader sees either no file or a whole one.
      const tmp = join(dir, `${file}.${process.pid}.tmp`);
      writeFileSync(tmp, buf);
      renameSync(tmp, join(dir, file));
      break;
    } catch {
      // read-only folder: try the next one; without any, the store lives in memory only
    }
  }
  return set;
}

const stores = new Map<SupportedLanguage, WordStore>();

/** The word store of a language: loaded from the cache (ms) or built from the packages (0.1-1 s), then kept. */
export function wordStore(lang: SupportedLanguage): WordStore {
  let s = stores.get(lang);
  if (!s) {
    s = makeStore(lang, loadOrBuild(lang));
    stores.set(lang, s);
  }
  return s;
}
