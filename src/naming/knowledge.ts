/**
 * The naming knowledge mined from expert references (scripts/build-naming-knowledge.ts): per training
 * description, its concept stems and its experts' names cut into pieces. Loaded once per process, lazily, and
 * indexed by stem so that finding a request's neighbours touches only the descriptions sharing a concept.
 */
import { existsSync, readFileSync } from "node:fs";
import { builtPath } from "../core/paths.js";
import { InputError } from "../core/errors.js";

export const KNOWLEDGE_VERSION = 2;

export interface KnowledgePiece {
  text: string;
  /** The piece repeats one of the description's own words (an echo), rather than a word the expert added. */
  echo: boolean;
  /** A dictionary word (or one of the description's words), not an unknown run or a morpheme. */
  word: boolean;
}

export interface KnowledgeEntry {
  id: string;
  lang: string;
  country: string | null;
  /** The description says "AI" (or IA / KI). */
  ai: boolean;
  /** [stem, weight] of its top concepts, as the product's understanding extracts them. */
  stems: [string, number][];
  names: { label: string; tld: string; pieces: KnowledgePiece[] }[];
}

export interface KnowledgeFile {
  version: number;
  built: string;
  writers: string[];
  note: string;
  entries: KnowledgeEntry[];
  /**
   * The curated association lexicon (data/sources/associations): per language, concept key (the concept's
   * stem as the product's understanding computes it) -> evocative words, best first, in label form.
   */
  associations: Record<string, Record<string, string[]>>;
}

export interface NamingKnowledge {
  readonly entries: readonly KnowledgeEntry[];
  /** stem -> indices of the entries that have it. */
  readonly byStem: ReadonlyMap<string, readonly number[]>;
  /** Inverse document frequency of a stem over the entries: ln(N / df). */
  idf(stem: string): number;
  /** Document frequency of an added (non-echo) piece per language: in how many entries' names it appears. */
  pieceDf(lang: string, piece: string): number;
  /** The most widely used added pieces of a language (role words such as "desk", "pilot"), most used first. */
  rolePieces(lang: string): readonly string[];
  /** TLD counts per language over all names. */
  tldPrior(lang: string): ReadonlyMap<string, number>;
  /** The curated evocative words for a concept stem in a language, best first (none when not curated). */
  associations(lang: string, stem: string): readonly string[];
}

export function knowledgePath(): string {
  return builtPath("naming/knowledge.json");
}

let cached: NamingKnowledge | null = null;

export function loadKnowledge(path: string = knowledgePath()): NamingKnowledge {
  if (cached && path === knowledgePath()) return cached;
  if (!existsSync(path))
    throw new InputError(
      "no_knowledge",
      `naming knowledge missing at ${path}; run npx tsx scripts/build-naming-knowledge.ts`,
    );
  const file = JSON.parse(readFileSync(path, "utf8")) as KnowledgeFile;
  if (file.version !== KNOWLEDGE_VERSION)
    throw new InputError(
      "bad_knowledge",
      `naming knowledge ${path} is version ${file.version}, expected ${KNOWLEDGE_VERSION}`,
    );
  const k = indexKnowledge(file.entries, file.associations);
  if (path === knowledgePath()) cached = k;
  return k;
}

export function indexKnowledge(
  entries: readonly KnowledgeEntry[],
  associations: Readonly<Record<string, Record<string, string[]>>> = {},
): NamingKnowledge {
  const byStem = new Map<string, number[]>();
  const df = new Map<string, Map<string, number>>();
  const tlds = new Map<string, Map<string, number>>();
  entries.forEach((e, i) => {
    for (const [s] of e.stems) {
      const list = byStem.get(s);
      if (list) list.push(i);
      else byStem.set(s, [i]);
    }
    const seen = new Set<string>();
    for (const n of e.names) {
      for (const p of n.pieces) if (!p.echo && p.word && p.text.length >= 3) seen.add(p.text);
      const t = tlds.get(e.lang) ?? new Map<string, number>();
      t.set(n.tld, (t.get(n.tld) ?? 0) + 1);
      tlds.set(e.lang, t);
    }
    const d = df.get(e.lang) ?? new Map<string, number>();
    for (const p of seen) d.set(p, (d.get(p) ?? 0) + 1);
    df.set(e.lang, d);
  });
  const n = Math.max(1, entries.length);
  const roles = new Map<string, string[]>();
  for (const [lang, d] of df)
    roles.set(
      lang,
      [...d.entries()]
        .filter(([, c]) => c >= 3)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([p]) => p),
    );
  return {
    entries,
    byStem,
    idf: (s) => Math.log(n / Math.max(1, byStem.get(s)?.length ?? 0.5)),
    pieceDf: (lang, p) => df.get(lang)?.get(p) ?? 0,
    rolePieces: (lang) => roles.get(lang) ?? roles.get("en") ?? [],
    tldPrior: (lang) => tlds.get(lang) ?? tlds.get("en") ?? new Map(),
    associations: (lang, stem) => associations[lang]?.[stem] ?? [],
  };
}
