/**
 * Held-out groups, so the test split measures generalisation rather than memory: whole industries
 * and whole opener template families are held out of training. A record goes to test if its
 * industry or its family is held out for test, else to val if either is held out for val, else to
 * train. At most one industry per sector is held out per split, so every sector stays in train.
 */
import type { Rng } from "../core/random.js";
import { INDUSTRIES, SECTORS } from "../taxonomy/index.js";
import type { LanguagePack } from "./pack.js";
import type { Split } from "./types.js";

export interface HeldOut {
  testIndustries: string[];
  valIndustries: string[];
  testFamilies: string[];
  valFamilies: string[];
}

export interface HoldoutOptions {
  /** Sectors that lose one industry to test (default 14). */
  testSectors?: number;
  /** Sectors that lose one industry to val (default 8). */
  valSectors?: number;
  /** Opener families per language held out for test (default 2) and val (default 1). */
  testFamiliesPerLanguage?: number;
  valFamiliesPerLanguage?: number;
}

export function chooseHeldOut(rng: Rng, packs: readonly LanguagePack[], opts: HoldoutOptions = {}): HeldOut {
  const testSectors = opts.testSectors ?? 14;
  const valSectors = opts.valSectors ?? 8;
  const sectors = rng.shuffle(SECTORS);
  const testIndustries: string[] = [];
  const valIndustries: string[] = [];
  sectors
    .slice(0, testSectors)
    .forEach((s) => testIndustries.push(rng.pick(INDUSTRIES.filter((i) => i.sector === s)).id));
  // Val sectors overlap test sectors only when there are too few sectors; a sector keeps >= 1 train industry either way (>= 3 each).
  rng
    .shuffle(SECTORS)
    .slice(0, valSectors)
    .forEach((s) =>
      valIndustries.push(rng.pick(INDUSTRIES.filter((i) => i.sector === s && !testIndustries.includes(i.id))).id),
    );
  const testFamilies: string[] = [];
  const valFamilies: string[] = [];
  for (const pack of packs) {
    // Minimal and list families carry whole complexity levels; holding them out would empty a level in train.
    const openers = rng.shuffle(pack.families.filter((f) => f.kind === "opener").map((f) => f.id));
    const nt = opts.testFamiliesPerLanguage ?? 2;
    const nv = opts.valFamiliesPerLanguage ?? 1;
    testFamilies.push(...openers.slice(0, nt));
    valFamilies.push(...openers.slice(nt, nt + nv));
  }
  return {
    testIndustries: testIndustries.sort(),
    valIndustries: valIndustries.sort(),
    testFamilies: testFamilies.sort(),
    valFamilies: valFamilies.sort(),
  };
}

export function assignSplit(held: HeldOut, industry: string, family: string): Split {
  if (held.testIndustries.includes(industry) || held.testFamilies.includes(family)) return "test";
  if (held.valIndustries.includes(industry) || held.valFamilies.includes(family)) return "val";
  return "train";
}
