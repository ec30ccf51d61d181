/**
 * Fine-tuning examples from (description, target names): the prompt comes from the pipeline's own
 * `understand`, so training prompts and inference prompts are built by the same code. Each description
 * gives ceil(K / namesPerExample) examples holding disjoint, seeded-shuffled subsets of its K targets:
 * the first name after the prompt is then any of the good names (the generator samples one name per
 * row, so it should learn the whole set, not only the top-scored one).
 */
import { Rng } from "../engine/index.js";
import type { Tokenizer } from "../tokenizer/index.js";
import { understand } from "../understand/index.js";
import type { Understanding } from "../core/types.js";
import { encodeExample, PROMPT_FORMAT, type EncodedExample, type PromptFormat } from "../generate/neural/index.js";
import type { TargetName } from "./data.js";

export interface DescribedTargets {
  id: string;
  description: string;
  names: readonly TargetName[];
}

export function understandAll(items: readonly DescribedTargets[]): Map<string, Understanding> {
  const out = new Map<string, Understanding>();
  for (const it of items) out.set(it.id, understand(it.description));
  return out;
}

export function buildExamples(
  tok: Tokenizer,
  items: readonly DescribedTargets[],
  us: ReadonlyMap<string, Understanding>,
  namesPerExample: number,
  seed: number,
  format: PromptFormat = PROMPT_FORMAT,
): EncodedExample[] {
  const rng = new Rng(seed);
  const out: EncodedExample[] = [];
  for (const it of items) {
    const u = us.get(it.id);
    if (!u || it.names.length === 0) continue;
    const names = [...it.names];
    for (let i = names.length - 1; i > 0; i--) {
      const j = rng.below(i + 1);
      [names[i], names[j]] = [names[j]!, names[i]!];
    }
    for (let s = 0; s < names.length; s += namesPerExample) {
      const ex = encodeExample(tok, u, names.slice(s, s + namesPerExample), format);
      if (ex) out.push(ex);
    }
  }
  return out;
}
