/**
 * Builds the naming knowledge the crafted generator reads (data/built/naming/knowledge.json) from the expert
 * references of the TRAINING writers only (w1-w3, w6-w11; data/sources/descriptions/SPLITS.md): for every
 * training description, its concept stems (from the product's own understanding, so that look-ups at request
 * time use the same stems) and its experts' names cut into pieces, each piece marked as an echo of the
 * description's words or as a word the expert brought in. The generator finds the descriptions nearest to a
 * request by shared concepts and borrows the pieces and TLDs their experts chose; the validation writer (w4)
 * and the test writer (w5) never enter. It also folds in the curated association lexicon
 * (data/sources/associations: concept -> evocative words, written by naming writers from the training
 * writers' concepts; BRIEF.md).
 *
 *   npx tsx scripts/build-naming-knowledge.ts [--writers w1,w2,...|training] [--out FILE]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { fold, segment, termSet } from "../src/lexicon/index.js";
import { stem, understand } from "../src/understand/index.js";
import { existsSync, readdirSync } from "node:fs";
import { builtPath, sourcePath } from "../src/core/paths.js";
import { TEST_WRITERS, TRAINING_WRITERS, VALIDATION_WRITERS } from "../src/core/splits.js";
import {
  encodeEntry,
  knowledgeStats,
  KNOWLEDGE_VERSION,
  type KnowledgeFile,
  type KnowledgeEntry,
} from "../src/naming/index.js";

/** The writers the shipped knowledge was built from (a subset of the training writers, src/core/splits.ts). */
const SHIPPED_WRITERS = ["w1", "w2", "w3", "w6", "w7", "w8", "w9", "w10", "w11"];
const { values } = parseArgs({ options: { writers: { type: "string" }, out: { type: "string" } } });
const writers = values.writers === "training" ? [...TRAINING_WRITERS] : (values.writers?.split(",") ?? SHIPPED_WRITERS);
const notTraining = writers.filter((w) => !TRAINING_WRITERS.includes(w));
if (notTraining.length > 0 || writers.some((w) => VALIDATION_WRITERS.includes(w) || TEST_WRITERS.includes(w)))
  throw new Error(`only training writers build the knowledge; not: ${notTraining.join(", ")}`);

interface Description {
  id: string;
  writer: string;
  text: string;
  lang: string;
}
function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);
}

const refs = new Map<string, string[]>();
const entries: KnowledgeEntry[] = [];
for (const w of writers) {
  const expert = `e${w.slice(1)}`;
  for (const r of readJsonl<{ id: string; names: string[] }>(sourcePath(`references/${expert}-${w}.jsonl`)))
    refs.set(r.id, r.names);
  for (const d of readJsonl<Description>(sourcePath(`descriptions/${w}.jsonl`))) {
    const names = refs.get(d.id);
    if (!names) continue;
    const u = understand(d.text);
    const concepts = u.keywords.slice(0, 12);
    const forms = new Set<string>();
    for (const k of concepts) for (const f of [k.word, k.lemma]) forms.add(fold(f).replace(/[^a-z0-9]/g, ""));
    const terms = termSet([...forms].filter((f) => f.length >= 2));
    const stems = concepts.map((k) => k.stem);
    const echoOf = (piece: string): boolean =>
      [...forms].some(
        (f) => f.length >= 3 && (f === piece || (piece.length >= 4 && (f.startsWith(piece) || piece.startsWith(f)))),
      );
    const parsed: KnowledgeEntry["names"] = [];
    for (const name of names) {
      const dot = name.indexOf(".");
      if (dot <= 0) continue;
      const label = name.slice(0, dot).toLowerCase();
      const tld = name.slice(dot + 1).toLowerCase();
      const seg = segment(fold(label).replace(/-/g, ""), u.language, { terms });
      parsed.push({
        label,
        tld,
        pieces: seg.parts.map((p) => ({
          text: p.text,
          echo: echoOf(p.text),
          word: p.kind === "word" || p.kind === "term",
        })),
      });
    }
    entries.push({
      id: d.id,
      lang: u.language,
      country: u.location?.country ?? null,
      ai: /\bAI\b|\bA\.I\.|\bIA\b|\bKI\b/.test(d.text),
      stems: stems.map((s, i) => [s, Math.round(concepts[i]!.weight * 100) / 100]),
      names: parsed,
    });
  }
}

// The curated association lexicon, keyed by the concept's stem in its language (what understand computes for a
// request's keyword), words folded to label form; several writers' lists for one stem are merged in order.
const associations: Record<string, Record<string, string[]>> = {};
const assocDir = sourcePath("associations");
let assocLines = 0;
if (existsSync(assocDir))
  for (const f of readdirSync(assocDir)
    .filter((n) => /^a\d+\.jsonl$/.test(n))
    .sort())
    for (const r of readJsonl<{ concept: string; lang: string; form?: string; assoc: string[] }>(`${assocDir}/${f}`)) {
      if (!Array.isArray(r.assoc) || r.assoc.length === 0) continue;
      const lang = r.lang;
      const words = r.assoc
        .map((w) => fold(String(w).toLowerCase()).replace(/[^a-z]/g, ""))
        .filter((w) => w.length >= 3 && w.length <= 10);
      const table = (associations[lang] ??= {});
      for (const key of new Set([
        stem(r.concept.toLowerCase(), lang as "en"),
        stem((r.form ?? r.concept).toLowerCase(), lang as "en"),
      ])) {
        const prev = table[key] ?? [];
        table[key] = [...new Set([...prev, ...words])];
      }
      assocLines++;
    }

const out: KnowledgeFile = {
  version: KNOWLEDGE_VERSION,
  built: new Date().toISOString().slice(0, 10),
  writers,
  note: "Expert references of the training writers only (data/sources/descriptions/SPLITS.md); rebuild with npx tsx scripts/build-naming-knowledge.ts",
  entries: entries.map(encodeEntry),
  stats: knowledgeStats(entries),
  associations: Object.fromEntries(
    Object.entries(associations).map(([lang, t]) => [
      lang,
      Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.join(" ")])),
    ]),
  ),
};
const path = values.out ?? builtPath("naming/knowledge.json");
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, JSON.stringify(out) + "\n");
console.log(
  `${entries.length} descriptions, ${entries.reduce((s, e) => s + e.names.length, 0)} names, ${assocLines} curated concepts -> ${path}`,
);
