/**
 * Candidate sources by name, for the scripts that compare them (validation by the learned judge, blind
 * judging rounds): a product configuration ("crafted", "lexical", "model", "both") or a training run's
 * weights prompted as the product prompts them:
 *   run=<id>        runs/<id>/merged.safetensors (a fine-tune), else runs/<id>/model.safetensors (a base)
 *   run=<id>~learned the same, its samples chosen by the learned judge instead of the model-names judge
 *   knowledge=<file> the crafted generator reading another naming-knowledge file (scripts/build-naming-knowledge.ts --out)
 * A run alone samples 6 x 32 names and keeps the 32 the model-names judge scores best (the model generator's
 * product setting for bundles trained on the expert references).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { craftedCandidates, resolveGenerators, type CandidateGenerator } from "../src/generate/index.js";
import { loadKnowledge } from "../src/naming/index.js";
import { learnedJudge } from "../src/score/index.js";
import {
  createModelGenerator,
  loadModelBundle,
  DEFAULT_OVERSAMPLE,
  DEFAULT_RETRIES,
} from "../src/generate/neural/index.js";

const cache = new Map<string, CandidateGenerator[]>();

export function sourceGenerators(name: string): CandidateGenerator[] {
  const hit = cache.get(name);
  if (hit) return hit;
  let gens: CandidateGenerator[];
  if (name.startsWith("run=")) {
    const [run, selector] = name.slice(4).split("~");
    const dir = join("runs", run!);
    const file = existsSync(join(dir, "merged.safetensors")) ? "merged.safetensors" : "model.safetensors";
    gens = [
      createModelGenerator({
        bundle: loadModelBundle(dir, file),
        maxSamples: 32,
        retries: DEFAULT_RETRIES,
        oversample: DEFAULT_OVERSAMPLE,
        ...(selector === "learned" ? { judge: learnedJudge() } : {}),
      }),
    ];
  } else if (name.startsWith("knowledge=")) {
    const knowledge = loadKnowledge(name.slice("knowledge=".length));
    const [crafted] = resolveGenerators("crafted");
    gens = [
      {
        ...crafted!,
        // As the crafted generator, with its fallback for requests without a usable concept.
        generate: (u, count) => {
          const c = craftedCandidates(u, { limit: count, knowledge });
          return c.length > 0 ? c : crafted!.generate(u, count);
        },
      },
    ];
  } else gens = resolveGenerators(name);
  cache.set(name, gens);
  return gens;
}
