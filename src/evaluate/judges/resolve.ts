/**
 * Judge specs on the command line: "rubric" (default), "learned" (the judge fitted on blind judgments),
 * "http" (OpenAI-compatible endpoint from the NAMEWRIGHT_JUDGE_* environment variables), "gguf:<path>" (a
 * local GGUF model).
 */
import { InputError } from "../../core/errors.js";
import { GgufJudge } from "./gguf.js";
import { httpJudgeFromEnv } from "./http.js";
import { LearnedNameJudge } from "./learned.js";
import { RubricJudge } from "./rubric.js";
import type { NameJudge, PairwiseJudge } from "./types.js";

export async function resolveJudge(
  spec: string,
  opts: { threads?: number } = {},
): Promise<NameJudge & Partial<PairwiseJudge>> {
  const s = spec.trim();
  if (s === "rubric") return new RubricJudge();
  if (s === "learned") return new LearnedNameJudge();
  if (s === "http") return httpJudgeFromEnv();
  if (s.startsWith("gguf:") && s.length > 5)
    return GgufJudge.load({ modelPath: s.slice(5), ...(opts.threads ? { threads: opts.threads } : {}) });
  throw new InputError("bad_option", `--judge must be rubric, learned, http or gguf:<path to .gguf>, got "${spec}"`);
}
