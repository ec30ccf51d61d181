/**
 * Per-language word store: membership (exact or accent-folded) and, where the data has it, a frequency
 * rank. Built on the first look-up in a language from the installed word-list packages, then written to
 * a binary cache file (see hashset.ts) so that later processes read it instead of re-parsing megabytes of
 * word lists; a few look-ups are answered from that file without reading it whole (paged.ts).
 *
 * Cache folder: $NAMEWRIGHT_CACHE_DIR, else <package root>/node_modules/.cache/namewright, else
 * <os tmpdir>/namewright-cache. The cache key names the format, the source packages' versions and a digest of the
 * project's trade-word supplement, so an upgraded dictionary or an edited supplement invalidates it. A cache that
 * cannot be written is not an error (the store still works).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageRoot } from "../core/paths.js";
import type { SupportedLanguage } from "../core/types.js";
import { fold, isAscii, transliterateGerman } from "./fold.js";
import { CompactWordSet } from "./hashset.js";
import { PagedWordSet } from "./paged.js";
import {
  SOURCE_PACKAGES,
  packageVersion,
  readEnglishWords,
  readHunspellWords,
  readSubtlexRanked,
  readTradeWords,
  tradeWordsPath,
} from "./sources.js";
import { sha256Hex } from "../core/hash.js";

/** Bump when what goes into a store changes (filters, sources), so old caches are rebuilt. */
const STORE_RECIPE = 6;

/**
 * SUBTLEX entries past this rank have counts of a handful in 51M tokens and are mostly typos and
 * transcriptions; they still give a rank, but only the head of the list adds words to the vocabulary.
 */
const SUBTLEX_VOCAB_RANKS = 30_000;

export interface WordStore {
  readonly lang: SupportedLanguage;
  /** The whole set in memory (read on first access; segmentation probes it directly). */
  readonly set: CompactWordSet;
  /** Membership of a lower-case string, as written or accent-folded. */
  has(word: string): boolean;
  /** 0-based frequency rank (0 = most frequent) or undefined when unknown. */
  rank(word: string): number | undefined;
  /** The raw rank slot: >= 0 rank, -1 none or not found, UMLAUT_DROPPED for a German bare-vowel form. */
  marker(word: string): number;
}

/**
 * Look-ups answered from the cache file before the whole set is read: enough for language detection's
 * handful of words per language; a language used more (the description's own, English for scoring) is then
 * read whole, once.
 */
const PAGED_LOOKUPS = 256;

/** The entry of a word in some set: as written, else accent-folded (see makeStore). */
interface EntryFinder {
  find(s: string): number;
  rankOf(e: number): number;
}

function makeStore(
  lang: SupportedLanguage,
  paged: PagedWordSet | undefined,
  loadWhole: () => CompactWordSet,
): WordStore {
  let whole: CompactWordSet | undefined;
  let pagedLookups = 0;
  const source = (): EntryFinder => {
    if (whole) return whole;
    if (paged && pagedLookups++ < PAGED_LOOKUPS) return paged;
    paged?.close();
    paged = undefined;
    return (whole = loadWhole());
  };
  const entry = (w: string): { set: EntryFinder; e: number } => {
    const set = source();
    const e = set.find(w);
    return { set, e: e >= 0 || isAscii(w) ? e : set.find(fold(w)) };
  };
  return {
    lang,
    get set() {
      paged?.close();
      paged = undefined;
      return (whole ??= loadWhole());
    },
    has: (w) => entry(w).e >= 0,
    rank: (w) => {
      const { set, e } = entry(w);
      const r = set.rankOf(e);
      return r >= 0 ? r : undefined;
    },
    marker: (w) => {
      const { set, e } = entry(w);
      return set.rankOf(e);
    },
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
    words.push(...readTradeWords("en"));
    return CompactWordSet.build(words, ranks);
  }
  const words = [...readHunspellWords(lang), ...readTradeWords(lang)];
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
  return [
    `recipe=${STORE_RECIPE}`,
    `lang=${lang}`,
    ...SOURCE_PACKAGES[lang].map((p) => `${p}@${packageVersion(p)}`),
    `trade=${tradeWordsDigest(lang)}`,
  ].join(";");
}

const tradeDigests = new Map<SupportedLanguage, string>();
/** A short digest of the trade-word supplement, so that editing it rebuilds the cache. */
function tradeWordsDigest(lang: SupportedLanguage): string {
  let d = tradeDigests.get(lang);
  if (d === undefined) {
    const file = tradeWordsPath(lang);
    d = existsSync(file) ? sha256Hex(readFileSync(file)).slice(0, 16) : "none";
    tradeDigests.set(lang, d);
  }
  return d;
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

const cacheFile = (lang: SupportedLanguage): string => `lexicon-${lang}.bin`;

/** The store's cache file opened for paged look-ups, when one exists for this key. */
function openPaged(lang: SupportedLanguage): PagedWordSet | undefined {
  const key = cacheKey(lang);
  for (const dir of cacheDirs()) {
    const paged = PagedWordSet.open(join(dir, cacheFile(lang)), key);
    if (paged) return paged;
  }
  return undefined;
}

function loadOrBuild(lang: SupportedLanguage): CompactWordSet {
  const key = cacheKey(lang);
  const file = cacheFile(lang);
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

/**
 * The word store of a language: answered from the cache file until it is used often, then read whole
 * from the cache (or built from the packages when there is none, and cached), then kept.
 */
export function wordStore(lang: SupportedLanguage): WordStore {
  let s = stores.get(lang);
  if (!s) {
    s = makeStore(lang, openPaged(lang), () => loadOrBuild(lang));
    stores.set(lang, s);
  }
  return s;
}
