/**
 * Generator configurations an evaluation can run: a name plus the pipeline options that select the
 * candidate sources. Built in: every kind the CLI offers ("lexical", "model", "both": exactly what
 * `namewright suggest --generator KIND` runs) and "bundle" (any trained model folder, alone or as the
 * product combines it). Code can also pass a GeneratorSpec with any CandidateGenerator, or register more.
 *
 * A config string is `name` or `name:key=value,key=value`, e.g. "lexical:pool=200". Keys every config
 * understands: pool (candidates asked of each generator before ranking), count (suggestions returned).
 * "bundle" takes dir (required: a folder with model.safetensors, tokenizer.json, model.json), mode
 * (model | both, default model), temperature and top_p (default: as the bundle ships), oversample and
 * retries (default: the product's for that mode).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  asSupplement,
  embeddedModelAvailable,
  GENERATOR_KINDS,
  lexicalGenerator,
  resolveGenerators,
  type CandidateGenerator,
  type SuggestOptions,
} from "../generate/index.js";
import {
  bundleSampling,
  createModelGenerator,
  defaultModelDir,
  DEFAULT_OVERSAMPLE,
  DEFAULT_RETRIES,
  loadModelBundle,
} from "../generate/neural/index.js";
import { EvalError } from "./errors.js";
import { sha256Hex } from "../core/hash.js";

export interface GeneratorSpec {
  /** Identifier recorded in the run (e.g. "lexical:pool=200"). */
  name: string;
  generators: CandidateGenerator[];
  /** Options passed to suggestDetailed (poolSize, count, ...), besides `generators`. */
  options?: Omit<SuggestOptions, "generators">;
  /** Version of the model behind the generators, when there is one (file hash, run id). */
  model?: { id: string; sha256?: string; path?: string } | null;
}

export type GeneratorFactory = (params: Readonly<Record<string, string>>) => GeneratorSpec | Promise<GeneratorSpec>;

const registry = new Map<string, GeneratorFactory>();

/** Makes `namewright eval --generator NAME[:params]` know a configuration. */
export function registerGeneratorConfig(name: string, factory: GeneratorFactory): void {
  if (!/^[a-z][a-z0-9_-]*$/.test(name))
    throw new EvalError("eval_bad_generator", `generator config names are lower-case words, got "${name}"`);
  registry.set(name, factory);
}

export function generatorConfigNames(): string[] {
  return [...registry.keys()].sort();
}

export function parseGeneratorConfig(spec: string): { name: string; params: Record<string, string> } {
  const m = String(spec)
    .trim()
    .match(/^([a-z][a-z0-9_-]*)(?::(.*))?$/);
  if (!m)
    throw new EvalError("eval_bad_generator", `bad generator config "${spec}"; expected NAME or NAME:key=value,...`);
  const params: Record<string, string> = {};
  for (const kv of (m[2] ?? "").split(",").filter(Boolean)) {
    const eq = kv.indexOf("=");
    if (eq <= 0) throw new EvalError("eval_bad_generator", `bad parameter "${kv}" in "${spec}"; expected key=value`);
    params[kv.slice(0, eq).trim()] = kv.slice(eq + 1).trim();
  }
  return { name: m[1], params };
}

/** A numeric parameter within [min, max] (a whole number when `whole`), or undefined when absent. */
function numberParam(
  params: Readonly<Record<string, string>>,
  key: string,
  min: number,
  max: number,
  whole = false,
): number | undefined {
  if (params[key] === undefined) return undefined;
  const v = Number(params[key]);
  if (!(whole ? Number.isInteger(v) : Number.isFinite(v)) || v < min || v > max)
    throw new EvalError(
      "eval_bad_generator",
      `${key} must be a ${whole ? "whole number" : "number"} from ${min} to ${max}, got "${params[key]}"`,
    );
  return v;
}

const intParam = (
  params: Readonly<Record<string, string>>,
  key: string,
  min: number,
  max: number,
): number | undefined => numberParam(params, key, min, max, true);

/** Resolves a config string to a spec; common keys (pool, count) are applied on top of the factory's options. */
export async function resolveGeneratorConfig(spec: string): Promise<GeneratorSpec> {
  const { name, params } = parseGeneratorConfig(spec);
  const factory = registry.get(name);
  if (!factory)
    throw new EvalError(
      "eval_unknown_generator",
      `unknown generator config "${name}"; known: ${generatorConfigNames().join(", ")}`,
    );
  const g = await factory(params);
  const pool = intParam(params, "pool", 1, 100_000);
  const count = intParam(params, "count", 1, 100);
  return {
    ...g,
    name: spec.trim(),
    options: {
      ...g.options,
      ...(pool !== undefined ? { poolSize: pool } : {}),
      ...(count !== undefined ? { count } : {}),
    },
  };
}

/** The identity of a bundle's weights, recorded in the run so two runs of different weights never mix. */
function modelIdentity(dir: string): { id: string; sha256: string; path: string } {
  const file = join(dir, "model.safetensors");
  return { id: dir, sha256: sha256Hex(readFileSync(file)), path: file };
}

registerGeneratorConfig("lexical", () => ({ name: "lexical", generators: [lexicalGenerator], model: null }));

// The product's configurations, resolved exactly as the CLI resolves them.
for (const kind of GENERATOR_KINDS.filter((k) => k !== "lexical")) {
  registerGeneratorConfig(kind, () => {
    const dir = defaultModelDir();
    if (!embeddedModelAvailable(dir))
      throw new EvalError("eval_no_model", `--generator ${kind} needs the embedded model in ${dir}`);
    return { name: kind, generators: resolveGenerators(kind), model: modelIdentity(dir) };
  });
}

registerGeneratorConfig("bundle", (params) => {
  if (!params.dir)
    throw new EvalError(
      "eval_bad_generator",
      `bundle needs dir=<folder with model.safetensors>, e.g. bundle:dir=runs/ft-s1`,
    );
  const dir = resolve(params.dir);
  if (!existsSync(join(dir, "model.safetensors")))
    throw new EvalError("eval_bad_generator", `no model.safetensors in ${dir}`);
  const mode = params.mode ?? "model";
  if (mode !== "model" && mode !== "both")
    throw new EvalError("eval_bad_generator", `bundle mode must be model or both, got "${mode}"`);
  const bundle = loadModelBundle(dir);
  const shipped = bundleSampling(bundle);
  const sampling = {
    temperature: numberParam(params, "temperature", 0.01, 10) ?? shipped.temperature,
    topP: numberParam(params, "top_p", 0.01, 1) ?? shipped.topP,
  };
  const alone = mode === "model";
  const model = createModelGenerator({
    bundle,
    maxSamples: 32,
    sampling,
    retries: intParam(params, "retries", 0, 16) ?? (alone ? DEFAULT_RETRIES : 0),
    oversample: intParam(params, "oversample", 1, 64) ?? (alone ? DEFAULT_OVERSAMPLE : 1),
  });
  const generators: CandidateGenerator[] = alone ? [model] : [asSupplement(model), lexicalGenerator];
  return { name: `bundle:${params.dir}`, generators, model: modelIdentity(dir) };
});
