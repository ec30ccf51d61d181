/**
 * The model candidate generator: the embedded transformer (models/namewright-small/) proposes names for
 * a request by batched, constrained sampling. The bundle is loaded on first use (tens of ms) and kept.
 *
 *   const g = createModelGenerator();
 *   suggest(text, { generators: [g, lexicalGenerator] });
 */
import type { Candidate, Understanding } from "../../core/types.js";
import type { SamplingOptions } from "../../engine/index.js";
import type { CandidateGenerator } from "../pipeline.js";
import { loadModelBundle, type ModelBundle } from "./bundle.js";
import { nameTables, type NameTables } from "./constrain.js";
import { sampleNames } from "./sample.js";

export { loadModelBundle, defaultModelDir, ModelBundleError, DEFAULT_MODEL_NAME, type ModelBundle } from "./bundle.js";
export { nameTables, nameMask, labelOf, type NameTables, type NameRules } from "./constrain.js";
export { sampleNames, rulesFor, type SampledName, type SampleOptions } from "./sample.js";

export interface ModelGeneratorOptions {
  /** Bundle folder (default models/namewright-small). */
  dir?: string;
  /** An already loaded bundle (tests, evaluation of several checkpoints). */
  bundle?: ModelBundle;
  /** Most rows sampled per request, whatever count is asked (bounds latency). Default 64. */
  maxSamples?: number;
  /** Default: temperature 1, top-p 0.95. */
  sampling?: SamplingOptions;
  /** Added to the per-request seed (a hash of the prompt), so the same request gives the same names. */
  seed?: number;
  /** Counters updated by every request (evaluation: validity and duplicate rates). */
  stats?: { rows: number; complete: number; unique: number };
}

export interface ModelGenerator extends CandidateGenerator {
  /** Loads the bundle now (otherwise on the first request). */
  load(): ModelBundle;
  /** Synchronous: sampling runs on the calling thread. */
  generate(u: Understanding, count: number): Candidate[];
}

/** FNV-1a of a string: a stable per-request seed. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Keywords the label contains, in order of appearance: the words it was (probably) built from. */
function partsOf(label: string, u: Understanding): string[] {
  const found: Array<[number, string]> = [];
  for (const k of u.keywords) {
    for (const w of new Set([k.word, k.lemma, k.stem])) {
      if (w.length < 3) continue;
      const at = label.indexOf(w);
      if (at >= 0) {
        found.push([at, w]);
        break;
      }
    }
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, w]) => w);
}

export function createModelGenerator(options: ModelGeneratorOptions = {}): ModelGenerator {
  let bundle: ModelBundle | undefined = options.bundle;
  let tables: NameTables | undefined;
  const load = (): ModelBundle => {
    bundle ??= loadModelBundle(options.dir);
    tables ??= nameTables(bundle.tokenizer);
    return bundle;
  };
  return {
    name: "model",
    load,
    generate(u: Understanding, count: number): Candidate[] {
      const b = load();
      const n = Math.max(1, Math.min(count, options.maxSamples ?? 64));
      const names = sampleNames(b.model, b.tokenizer, tables!, u, {
        n,
        sampling: options.sampling ?? { temperature: 1, topP: 0.95 },
        seed: (hash(u.text) + (options.seed ?? 0)) >>> 0,
        stats: options.stats,
      });
      return names.map((x) => ({ label: x.label, tld: x.tld, source: "model" as const, method: "model", parts: partsOf(x.label, u) }));
    },
  };
}
