/**
 * The naming knowledge mined from expert references (scripts/build-naming-knowledge.ts): per training
 * description, its concept stems and its experts' names cut into pieces. Loaded once per process, lazily, and
 * indexed by stem so that finding a request's neighbours touches only the descriptions sharing a concept.
 */
import { existsSync, readFileSync } from "node:fs";
import { builtPath } from "../core/paths.js";
import { InputError } from "../core/errors.js";
import { loadTldModel, type TldModel } from "./tld-model.js";

export const KNOWLEDGE_VERSION = 3;

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

/**
 * The file: one compact line per training description, so that loading it costs a JSON parse of strings and
 * the names of a description are decoded only when a request's neighbour search reaches it:
 *   id \t lang \t country \t ai (0|1) \t stem:weight,stem:weight,... \t label.tld=piece|piece ... (space-separated)
 * where a piece ending in "^" echoes the description's own words, "~" echoes them but is not a dictionary word,
 * and "?" is not a dictionary word.
 * The counts the generator needs over all names (piece document frequency, TLD counts) are stored beside them.
 */
export interface KnowledgeFile {
  version: number;
  built: string;
  writers: string[];
  note: string;
  entries: string[];
  stats: { df: Record<string, Record<string, number>>; tlds: Record<string, Record<string, number>> };
  /**
   * The curated association lexicon (data/sources/associations): per language, concept key (the concept's
   * stem as the product's understanding computes it) -> evocative words, best first, in label form, space-separated.
   */
  associations: Record<string, Record<string, string>>;
}

export function encodeEntry(e: KnowledgeEntry): string {
  const stems = e.stems.map(([s, w]) => `${s}:${w}`).join(",");
  const names = e.names
    .map(
      (n) =>
        `${n.label}.${n.tld}=${n.pieces.map((p) => p.text + (p.echo ? (p.word ? "^" : "~") : p.word ? "" : "?")).join("|")}`,
    )
    .join(" ");
  return [e.id, e.lang, e.country ?? "", e.ai ? "1" : "0", stems, names].join("\t");
}

function decodeNames(field: string): KnowledgeEntry["names"] {
  if (field === "") return [];
  return field.split(" ").map((n) => {
    const eq = n.indexOf("=");
    const domain = n.slice(0, eq);
    const dot = domain.indexOf(".");
    return {
      label: domain.slice(0, dot),
      tld: domain.slice(dot + 1),
      pieces: n
        .slice(eq + 1)
        .split("|")
        .map((p) => {
          const mark = p[p.length - 1];
          const marked = mark === "^" || mark === "~" || mark === "?";
          const text = marked ? p.slice(0, -1) : p;
          return { text, echo: mark === "^" || mark === "~", word: mark !== "?" && mark !== "~" };
        }),
    };
  });
}

/** An entry whose names are decoded on first access. */
export function decodeEntry(line: string): KnowledgeEntry {
  const [id = "", lang = "en", country = "", ai = "0", stems = "", names = ""] = line.split("\t");
  let decoded: KnowledgeEntry["names"] | undefined;
  return {
    id,
    lang,
    country: country === "" ? null : country,
    ai: ai === "1",
    stems:
      stems === ""
        ? []
        : stems.split(",").map((x) => {
            const c = x.lastIndexOf(":");
            return [x.slice(0, c), Number(x.slice(c + 1))] as [string, number];
          }),
    get names() {
      return (decoded ??= decodeNames(names));
    },
  };
}

/** Piece document frequencies and TLD counts per language over all entries' names. */
export function knowledgeStats(entries: readonly KnowledgeEntry[]): KnowledgeFile["stats"] {
  const df: Record<string, Record<string, number>> = {};
  const tlds: Record<string, Record<string, number>> = {};
  for (const e of entries) {
    const seen = new Set<string>();
    const t = (tlds[e.lang] ??= {});
    for (const n of e.names) {
      for (const p of n.pieces) if (!p.echo && p.word && p.text.length >= 3) seen.add(p.text);
      t[n.tld] = (t[n.tld] ?? 0) + 1;
    }
    const d = (df[e.lang] ??= {});
    for (const p of seen) d[p] = (d[p] ?? 0) + 1;
  }
  return { df, tlds };
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
  /**
   * The TLD model fitted on the training writers' experts' endings (./tld-model.ts; all training writers, of whom the
   * entries hold a subset): the shipped knowledge carries the shipped model; a knowledge built elsewhere (a test's,
   * an experiment's) has none and takes its endings from its own entries.
   */
  readonly tldModel?: TldModel;
}

let defaultPath: string | undefined;

/** The shipped file's path (computed once: the default argument below is evaluated on every call). */
export function knowledgePath(): string {
  return (defaultPath ??= builtPath("naming/knowledge.json"));
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
  const associations: Record<string, Record<string, string[]>> = {};
  for (const [lang, table] of Object.entries(file.associations)) {
    const out: Record<string, string[]> = {};
    for (const [stem, words] of Object.entries(table)) out[stem] = words.split(" ");
    associations[lang] = out;
  }
  const indexed = indexKnowledge(file.entries.map(decodeEntry), associations, file.stats);
  if (path !== knowledgePath()) return indexed;
  const tldModel = loadTldModel();
  cached = tldModel ? { ...indexed, tldModel } : indexed;
  return cached;
}

/** Indexes entries; the counts over their names are computed unless given (a file stores them). */
export function indexKnowledge(
  entries: readonly KnowledgeEntry[],
  associations: Readonly<Record<string, Record<string, string[]>>> = {},
  stats: KnowledgeFile["stats"] = knowledgeStats(entries),
): NamingKnowledge {
  const byStem = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const [s] of e.stems) {
      const list = byStem.get(s);
      if (list) list.push(i);
      else byStem.set(s, [i]);
    }
  });
  // Plain-object look-ups, and each language's role list sorted only when first asked for: loading stays a
  // parse, not a rebuild.
  const roles = new Map<string, string[]>();
  const rolesOf = (lang: string): string[] | undefined => {
    const d = stats.df[lang];
    if (!d) return undefined;
    let r = roles.get(lang);
    if (!r)
      roles.set(
        lang,
        (r = Object.entries(d)
          .filter(([, c]) => c >= 3)
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .map(([p]) => p)),
      );
    return r;
  };
  const tlds = new Map<string, Map<string, number>>();
  const tldsOf = (lang: string): Map<string, number> | undefined => {
    const t = stats.tlds[lang];
    if (!t) return undefined;
    let m = tlds.get(lang);
    if (!m) tlds.set(lang, (m = new Map(Object.entries(t))));
    return m;
  };
  const n = Math.max(1, entries.length);
  return {
    entries,
    byStem,
    idf: (s) => Math.log(n / Math.max(1, byStem.get(s)?.length ?? 0.5)),
    pieceDf: (lang, p) => (Object.hasOwn(stats.df[lang] ?? {}, p) ? stats.df[lang]![p]! : 0),
    rolePieces: (lang) => rolesOf(lang) ?? rolesOf("en") ?? [],
    tldPrior: (lang) => tldsOf(lang) ?? tldsOf("en") ?? new Map(),
    // Own keys only, as pieceDf: a request word such as "constructor" must not find Object.prototype's members.
    associations: (lang, stem) => (Object.hasOwn(associations[lang] ?? {}, stem) ? associations[lang]![stem]! : []),
  };
}
