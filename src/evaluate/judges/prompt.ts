/**
 * The judges' prompts. The rating instructions are the `prompt` section of data/sources/calibration/RUBRIC.md,
 * read verbatim, so the LLM judges apply the same written rubric the calibration labels were made with.
 */
import { readFileSync } from "node:fs";
import { sourcePath } from "../../core/paths.js";
import { EvalError } from "../errors.js";

let cached: string | undefined;

export function rubricInstructions(): string {
  if (cached !== undefined) return cached;
  const text = readFileSync(sourcePath("calibration", "RUBRIC.md"), "utf8");
  const m = text.match(/<!-- prompt:start -->\n([\s\S]*?)\n<!-- prompt:end -->/);
  if (!m)
    throw new EvalError(
      "eval_rubric_missing",
      "data/sources/calibration/RUBRIC.md has no <!-- prompt:start --> ... <!-- prompt:end --> section",
    );
  return (cached = m[1].trim());
}

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** Descriptions are untrusted: cut to a bound and fenced so an embedded instruction reads as data. */
const MAX_DESCRIPTION_IN_PROMPT = 2000;

function fence(description: string): string {
  const d =
    description.length > MAX_DESCRIPTION_IN_PROMPT
      ? description.slice(0, MAX_DESCRIPTION_IN_PROMPT) + " [...]"
      : description;
  return `<description>\n${d.replace(/<\/?description>/gi, "")}\n</description>`;
}

/** JSON schema of a pointwise judgement: {"score": 0..10, "reason": "..."}. */
export const POINTWISE_SCHEMA = {
  type: "object",
  properties: {
    score: { type: "integer", minimum: 0, maximum: 10 },
    reason: { type: "string", maxLength: 200 },
  },
  required: ["score", "reason"],
  additionalProperties: false,
} as const;

/** JSON schema of a pairwise judgement: {"winner": "A" | "B" | "tie", "reason": "..."}. */
export const PAIRWISE_SCHEMA = {
  type: "object",
  properties: {
    winner: { type: "string", enum: ["A", "B", "tie"] },
    reason: { type: "string", maxLength: 200 },
  },
  required: ["winner", "reason"],
  additionalProperties: false,
} as const;

export function pointwiseMessages(description: string, domain: string): ChatMessage[] {
  return [
    {
      role: "system",
      content: `${rubricInstructions()}\n\nAnswer with JSON only: {"score": <integer 0-10>, "reason": "<one short sentence>"}.`,
    },
    {
      role: "user",
      content: `${fence(description)}\n\nDomain name: ${domain}\n\nRate this domain name for this business.`,
    },
  ];
}

export function pairwiseMessages(description: string, first: string, second: string): ChatMessage[] {
  return [
    {
      role: "system",
      content: `${rubricInstructions()}\n\nYou now compare two names for the same business by that rubric. The order in which they are shown means nothing. Answer with JSON only: {"winner": "A" | "B" | "tie", "reason": "<one short sentence>"}.`,
    },
    {
      role: "user",
      content: `${fence(description)}\n\nName A: ${first}\nName B: ${second}\n\nWhich name is better for this business?`,
    },
  ];
}
