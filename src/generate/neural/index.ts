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
import { promptRoots, PROMPT_FORMAT, type PromptFormat } from "./format.js";
import { requiredForm, type Root } from "../lexical.js";
import { learnedScore, modelNamesJudge, type LearnedJudge } from "../../score/index.js";

export {
  loadModelBundle,
  defaultModelDir,
  readGenerationConfig,
  ModelBundleError,
  DEFAULT_MODEL_NAME,
  GENERATION_CONFIG_FILE,
  type ModelBundle,
} from "./bundle.js";
export { nameTables, nameMask, labelOf, withSlots, type NameTables, type NameRules } from "./constrain.js";
export { sampleNames, rulesFor, type SampledName, type SampleOptions, type Anchors } from "./sample.js";
export {
  encodePrompt,
  encodeName,
  encodeExample,
  modelSpecials,
  promptLayout,
  copyPieces,
  copyToken,
  hasCopySlots,
  promptWords,
  promptRoots,
  tldToken,
  BASE_TLDS,
  LENGTH_BUCKETS,
  PROMPT_FORMAT,
  PROMPT_FORMATS,
  PROMPT_TEXT_TOKENS,
  PROMPT_WORDS,
  MAX_LABEL_TOKENS,
  type EncodedExample,
  type PromptFormat,
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
  /**
   * The judge that picks the best of a format-3/4 bundle's samples (default: the model-names judge,
   * modelNamesJudge); evaluation passes another to compare selectors.
   */
  judge?: LearnedJudge;
  /** Decode a required word into the names (SampleOptions.decodeRequired). Default true. */
  decodeRequired?: boolean;
  /** Rows anchored to the strongest prompt words (SampleOptions.anchors). Default DEFAULT_ANCHORS. */
  anchors?: Anchors;
  /** Counters updated by every request (evaluation: validity and duplicate rates). */
  stats?: { rows: number; complete: number; unique: number };
}

export interface ModelGenerator extends CandidateGenerator {
  /**
   * "prior" for a bundle trained on the expert references (prompt formats 3 and 4): its names come ranked by the
   * model-names judge (Candidate.prior) with the TLDs the model chose, as the crafted generator's do; "rubric" for
   * older bundles. Reading it loads the bundle.
   */
  readonly ranking: "rubric" | "prior";
  /** Loads the bundle now (otherwise on the first request). */
  load(): ModelBundle;
  /** Synchronous: sampling runs on the calling thread. */
  generate(u: Understanding, count: number): Candidate[];
}

/**
 * Temperature 1 with nucleus 0.9 (and top-64 among the valid continuations, see rulesFor); a bundle's
 * generation_config.json overrides it. The nucleus was chosen on validation descriptions: the product's
 * decoding (redraws, over-sampling with the lexical prior) profits from a wider one than plain sampling
 * does. The sweeps are in experiments/namewright-small/RESULTS.md.
 */
export const DEFAULT_SAMPLING: SamplingOptions = { temperature: 1, topP: 0.9 };

/** How a bundle samples when the caller sets nothing: DEFAULT_SAMPLING with what its generation_config.json sets. */
export function bundleSampling(bundle: ModelBundle): SamplingOptions {
  return { ...DEFAULT_SAMPLING, ...bundle.sampling };
}

/**
 * Redraw budget (ModelGeneratorOptions.retries): one extra row per row asked at most. Without redraws a
 * third of the rows repeat a name; a second extra row per row added almost nothing (validation figures in
 * experiments/namewright-small/RESULTS.md).
 */
export const DEFAULT_RETRIES = 1;

/**
 * Over-sampling factor of the product's model generator (ModelGeneratorOptions.oversample): 6 x 32 rows,
 * the 32 names with the best lexical prior go to the ranking, as the lexical generator keeps the best of
 * the few hundred labels it builds. 6 x was the smallest factor that beat the lexical generator with a CI
 * above zero; it multiplies the sampling time (figures in experiments/namewright-small/RESULTS.md; `npm run bench -- model`).
 */
export const DEFAULT_OVERSAMPLE = 6;

/**
 * The n names with the best prior of an over-sampled set, in sampling order (ties: sampled first). A plain
 * top-n: merging groups by lead root round-robin, as the lexical generator merges its method families,
 * scored lower on validation; the ranking's diversity step already spreads the roots.
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
 * Anchoring is off: anchoring rows to the strongest words helped plain sampling a little and hurt the
 * product's over-sampled decoding on validation (figures in experiments/namewright-small/RESULTS.md).
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
function labelReader(
  u: Understanding,
  roots: readonly Root[],
): { parts: (label: string) => string[]; prior: (label: string) => number } {
  const weight = new Map(roots.map((r) => [r.word, r.weight]));
  const spans = wordSpans(
    u,
    roots.map((r) => r.word),
  );
  return {
    parts: (label) => spans(label).map(([, w]) => w),
    prior: (label) => {
      let covered = 0,
        sum = 0;
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

/** partsFinder for a single label, with the prompt words of the given prompt format (default the current one). */
export function partsOf(label: string, u: Understanding, format: PromptFormat = PROMPT_FORMAT): string[] {
  return partsFinder(u, promptRoots(u, format))(label);
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
    get ranking(): "rubric" | "prior" {
      return (load().format ?? PROMPT_FORMAT) >= 3 ? "prior" : "rubric";
    },
    generate(u: Understanding, count: number): Candidate[] {
      const b = load();
      const n = Math.max(1, Math.min(count, options.maxSamples ?? 64));
      const f = Math.max(1, options.oversample ?? 1);
      // A lone root word copied from the prompt ("crema.com") is generic and long registered; the lexical
      // generator does not offer it either unless the user requires that word. Such rows are redrawn.
      const format = b.format ?? PROMPT_FORMAT;
      const roots = promptRoots(u, format);
      const required = new Set(u.constraints.mustInclude.map(requiredForm));
      const lone = new Set(roots.map((r) => r.word).filter((w) => !required.has(w)));
      const names = sampleNames(b.model, b.tokenizer, tables!, u, {
        n: Math.round(n * f),
        format,
        sampling: options.sampling ?? bundleSampling(b),
        retries: options.retries ?? DEFAULT_RETRIES,
        seed: (fnv1a(u.text) + (options.seed ?? 0)) >>> 0,
        stats: options.stats,
        drop: lone,
        anchors: options.anchors ?? DEFAULT_ANCHORS,
        decodeRequired: options.decodeRequired,
      });
      const read = labelReader(u, roots);
      const candidate = (x: SampledName, prior?: number): Candidate => ({
        label: x.label,
        tld: x.tld,
        source: "model" as const,
        method: "model",
        parts: read.parts(x.label),
        draws: x.draws,
        ...(prior === undefined ? {} : { prior }),
      });
      if (format >= 3)
        // Best-of-N by the model-names judge: a model trained on the experts' names proposes, a judge fitted on
        // blind labels of model-made names chooses (the learned judge, fitted on other names, ranks these no better
        // than chance; the agreement of both is in data/built/judge/model-judge.json).
        return names
          .map((x) => ({ x, s: learnedScore(x.label, x.tld, u, options.judge ?? modelNamesJudge()).score }))
          .sort((a, b) => b.s - a.s)
          .slice(0, n)
          .map(({ x, s }) => candidate(x, s / 10));
      const chosen = f > 1 && names.length > n ? bestByPrior(names, read.prior, n) : names;
      return chosen.map((x) => candidate(x));
    },
  };
}
