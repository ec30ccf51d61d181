/**
 * Builds data/built/naming/place-bound.json from the place checkers' verdicts (data/sources/naming-place-bound/pc*.jsonl,
 * {id, checker, place_bound}; BRIEF.md there): for each knowledge description a checker saw, the place the product's
 * understanding reads in its text and the expert names any checker found bound to that place (the union). Only the knowledge's
 * training writers are read (their ids are the knowledge file's).
 *   npx tsx scripts/build-place-bound.ts [--out FILE]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { sourceRecords } from "../src/core/paths.js";
import { TRAINING_WRITERS } from "../src/core/splits.js";
import { placeBoundPath } from "../src/naming/index.js";
import { understand } from "../src/understand/index.js";
import { readDescriptions } from "./ground-truth.js";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const out = values.out ?? placeBoundPath();

const verdicts = sourceRecords("naming-place-bound", /^pc\d+\.jsonl$/) as {
  id?: unknown;
  place_bound?: unknown;
}[];
// The descriptions of the writers the checkers saw, read once (the project's shared reader).
const writers = [...new Set(verdicts.map((v) => String(v.id).slice(0, String(v.id).indexOf("-"))))];
const notTraining = writers.filter((w) => !TRAINING_WRITERS.includes(w));
if (notTraining.length > 0) throw new Error(`not training writers' descriptions: ${notTraining.join(", ")}`);
const texts = new Map(readDescriptions(writers).map((d) => [d.id, d.text]));
const textOf = (id: string): string | undefined => texts.get(id);

const entries: Record<string, { place: string; labels: string[] }> = {};
let labels = 0;
for (const v of verdicts) {
  if (typeof v.id !== "string" || !Array.isArray(v.place_bound)) throw new Error(`bad verdict ${JSON.stringify(v)}`);
  // The checkers saw whole domains ("sactownkeys.com"); the generator borrows labels.
  const bound = v.place_bound
    .filter((l): l is string => typeof l === "string")
    .map((l) => (l.includes(".") ? l.slice(0, l.indexOf(".")) : l));
  if (bound.length === 0) continue;
  const text = textOf(v.id);
  if (text === undefined) throw new Error(`${v.id}: no such description`);
  const place = understand(text).location?.name;
  // A checker saw only descriptions whose text names a place; one the understanding no longer places is skipped.
  if (!place) continue;
  // Several checkers may have seen one description: a name any of them found bound to the place is bound.
  const union = [...new Set([...(entries[v.id]?.labels ?? []), ...bound])];
  labels += union.length - (entries[v.id]?.labels.length ?? 0);
  entries[v.id] = { place, labels: union };
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify({
    version: 1,
    note: "Expert names bound to their business's place, by the place checkers (data/sources/naming-place-bound).",
    entries,
  }) + "\n",
);
console.log(
  `${verdicts.length} verdicts, ${Object.keys(entries).length} descriptions with ${labels} place-bound names -> ${out}`,
);
