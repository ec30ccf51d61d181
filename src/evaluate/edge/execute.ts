/**
 * Runs one edge input through the full pipeline and reduces the answer to plain data (EdgeOutcome). The
 * generators are the product's default (`both`) unless a kind or generators are given: edge cases are
 * about what users get.
 */
import { InputError } from "../../core/errors.js";
import {
  defaultGeneratorKind,
  resolveGenerators,
  suggestDetailed,
  type CandidateGenerator,
} from "../../generate/index.js";
import type { EdgeOutcome } from "./types.js";

export async function executeCase(
  input: string,
  opts: { generator?: string; generators?: CandidateGenerator[]; count?: number } = {},
): Promise<EdgeOutcome> {
  const t0 = performance.now();
  try {
    const generators = opts.generators ?? resolveGenerators(opts.generator ?? defaultGeneratorKind());
    const r = await suggestDetailed(input, { count: opts.count ?? 10, generators });
    const ms = performance.now() - t0;
    if (r.status === "blocked") return { kind: "blocked", ms, category: r.category };
    return {
      kind: "success",
      ms,
      language: r.understanding.language,
      constraints: r.understanding.constraints,
      names: r.suggestions.map((s) => ({ domain: s.domain, display: s.display, relevance: s.score.sub.relevance })),
    };
  } catch (e) {
    const ms = performance.now() - t0;
    if (e instanceof InputError) return { kind: "rejected", ms, code: e.code, message: e.message };
    const err = e as Error;
    return {
      kind: "crash",
      ms,
      error: `${err?.name ?? "Error"}: ${err?.message ?? String(e)}\n${(err?.stack ?? "").split("\n").slice(1, 4).join("\n")}`,
    };
  }
}
