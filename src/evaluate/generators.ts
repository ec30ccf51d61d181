/**
 * Generator configurations an evaluation can run: a name plus the pipeline options that select the
 * candidate sources. Built in: "lexical" (the default pipeline). Other modules register theirs
 * (the model issue adds "model"); code can also pass a GeneratorSpec with any CandidateGenerator.
 *
 * A config string is `name` or `name:key=value,key=value`, e.g. "lexical:pool=200". Keys every config
 * understands: pool (candidates asked of each generator before ranking), count (suggestions returned).
 */
import { lexicalGenerator, type CandidateGenerator, type SuggestOptions } from "../generate/index.js";
import { EvalError } from "./errors.js";

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
  if (!/^[a-z][a-z0-9_-]*$/.test(name)) throw new EvalError("eval_bad_generator", `generator config names are lower-case words, got "${name}"`);
  registry.set(name, factory);
}

export function generatorConfigNames(): string[] {
  return [...registry.keys()].sort();
}

export function parseGeneratorConfig(spec: string): { name: string; params: Record<string, string> } {
  const m = String(spec).trim().match(/^([a-z][a-z0-9_-]*)(?::(.*))?$/);
  if (!m) throw new EvalError("eval_bad_generator", `bad generator config "${spec}"; expected NAME or NAME:key=value,...`);
  const params: Record<string, string> = {};
  for (const kv of (m[2] ?? "").split(",").filter(Boolean)) {
    const eq = kv.indexOf("=");
    if (eq <= 0) throw new EvalError("eval_bad_generator", `bad parameter "${kv}" in "${spec}"; expected key=value`);
    params[kv.slice(0, eq).trim()] = kv.slice(eq + 1).trim();
  }
  return { name: m[1], params };
}

function intParam(params: Readonly<Record<string, string>>, key: string, min: number, max: number): number | undefined {
  if (params[key] === undefined) return undefined;
  const v = Number(params[key]);
  if (!Number.isInteger(v) || v < min || v > max) throw new EvalError("eval_bad_generator", `${key} must be a whole number from ${min} to ${max}, got "${params[key]}"`);
  return v;
}

/** Resolves a config string to a spec; common keys (pool, count) are applied on top of the factory's options. */
export async function resolveGeneratorConfig(spec: string): Promise<GeneratorSpec> {
  const { name, params } = parseGeneratorConfig(spec);
  const factory = registry.get(name);
  if (!factory) throw new EvalError("eval_unknown_generator", `unknown generator config "${name}"; known: ${generatorConfigNames().join(", ")}`);
  const g = await factory(params);
  const pool = intParam(params, "pool", 1, 100_000);
  const count = intParam(params, "count", 1, 100);
  return {
    ...g,
    name: spec.trim(),
    options: { ...g.options, ...(pool !== undefined ? { poolSize: pool } : {}), ...(count !== undefined ? { count } : {}) },
  };
}

registerGeneratorConfig("lexical", () => ({ name: "lexical", generators: [lexicalGenerator], model: null }));
