/**
 * The model candidate generator: the embedded transformer (models/namewright-small/) proposes names for
 * a request by batched, constrained sampling. The bundle is loaded on first use (tens of ms) and kept.
 *
 *   const g = createModelGenerator();
 *   suggest(text, { generators: [g, lexicalGenerator] });
 */
import type { Candidate, Understanding } from "../../core/types.js";
import { fnv1a } from "../../core/hash.js";
import type { SamplingOptions } from "../../engine/index.js";
import type { CandidateGenerator } from "../pipeline.js";
import { loadModelBundle, type ModelBundle } from "./bundle.js";
import { nameTables, type NameTables } from "./constrain.js";
import { sampleNames, type Anchors, type SampledName } from "./sample.js";
import { promptRoots } from "./format.js";
import { requiredForm, type Root } from "../lexical.js";

export { loadModelBundle, defaultModelDir, readGenerationConfig, ModelBundleError, DEFAULT_MODEL_NAME, GENERATION_CONFIG_FILE, type ModelBundle } from "./bundle.js";
export { nameTables, nameMask, labelOf, type NameTables, type NameRules } from "./constrain.js";
export { sampleNames, rulesFor, type SampledName, type SampleOptions, type Anchors } from "./sample.js";
export {
  encodePrompt, encodeName, encodeExample, modelSpecials, promptWords, promptRoots, tldToken, BASE_TLDS, LENGTH_BUCKETS,
  PROMPT_FORMAT, PROMPT_TEXT_TOKENS, PROMPT_WORDS, MAX_LABEL_TOKENS, type EncodedExample,
} from "./format.js";

export interface ModelGeneratorOptions {
  /** Bundle folder (default models/namewright-small). */
  dir?: string;
  /** An already loaded bundle (tests, evaluation of several checkpoints). */
  bundle?: ModelBundle;
  /** Most rows sampled per request, whatever count is asked (bounds latency). Default 64. */
  maxSamples?: number;
  /**
   * Extra rows (x the rows asked) redrawn when a row repeats a name or ends in none, so the generator
   * returns as many distinct names as rows asked. Default DEFAULT_RETRIES.
   */
  retries?: number;
  /** Default: DEFAULT_SAMPLING with what the bundle's generation_config.json sets. */
  sampling?: SamplingOptions;
  /** Added to the per-request seed (a hash of the prompt), so the same request gives the same names. */
  seed?: number;
  /**
   * Rows sampled per name returned (default 1 = off; the product's `--generator model` uses
   * DEFAULT_OVERSAMPLE): with f > 1, up to f x count distinct names are sampled and the count with the best
   * lexical prior (priorFinder) are returned, as the lexical generator builds a few hundred labels and
   * returns the `count` best by that prior. The ranking still gets `count` candidates.
   */
  oversample?: number;
  /** Decode a required word into the names (SampleOptions.decodeRequired). Default true. */
  decodeRequired?: boolean;
  /** Rows anchored to the strongest prompt words (SampleOptions.anchors). Default DEFAULT_ANCHORS. */
  anchors?: Anchors;
  /** Counters updated by every request (evaluation: validity and duplicate rates). */
  stats?: { rows: number; complete: number; unique: number };
}

export interface ModelGenerator extends CandidateGenerator {
  /** Loads the bundle now (otherwise on the first request). */
  load(): ModelBundle;
  /** Synchronous: sampling runs on the calling thread. */
  generate(u: Understanding, count: number): Candidate[];
}

/**
 * Temperature 1 with nucleus 0.9 (and top-64 among the valid continuations, see rulesFor); a bundle's
 * generation_config.json overrides it. First chosen (0.8) on 120 validation descriptions with the format-2
 * fine-tune and plain sampling: quality@10 8.09 at top-p 0.8 vs 7.99 at 0.95, 7.65 at 0.6, 8.01 at
 * temperature 1.3 / top-p 0.7, 7.96 at temperature 0.7. The product's decoding (redraws, 6 x over-sampling
 * with the lexical prior) profits from a wider nucleus: on 300 validation descriptions, product decoding,
 * fp2-s1 8.713 at 0.8 vs 8.736 at 0.9 (8.721 / 8.695 at temperature 1.1 / 1.2), rs3-s1 8.724 vs 8.773.
 */
export const DEFAULT_SAMPLING: SamplingOptions = { temperature: 1, topP: 0.9 };

/** How a bundle samples when the caller sets nothing: DEFAULT_SAMPLING with what its generation_config.json sets. */
export function bundleSampling(bundle: ModelBundle): SamplingOptions {
  return { ...DEFAULT_SAMPLING, ...bundle.sampling };
}

/**
 * Redraw budget (ModelGeneratorOptions.retries). On 120 validation descriptions with 32 names asked
 * (rs3-s1): without redraws 22.3 distinct names from 32 rows, quality@10 8.11; with 1 x 32 extra rows at
 * most, 30.5 distinct from 49.8 rows, 8.20; with 2 x, 31.5 from 53.7 rows, 8.20.
 */
export const DEFAULT_RETRIES = 1;

/**
 * Over-sampling factor of the product's model generator (ModelGeneratorOptions.oversample): 6 x 32 rows,
 * the 32 names with the best lexical prior go to the ranking. On 120 validation descriptions (rs3-s1,
 * quality@10): 1 x 8.56, 2 x 8.73, 3 x 8.77, 4 x 8.80, 6 x 8.81 (lexical 8.73). On the 500 test items
 * 3 x / 4 x / 6 x gave -0.015 / +0.019 / +0.041 against lexical (MODEL_CARD.md); 6 x is the first whose CI
 * is above zero. It costs ~6x the sampling time (bench/model.ts).
 */
export const DEFAULT_OVERSAMPLE = 6;

/**
 * The n names with the best prior of an over-sampled set, in sampling order (ties: sampled first). A plain
 * top-n: grouping by lead root and merging the groups round-robin, as the lexical generator merges its
 * method families, scored lower on 120 validation descriptions (8.64 vs 8.77 with 3 x 32 rows); the
 * ranking's diversity step already spreads the roots.
 */
function bestByPrior(names: SampledName[], prior: (label: string) => number, n: number): SampledName[] {
  return names
    .map((x, i) => ({ i, p: prior(x.label) }))
    .sort((a, b) => b.p - a.p || a.i - b.i)
    .slice(0, n)
    .sort((a, b) => a.i - b.i)
    .map((e) => names[e.i]!);
}

/**
 * Anchoring is off: on 120 validation descriptions (rs3-s1) anchoring to the 4 strongest words gave 8.58
 * against 8.56 without over-sampling, but 8.68 against 8.77 with 3 x over-sampling (MODEL_CARD.md).
 */
export const DEFAULT_ANCHORS: Anchors = { words: 0, free: 0 };


/**
 * Where the request's words occur in a label: prompt root words and keywords, longest first without
 * overlaps, as [position, word] in order of appearance. Returns a function of the label, so a caller
 * labelling many names of one request builds the word list (WordNet lookups, sort) once.
 */
function wordSpans(u: Understanding, rootWords: readonly string[]): (label: string) => Array<[number, string]> {
  const words = new Set<string>(rootWords);
  for (const k of u.keywords) for (const w of [k.word, k.lemma, k.stem]) words.add(w.toLowerCase());
  const sorted = [...words].filter((w) => w.length >= 3).sort((a, b) => b.length - a.length);
  return (label) => {
    const taken = new Array<boolean>(label.length).fill(false);
    const found: Array<[number, string]> = [];
    for (const w of sorted) {
      const at = label.indexOf(w);
      if (at < 0 || taken.slice(at, at + w.length).some(Boolean)) continue;
      taken.fill(true, at, at + w.length);
      found.push([at, w]);
    }
    return found.sort((a, b) => a[0] - b[0]);
  };
}

/**
 * Both readings of a label against one request, over one word matcher (built once per request):
 * `parts`, the words it was (probably) built from, which the rubric uses as segmentation hints as it does the
 * parts the lexical generator reports for its own compounds; and `prior`, the lexical generator's prior
 * (selectByPrior in lexical.ts: mean root weight of a candidate's parts, 0.3 for affixes and other pieces),
 * per letter: each letter counts the weight of the root word it lies in, 0.3 when it lies in none.
 */
function labelReader(u: Understanding, roots: readonly Root[]): { parts: (label: string) => string[]; prior: (label: string) => number } {
  const weight = new Map(roots.map((r) => [r.word, r.weight]));
  const spans = wordSpans(u, roots.map((r) => r.word));
  return {
    parts: (label) => spans(label).map(([, w]) => w),
    prior: (label) => {
      let covered = 0, sum = 0;
      for (const [, w] of spans(label)) {
        covered += w.length;
        sum += w.length * (weight.get(w) ?? 0.3);
      }
      return (sum + 0.3 * (label.length - covered)) / Math.max(1, label.length);
    },
  };
}

/** The parts reading of labelReader, for the labels of one request. */
export function partsFinder(u: Understanding, roots: readonly Root[] = promptRoots(u)): (label: string) => string[] {
  return labelReader(u, roots).parts;
}

/** The prior reading of labelReader, for the labels of one request. */
export function priorFinder(u: Understanding, roots: readonly Root[] = promptRoots(u)): (label: string) => number {
  return labelReader(u, roots).prior;
}

/** partsFinder for a single label. */
export function partsOf(label: string, u: Understanding): string[] {
  return partsFinder(u)(label);
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
      const f = Math.max(1, options.oversample ?? 1);
      // A lone root word copied from the prompt ("crema.com") is generic and long registered; the lexical
      // generator does not offer it either unless the user requires that word. Such rows are redrawn.
      const roots = promptRoots(u);
      const required = new Set(u.constraints.mustInclude.map(requiredForm));
      const lone = new Set(roots.map((r) => r.word).filter((w) => !required.has(w)));
      const names = sampleNames(b.model, b.tokenizer, tables!, u, {
        n: Math.round(n * f),
        sampling: options.sampling ?? bundleSampling(b),
        retries: options.retries ?? DEFAULT_RETRIES,
        seed: (fnv1a(u.text) + (options.seed ?? 0)) >>> 0,
        stats: options.stats,
        drop: lone,
        anchors: options.anchors ?? DEFAULT_ANCHORS,
        decodeRequired: options.decodeRequired,
      });
      const read = labelReader(u, roots);
      const chosen = f > 1 && names.length > n ? bestByPrior(names, read.prior, n) : names;
      return chosen.map((x) => ({ label: x.label, tld: x.tld, source: "model" as const, method: "model", parts: read.parts(x.label), draws: x.draws }));
    },
  };
}
