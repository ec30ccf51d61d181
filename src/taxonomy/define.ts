/**
 * A compact notation for the industry table, so that 150+ industries in six languages stay readable.
 *
 * Each language line is `"<gender>:<noun>, keyword, keyword | vocab, vocab"`:
 * - the first keyword is the business noun ("cafetería") that descriptions use ("una cafetería en ..."),
 *   and its grammatical gender (m/f/n) lets the dataset builder choose agreeing articles;
 * - English lines have no gender prefix.
 */
import type { SupportedLanguage } from "../core/types.js";

export type Gender = "m" | "f" | "n";

/** The head noun phrase naming a business of this industry, as a native speaker would call it. */
export interface BusinessNoun {
  text: string;
  /** Grammatical gender of the head noun; English uses "n". */
  gender: Gender;
}

export interface Industry {
  /** Stable snake_case id ("coffee_shop"). */
  id: string;
  /** English display label ("Coffee shop"). */
  label: string;
  /** One of SECTORS. */
  sector: string;
  /** Lower-case words that signal this industry in descriptions, per language (accents as written). */
  keywords: Record<SupportedLanguage, string[]>;
  /** Short, evocative, brandable words for names, per language. */
  vocabulary: Record<SupportedLanguage, string[]>;
  /** Topical TLDs from the IANA list, best first; [] if none fits. */
  tlds: string[];
  /** True for technology industries (where .io/.ai/.dev fit). */
  software?: boolean;
  /** The business noun per language (also the first keyword). */
  noun: Record<SupportedLanguage, BusinessNoun>;
}

export type IndustryLines = Record<SupportedLanguage, string>;

/** Comma-separated list -> trimmed, non-empty, first-occurrence-unique words. */
function splitList(s: string): string[] {
  const words = s
    .split(",")
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
  return [...new Set(words)];
}

function parseLine(
  lang: SupportedLanguage,
  id: string,
  line: string,
): { noun: BusinessNoun; keywords: string[]; vocabulary: string[] } {
  const bar = line.indexOf("|");
  if (bar < 0) throw new Error(`taxonomy ${id}/${lang}: missing "|" between keywords and vocabulary`);
  let kwPart = line.slice(0, bar).trim();
  let gender: Gender = "n";
  const m = /^([mfn]):/.exec(kwPart);
  if (m) {
    gender = m[1] as Gender;
    kwPart = kwPart.slice(2);
  } else if (lang !== "en") {
    throw new Error(`taxonomy ${id}/${lang}: the business noun needs a gender prefix (m:, f: or n:)`);
  }
  const keywords = splitList(kwPart);
  const vocabulary = splitList(line.slice(bar + 1));
  if (keywords.length === 0 || vocabulary.length === 0)
    throw new Error(`taxonomy ${id}/${lang}: empty keyword or vocabulary list`);
  return { noun: { text: keywords[0], gender }, keywords, vocabulary };
}

/** Builds one Industry from the compact notation; throws on malformed rows (caught by the taxonomy test). */
export function industry(
  sector: string,
  id: string,
  label: string,
  tlds: string,
  lines: IndustryLines,
  software = false,
): Industry {
  const keywords = {} as Record<SupportedLanguage, string[]>;
  const vocabulary = {} as Record<SupportedLanguage, string[]>;
  const noun = {} as Record<SupportedLanguage, BusinessNoun>;
  for (const lang of Object.keys(lines) as SupportedLanguage[]) {
    const p = parseLine(lang, id, lines[lang]);
    keywords[lang] = p.keywords;
    vocabulary[lang] = p.vocabulary;
    noun[lang] = p.noun;
  }
  const out: Industry = {
    id,
    label,
    sector,
    keywords,
    vocabulary,
    tlds: tlds.split(" ").filter((t) => t.length > 0),
    noun,
  };
  if (software) out.software = true;
  return out;
}
