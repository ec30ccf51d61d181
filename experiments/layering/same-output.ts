/**
 * Before/after check for changes that must not change behaviour (issue 16: "outputs for the same input and seed are
 * the same"): runs the default pipeline on the first N descriptions of the bench set and the validation writer,
 * and prints one JSON line per description (domains, confidences, status). Run it in two checkouts and diff.
 *   [GEN=lexical] node --import tsx experiments/layering/same-output.ts [N=200] > out.jsonl
 */
import { readFileSync } from "node:fs";
import { BENCH_DESCRIPTIONS } from "../../bench/descriptions.js";
import { suggestDetailed } from "../../src/generate/pipeline.js";
import { defaultGeneratorKind, resolveGenerators } from "../../src/generate/index.js";

const n = Number(process.argv[2] ?? 200);
const val = readFileSync("data/sources/descriptions/w4.jsonl", "utf8")
  .trim()
  .split("\n")
  .map((l) => (JSON.parse(l) as { text: string }).text);
const texts = [...BENCH_DESCRIPTIONS.slice(0, n / 2), ...val.slice(0, n / 2)];
const generators = resolveGenerators(process.env.GEN ?? defaultGeneratorKind(), { warn: () => {} });
for (const t of texts) {
  try {
    const r = await suggestDetailed(t, { generators });
    console.log(
      JSON.stringify(
        r.status === "success" ? { s: r.status, n: r.suggestions.map((x) => [x.domain, x.confidence]) } : { s: r.status },
      ),
    );
  } catch (e) {
    console.log(JSON.stringify({ error: (e as Error).message }));
  }
}
