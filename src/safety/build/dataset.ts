/**
 * The labelled request set: hand-written seed requests (data/sources/safety/seeds/{train,test}.jsonl, written
 * separately for each split) plus obfuscated variants generated from them with a fixed seed
 * (src/safety/obfuscate.ts). `buildDataset` is pure; `npm run build:safety-data` writes the result to
 * data/built/safety/dataset/{train,test}.jsonl, and a test checks that the committed files match a rebuild.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { builtPath, sourcePath } from "../../core/index.js";
import { SafetyDataError, SafetyInputError } from "../errors.js";
import { OBFUSCATIONS, mulberry32, obfuscate, type ObfuscationKind } from "./obfuscate.js";
import { REQUEST_CATEGORIES } from "../policy.js";

export const SPLITS = ["train", "test"] as const;
export type Split = (typeof SPLITS)[number];
export type DatasetKind = "unsafe" | "hard_negative" | "benign";

const labelSchema = z.enum(["safe", ...REQUEST_CATEGORIES]);
export type DatasetLabel = z.infer<typeof labelSchema>;

const seedSchema = z.object({
  id: z.string().regex(/^(tr|te)-\d{3}$/),
  text: z.string().min(1).max(2000),
  lang: z.enum(["en", "es", "fr", "de", "pt", "it"]),
  label: labelSchema,
  kind: z.enum(["unsafe", "hard_negative", "benign"]),
  focus: z.string().optional(),
});
export type Seed = z.infer<typeof seedSchema>;

const exampleSchema = seedSchema.omit({ focus: true, id: true }).extend({
  id: z.string(),
  split: z.enum(SPLITS),
  obfuscation: z.enum(OBFUSCATIONS).nullable(),
  source: z.string().nullable(),
});
export type Example = z.infer<typeof exampleSchema>;

/** Different generator seeds per split, so test variants are not replays of train variants. */
const SPLIT_SEED: Record<Split, number> = { train: 0x5afe7, test: 0x7e57 };

/** Obfuscations that keep a safe request safe (a hidden clause would make it unsafe by construction). */
const NEGATIVE_KINDS: ObfuscationKind[] = [
  "leetspeak",
  "fullwidth",
  "zero_width",
  "homoglyph",
  "spaced",
  "repeated",
  "emoji",
  "base64",
  "mixed",
];

function readJsonl<T>(path: string, schema: z.ZodType<T>): T[] {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (err) {
    throw new SafetyDataError(`cannot read ${path}: ${(err as Error).message}; run \`npm run build:safety-data\``);
  }
  const out: T[] = [];
  raw.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success)
      throw new SafetyDataError(`${path}:${i + 1}: ${parsed.error.issues[0]?.message ?? "invalid record"}`);
    out.push(parsed.data);
  });
  return out;
}

export function loadSeeds(split: Split): Seed[] {
  return readJsonl(sourcePath("safety", "seeds", `${split}.jsonl`), seedSchema);
}

/**
 * Seeds + variants. Every unsafe seed gets one obfuscated variant (kinds cycled in order, so each
 * kind is used about equally) and every third one a second variant; every hard negative (and every
 * other benign seed) gets one meaning-preserving variant, so the false-block rate is also measured on obfuscated safe text.
 */
export function buildDataset(split: Split, seeds: Seed[]): Example[] {
  const rnd = mulberry32(SPLIT_SEED[split]);
  const out: Example[] = [];
  let u = split === "test" ? 3 : 0;
  let n = split === "test" ? 2 : 0;
  seeds.forEach((s, i) => {
    const base = { text: s.text, lang: s.lang, label: s.label, kind: s.kind, split };
    out.push({ id: s.id, ...base, obfuscation: null, source: null });
    const kinds: ObfuscationKind[] = [];
    if (s.kind === "unsafe") {
      kinds.push(OBFUSCATIONS[u++ % OBFUSCATIONS.length]);
      if (i % 3 === 0) kinds.push(OBFUSCATIONS[u++ % OBFUSCATIONS.length]);
    } else if (s.kind === "hard_negative" || i % 2 === 0) kinds.push(NEGATIVE_KINDS[n++ % NEGATIVE_KINDS.length]);
    for (const k of kinds) {
      out.push({
        id: `${s.id}.${k}`,
        ...base,
        text: obfuscate({ text: s.text, lang: s.lang, focus: s.focus }, k, rnd),
        obfuscation: k,
        source: s.id,
      });
    }
  });
  return out;
}

export function datasetPath(split: Split): string {
  return builtPath("safety", "dataset", `${split}.jsonl`);
}

export function loadDataset(split: Split | "all"): Example[] {
  if (split === "all") return SPLITS.flatMap((s) => loadDataset(s));
  if (!SPLITS.includes(split)) throw new SafetyInputError(`unknown split "${String(split)}": use train, test or all`);
  return readJsonl(datasetPath(split), exampleSchema);
}

export interface DatasetStats {
  total: number;
  nonEnglish: number;
  obfuscated: number;
  hardNegatives: number;
  unsafe: number;
  byLabel: Record<string, number>;
  byLang: Record<string, number>;
  byObfuscation: Record<string, number>;
}

export function datasetStats(examples: Example[]): DatasetStats {
  const count = (key: (e: Example) => string) => {
    const m: Record<string, number> = {};
    for (const e of examples) m[key(e)] = (m[key(e)] ?? 0) + 1;
    return m;
  };
  return {
    total: examples.length,
    nonEnglish: examples.filter((e) => e.lang !== "en").length,
    obfuscated: examples.filter((e) => e.obfuscation !== null).length,
    hardNegatives: examples.filter((e) => e.kind === "hard_negative").length,
    unsafe: examples.filter((e) => e.label !== "safe").length,
    byLabel: count((e) => e.label),
    byLang: count((e) => e.lang),
    byObfuscation: count((e) => e.obfuscation ?? "none"),
  };
}
