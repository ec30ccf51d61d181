/**
 * The policy and the lexicon are data (data/sources/safety/policy.json, data/sources/safety/lexicon.json, documented in
 * data/sources/safety/POLICY.md). This module loads them once, validates their shape with zod, and gives the
 * rest of the guard typed access. A malformed file is a packaging bug, reported as a SafetyDataError.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { sourcePath } from "../core/index.js";
import { SafetyDataError } from "./errors.js";

export const REQUEST_CATEGORIES = [
  "sexual",
  "minors",
  "drugs",
  "weapons",
  "hate",
  "terrorism",
  "trafficking",
  "fraud",
  "counterfeit",
  "self_harm",
  "violence",
  "malware",
  "prompt_injection",
] as const;
export type RequestCategory = (typeof REQUEST_CATEGORIES)[number];

const categorySchema = z.enum(REQUEST_CATEGORIES);

const policySchema = z.object({
  version: z.string(),
  categories: z.array(
    z.object({
      id: categorySchema,
      title: z.string(),
      blocks: z.string(),
      allows: z.string(),
      why: z.string(),
    }),
  ),
  decision: z.object({
    /** Block when the classifier's 1 - p(safe) reaches this (chosen on held-out writers). */
    unsafeThreshold: z.number().positive().max(1),
    /** Block whatever the classifier says when a category's rule score reaches this. */
    ruleFloor: z.number().positive(),
    /** Per-category floors that differ from ruleFloor. */
    categoryRuleFloor: z.partialRecord(categorySchema, z.number().positive()).default({}),
    contextFloor: z.number().max(0),
    ruleCap: z.number().positive(),
  }),
  /** When two categories tie or both pass the threshold, the earlier one in this list is reported. */
  priority: z.array(categorySchema),
});
export type Policy = z.infer<typeof policySchema>;

const ruleSchema = z.object({
  id: z.string(),
  category: categorySchema,
  weight: z.number(),
  patterns: z.array(z.string()).min(1),
  with: z.array(z.string()).optional(),
  within: z.number().int().positive().optional(),
  joinable: z.boolean().optional(),
  noSqueeze: z.boolean().optional(),
  note: z.string().optional(),
});
export type LexiconRule = z.infer<typeof ruleSchema>;

const contextSchema = z.object({
  id: z.string(),
  categories: z.array(categorySchema).min(1),
  weight: z.number().max(0),
  patterns: z.array(z.string()).min(1),
});
export type LexiconContext = z.infer<typeof contextSchema>;

const lexiconSchema = z.object({ about: z.string(), rules: z.array(ruleSchema), contexts: z.array(contextSchema) });
export type Lexicon = z.infer<typeof lexiconSchema>;

function loadJson<T>(file: string, schema: z.ZodType<T>): T {
  const path = sourcePath("safety", file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new SafetyDataError(
      `cannot read ${path}: ${(err as Error).message}; reinstall the package or run \`npm run build:safety-data\``,
    );
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new SafetyDataError(
      `${path} is malformed: ${parsed.error.issues[0]?.message ?? "unknown"} at ${parsed.error.issues[0]?.path.join(".") ?? "?"}`,
    );
  return parsed.data;
}

let policyCache: Policy | null = null;
let lexiconCache: Lexicon | null = null;

export function loadPolicy(): Policy {
  return (policyCache ??= loadJson("policy.json", policySchema));
}

export function loadLexicon(): Lexicon {
  return (lexiconCache ??= loadJson("lexicon.json", lexiconSchema));
}
