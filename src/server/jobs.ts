/**
 * What a worker thread does for one request: resolve the generator configuration by name and run the product
 * pipeline (src/generate), exactly as the CLI does. Jobs and outcomes are plain data, so they cross the thread
 * boundary by structured clone; errors come back as their class kind and stable code, never as thrown objects.
 */
import { InputError, NamewrightError } from "../core/errors.js";
import { resolveGenerators, suggestDetailed, type DetailedResult, type SuggestOptions } from "../generate/index.js";

/** The pipeline's options without the generator objects (those are rebuilt in the worker from `generator`). */
export type PlainSuggestOptions = Omit<SuggestOptions, "generators">;

export interface SuggestJob {
  description: string;
  /** A generator configuration name ("lexical", "model", "both"). */
  generator: string;
  options: PlainSuggestOptions;
}

export interface JobError {
  /** "input": the request cannot be served as given (HTTP 400); "internal": a bug or missing data (HTTP 500). */
  kind: "input" | "internal";
  code: string;
  message: string;
}

export type JobOutcome = { ok: true; result: DetailedResult } | { ok: false; error: JobError };

export async function runSuggestJob(job: SuggestJob): Promise<JobOutcome> {
  try {
    const generators = resolveGenerators(job.generator);
    const result = await suggestDetailed(job.description, { ...job.options, generators });
    return { ok: true, result };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, error: { kind: "input", code: e.code, message: e.message } };
    const code = e instanceof NamewrightError ? e.code : "internal";
    return { ok: false, error: { kind: "internal", code, message: e instanceof Error ? e.message : String(e) } };
  }
}
