/**
 * How often the default generator honours the wishes the writers recorded in `constraints` (training writers
 * only: w1-w3, w6-w17, w20-w22 when present). Structured wishes (tlds, max_length, no_hyphens, no_digits,
 * must_include) and the words the notes ask to avoid ("avoid 'dent'", "no 'Hotel' in the name", "must not
 * contain 'meno'"). A name complies when it meets every checkable wish of its record.
 *   node --import tsx experiments/names/constraint-compliance.ts [--writers w1,w2] [--show 20]
 */
import { readFileSync, existsSync } from "node:fs";
import { TRAINING_WRITERS } from "../../src/core/splits.js";
import { suggestDetailed } from "../../src/generate/pipeline.js";
import { resolveGenerators, defaultGeneratorKind } from "../../src/generate/index.js";
import { foldDiacritics } from "../../src/understand/index.js";
import { avoidedWords } from "./constraint-compliance-lib.js";

interface Rec {
  id: string;
  text: string;
  constraints: null | {
    tlds?: string[];
    max_length?: number;
    no_hyphens?: boolean;
    no_digits?: boolean;
    must_include?: string[];
    notes?: string;
  };
}

const arg = (k: string): string | undefined => {
  const i = process.argv.indexOf(k);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const writers = (arg("--writers")?.split(",") ?? [...TRAINING_WRITERS]).filter((w) =>
  existsSync(`data/sources/descriptions/${w}.jsonl`),
);
const show = Number(arg("--show") ?? 15);


const recs: Rec[] = writers.flatMap((w) =>
  readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Rec),
);
const withWishes = recs.filter((r) => r.constraints);
const gens = resolveGenerators(defaultGeneratorKind(), { warn: () => {} });
const kinds: Record<string, { names: number; ok: number; recs: number }> = {};
const bump = (k: string, ok: boolean): void => {
  kinds[k] ??= { names: 0, ok: 0, recs: 0 };
  kinds[k].names++;
  if (ok) kinds[k].ok++;
};
let names = 0;
let okNames = 0;
const misses: string[] = [];
for (const r of withWishes) {
  const c = r.constraints!;
  const avoid = c.notes ? avoidedWords(c.notes) : [];
  let res;
  try {
    res = await suggestDetailed(r.text, { count: 10, generators: gens });
  } catch {
    continue;
  }
  if (res.status !== "success") continue;
  for (const s of res.suggestions) {
    const dot = s.domain.indexOf(".");
    const label = s.domain.slice(0, dot);
    const tld = s.domain.slice(dot + 1);
    const bare = foldDiacritics(label).replace(/-/g, "");
    const checks: [string, boolean][] = [];
    if (c.tlds?.length) checks.push(["tlds", c.tlds.map((t) => t.replace(/^\./, "").toLowerCase()).includes(tld)]);
    if (c.max_length) checks.push(["max_length", [...label].length <= c.max_length]);
    if (c.no_hyphens) checks.push(["no_hyphens", !label.includes("-")]);
    if (c.no_digits) checks.push(["no_digits", !/\d/.test(label)]);
    if (c.must_include?.length)
      checks.push([
        "must_include",
        c.must_include.some((w) => bare.includes(foldDiacritics(w.toLowerCase()).replace(/[^a-z0-9]/g, ""))),
      ]);
    if (avoid.length) checks.push(["avoid", !avoid.some((w) => bare.includes(w))]);
    if (checks.length === 0) continue;
    names++;
    const all = checks.every(([, ok]) => ok);
    if (all) okNames++;
    for (const [k, ok] of checks) bump(k, ok);
    if (!all && misses.length < show)
      misses.push(`${r.id} ${s.domain} fails ${checks.filter(([, ok]) => !ok).map(([k]) => k).join(",")} | ${JSON.stringify(c)}`);
  }
}
console.log(`writers ${writers.join(",")}: ${withWishes.length} records with wishes, ${names} names checked`);
console.log(`all checkable wishes met: ${okNames}/${names} = ${(okNames / Math.max(1, names)).toFixed(3)}`);
for (const [k, v] of Object.entries(kinds)) console.log(`  ${k}: ${v.ok}/${v.names} = ${(v.ok / v.names).toFixed(3)}`);
console.log(misses.join("\n"));
