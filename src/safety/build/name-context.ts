/**
 * Builds data/built/safety/name-context.json: what the name guard can only judge knowing the business.
 *  - Brands that own an ordinary word in their trade (data/sources/safety/brand-sectors/*.jsonl): "zoom" is
 *    free for a camera shop and a video-call service's mark for a video-call tool. The context-free trademark
 *    list (trademarks.ts) leaves such words out, since outside the trade they are honest words.
 *  - Words that read as vulgar, sexual or insulting in some countries only (data/sources/safety/regional-terms/
 *    *.jsonl): "concha" is a shell in Spain and a vulgarity in Argentina.
 * Both lists were written by helpers from a brief kept beside them (BRIEF.md), the regional words reviewed by a
 * second one (REVIEW-BRIEF.md, review-*.jsonl); this step validates them, applies the review, folds labels the way
 * the name guard folds names, merges duplicates and writes one sorted file. Every regional word counts only as a
 * whole word of a name (the writers' `whole_word_only` is kept in the sources, not used): inside a longer word it
 * is that word.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { builtPath, sourcePath } from "../../core/index.js";
import { SafetyDataError } from "../errors.js";
import { brandLabel } from "./trademarks.js";
import { BRAND_SECTORS, REGIONAL_KINDS, type RegionalTerm, type SectorBrand } from "../names.js";

export type { RegionalTerm, SectorBrand };

const country = z.string().regex(/^(?:\*|[A-Za-z]{2})$/);
const brandRecord = z.object({
  brand: z.string().min(1),
  label: z.string(),
  sectors: z.array(z.enum(BRAND_SECTORS)).min(1),
  countries: z.array(country).min(1),
  note: z.string().optional(),
});
const reviewRecord = z.object({
  term: z.string(),
  action: z.enum(["edit", "drop"]),
  reads_badly_in: z.array(country).min(1).optional(),
  language: z.string().min(2).optional(),
  note: z.string().optional(),
});
const regionalRecord = z.object({
  term: z.string(),
  reads_badly_in: z.array(country).min(1),
  language: z.string().min(2),
  reading: z.string().optional(),
  innocent: z.string().optional(),
  kind: z.enum(REGIONAL_KINDS),
  whole_word_only: z.boolean(),
});

export interface NameContextFile {
  about: string;
  brands: SectorBrand[];
  regional: RegionalTerm[];
}

export const nameContextPath = (): string => builtPath("safety", "name-context.json");

/** Every record of the folder's .jsonl files whose names start with `prefix` (lists: any other name). */
function readRecords<T>(folder: string, schema: z.ZodType<T>, prefix?: string): T[] {
  const dir = sourcePath("safety", folder);
  const out: T[] = [];
  const files = readdirSync(dir).filter(
    (f) => f.endsWith(".jsonl") && (prefix === undefined ? !f.startsWith("review-") : f.startsWith(prefix)),
  );
  for (const file of files.sort()) {
    const lines = readFileSync(join(dir, file), "utf8").split("\n");
    lines.forEach((line, i) => {
      if (line.trim() === "") return;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (err) {
        throw new SafetyDataError(`${folder}/${file}:${i + 1}: not JSON (${(err as Error).message})`);
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success)
        throw new SafetyDataError(`${folder}/${file}:${i + 1}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
      out.push(parsed.data);
    });
  }
  return out;
}

const countries = (cs: readonly string[]): string[] =>
  cs.includes("*") ? [] : [...new Set(cs.map((c) => c.toLowerCase()))].sort();

/** Merges the same label's records: the union of trades and countries (worldwide wins). */
export function buildNameContext(): NameContextFile {
  const brands = new Map<string, SectorBrand>();
  for (const r of readRecords("brand-sectors", brandRecord)) {
    const label = brandLabel(r.label);
    // Three letters or fewer sit inside too many honest words to be read as a brand inside a name.
    if (label.length < 3) continue;
    const prev = brands.get(label);
    const cs = countries(r.countries);
    if (!prev) {
      brands.set(label, { name: r.brand, label, sectors: [...new Set(r.sectors)].sort(), countries: cs });
      continue;
    }
    prev.sectors = [...new Set([...prev.sectors, ...r.sectors])].sort();
    prev.countries =
      prev.countries.length === 0 || cs.length === 0 ? [] : [...new Set([...prev.countries, ...cs])].sort();
  }
  const regional = new Map<string, RegionalTerm>();
  for (const r of readRecords("regional-terms", regionalRecord)) {
    const term = brandLabel(r.term).replace(/[0-9]/g, "");
    if (term.length < 2) continue;
    const prev = regional.get(term);
    const cs = countries(r.reads_badly_in);
    if (!prev) {
      regional.set(term, {
        term,
        countries: cs,
        lang: r.language.toLowerCase(),
        kind: r.kind,
      });
      continue;
    }
    prev.countries =
      prev.countries.length === 0 || cs.length === 0 ? [] : [...new Set([...prev.countries, ...cs])].sort();
  }
  // A second linguist's review (review-*.jsonl: drop an entry, or replace its countries and language).
  for (const r of readRecords("regional-terms", reviewRecord, "review-")) {
    const term = brandLabel(r.term).replace(/[0-9]/g, "");
    const entry = regional.get(term);
    if (!entry) throw new SafetyDataError(`regional-terms review names "${r.term}", which no list has`);
    if (r.action === "drop") regional.delete(term);
    else {
      if (r.reads_badly_in) entry.countries = countries(r.reads_badly_in);
      if (r.language) entry.lang = r.language.toLowerCase();
    }
  }
  const byKey = <T>(m: Map<string, T>): T[] =>
    [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  return {
    about:
      "Generated by `npm run build:safety-data` (src/safety/build/name-context.ts) from data/sources/safety/brand-sectors and regional-terms. Do not edit by hand.",
    brands: byKey(brands),
    regional: byKey(regional),
  };
}
