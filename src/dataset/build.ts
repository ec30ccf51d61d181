/**
 * buildDataset({ seed, size }): the synthetic description dataset, reproducible for a seed.
 * Every (industry, language) pair gets the same number of descriptions; families and complexity
 * levels are drawn by weight; exact and near duplicates are dropped as they are generated (and
 * regenerated, up to a few tries, so each pair keeps its quota); splits follow the held-out groups.
 */
import { InputError } from "../core/errors.js";
import { fnv1a } from "../core/hash.js";
import { Rng } from "../core/random.js";
import { INDUSTRIES } from "../taxonomy/index.js";
import { compose } from "./compose.js";
import { NearDuplicateIndex } from "./dedupe.js";
import { PACKS } from "./lang/index.js";
import { makeMessy } from "./messy.js";
import type { TemplateFamily } from "./pack.js";
import { assignSplit, chooseHeldOut, type HeldOut, type HoldoutOptions } from "./split.js";
import type { Complexity, DatasetRecord, Split } from "./types.js";

export interface BuildProgress {
  phase: "generate" | "split" | "targets" | "write";
  done: number;
  total: number;
}

export interface BuildOptions {
  seed: number;
  /** Descriptions to generate before dedupe and split caps (default 30,000). */
  size?: number;
  /** Largest test and val splits kept (random, seeded subsample; default 3,000 and 1,500). */
  testMax?: number;
  valMax?: number;
  /** Share of descriptions made messy (default 0.22). */
  messyRate?: number;
  holdout?: HoldoutOptions;
  onProgress?: (p: BuildProgress) => void;
}

export interface BuiltDataset {
  seed: number;
  records: DatasetRecord[];
  heldOut: HeldOut;
  generated: number;
  droppedExact: number;
  droppedNear: number;
  /** Records dropped by the test/val caps. */
  droppedByCap: number;
  /**
   * The test-split records the cap dropped, in generation order: held out like the test split (same
   * industries and families, deduplicated against every split), kept for pre-registered confirmations:
   * after many looks at the test split, a first look here.
   */
  reserve: DatasetRecord[];
  /** The clean text of each messy record (by id), before typos/case/emoji: name targets are made from it. */
  clean: Map<string, string>;
}

export const DEFAULT_SIZE = 30_000;
const MAX_SIZE = 2_000_000;
const RETRIES = 4;

/** Opener complexity levels and their shares. */
const LEVELS: Complexity[] = ["short", "medium", "long", "paragraph"];
const LEVEL_WEIGHTS = [0.33, 0.33, 0.22, 0.12];

function familyWeights(families: readonly TemplateFamily[]): number[] {
  const openers = families.filter((f) => f.kind === "opener").length;
  return families.map((f) => (f.kind === "minimal" ? 0.14 : f.kind === "list" ? 0.1 : 0.76 / openers));
}

export function validateBuildOptions(opts: BuildOptions): void {
  if (!Number.isInteger(opts.seed) || opts.seed < 0 || opts.seed > 0xffffffff) {
    throw new InputError("DATA_BAD_SEED", `--seed must be an integer from 0 to 4294967295 (got ${opts.seed})`);
  }
  const size = opts.size ?? DEFAULT_SIZE;
  if (!Number.isInteger(size) || size < 100 || size > MAX_SIZE) {
    throw new InputError("DATA_BAD_SIZE", `--size must be an integer from 100 to ${MAX_SIZE} (got ${size})`);
  }
}

export function buildDataset(opts: BuildOptions): BuiltDataset {
  validateBuildOptions(opts);
  const size = opts.size ?? DEFAULT_SIZE;
  const messyRate = opts.messyRate ?? 0.22;
  const root = new Rng(opts.seed, "sfc32");
  const heldOut = chooseHeldOut(root.fork("holdout"), PACKS, opts.holdout);
  const pairs = INDUSTRIES.length * PACKS.length;
  const perPair = Math.ceil(size / pairs);
  const index = new NearDuplicateIndex(0.8);
  const records: DatasetRecord[] = [];
  const ids = new Set<string>();
  const clean = new Map<string, string>();
  let droppedExact = 0;
  let droppedNear = 0;
  let generated = 0;
  let pair = 0;
  for (const ind of INDUSTRIES) {
    for (const pack of PACKS) {
      const rng = root.fork(`${ind.id}/${pack.lang}`);
      const weights = familyWeights(pack.families);
      for (let k = 0; k < perPair; k++) {
        for (let attempt = 0; attempt < RETRIES; attempt++) {
          const family = pack.families[rng.weighted(weights)];
          const level = LEVELS[rng.weighted(LEVEL_WEIGHTS)];
          const c = compose(rng, pack, ind, family, level);
          const m = makeMessy(rng, c.text, ind.sector, pack.lang, messyRate);
          generated++;
          const dup = index.find(m.text);
          if (dup) {
            if (dup.kind === "exact") droppedExact++;
            else droppedNear++;
            continue;
          }
          let id = `${pack.lang}-${(fnv1a(m.text, opts.seed) >>> 0).toString(36)}`;
          while (ids.has(id)) id += "x";
          ids.add(id);
          if (m.messy.length > 0) clean.set(id, c.text);
          index.add(m.text, records.length);
          records.push({
            id,
            business_description: m.text,
            language: pack.lang,
            industry: ind.id,
            sector: ind.sector,
            complexity: c.complexity,
            constraints: c.constraints,
            template_family: family.id,
            split: assignSplit(heldOut, ind.id, family.id),
            messy: m.messy,
            location: c.place ? { name: c.place.name, country: c.place.country } : null,
          });
          break;
        }
      }
      pair++;
      if (pair % 60 === 0 || pair === pairs) opts.onProgress?.({ phase: "generate", done: pair, total: pairs });
    }
  }
  const capped = capSplits(root.fork("caps"), records, { test: opts.testMax ?? 3000, val: opts.valMax ?? 1500 });
  const kept = new Set(capped);
  opts.onProgress?.({ phase: "split", done: 1, total: 1 });
  return {
    seed: opts.seed,
    records: root.fork("order").shuffle(capped),
    heldOut,
    generated,
    droppedExact,
    droppedNear,
    droppedByCap: records.length - capped.length,
    reserve: records.filter((r) => r.split === "test" && !kept.has(r)),
    clean,
  };
}

/** Keeps at most `max[split]` records of test and val (uniform seeded subsample); train is never capped. */
function capSplits(rng: Rng, records: DatasetRecord[], max: Partial<Record<Split, number>>): DatasetRecord[] {
  const keep = new Set<DatasetRecord>();
  for (const split of ["train", "val", "test"] as const) {
    const all = records.filter((r) => r.split === split);
    const limit = max[split];
    for (const r of limit !== undefined && all.length > limit ? rng.sample(all, limit) : all) keep.add(r);
  }
  return records.filter((r) => keep.has(r));
}
