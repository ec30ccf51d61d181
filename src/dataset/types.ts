/** The dataset's record schema (one JSON object per line in data/built/dataset/{train,val,test}.jsonl). */
import { z } from "zod";
import { LANGUAGES, type SupportedLanguage } from "../core/types.js";

export const COMPLEXITIES = ["minimal", "short", "medium", "long", "paragraph"] as const;
/** minimal: 3-6 words; short: one sentence; medium: 2-3; long: 4-5; paragraph: 6 or more. */
export type Complexity = (typeof COMPLEXITIES)[number];

export const SPLITS = ["train", "val", "test"] as const;
export type Split = (typeof SPLITS)[number];

export const MESSY_KINDS = ["typos", "lowercase", "all_caps", "emoji", "no_accents", "spacing"] as const;
export type MessyKind = (typeof MESSY_KINDS)[number];

/**
 * What the text explicitly asks for, in the field names of core `Constraints` (only the fields the
 * text sets): a record with `allowHyphens: false` says "no hyphens" somewhere in its description.
 */
export interface RecordConstraints {
  maxLength?: number;
  allowDigits?: false;
  allowHyphens?: false;
  /** ASCII public suffixes without the dot ("io", "com.br"). */
  tlds?: string[];
  /** Lower-case ASCII words every name must contain. */
  mustInclude?: string[];
  style?: "short" | "playful" | "professional";
}

export interface NameTarget {
  /** ASCII domain ("brewbean.coffee"). */
  domain: string;
  /** Rubric overall score, 0-10. */
  score: number;
}

export interface DatasetRecord {
  id: string;
  business_description: string;
  language: SupportedLanguage;
  industry: string;
  sector: string;
  complexity: Complexity;
  constraints: RecordConstraints;
  template_family: string;
  split: Split;
  /** Which kinds of messiness were applied (empty for clean text). */
  messy: MessyKind[];
  /** The place the text names, if any. */
  location: { name: string; country: string } | null;
  /** Several good names, best first; filled by addTargets(). */
  targets?: NameTarget[];
}

/** Schema for reading records back from files (untrusted input: bounded lengths and counts). */
export const datasetRecordSchema = z.object({
  id: z.string().min(1).max(64),
  business_description: z.string().min(1).max(4000),
  language: z.enum(LANGUAGES),
  industry: z.string().min(1).max(64),
  sector: z.string().min(1).max(64),
  complexity: z.enum(COMPLEXITIES),
  constraints: z
    .object({
      maxLength: z.number().int().min(1).max(63).optional(),
      allowDigits: z.literal(false).optional(),
      allowHyphens: z.literal(false).optional(),
      tlds: z
        .array(
          z
            .string()
            .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/)
            .max(63),
        )
        .max(10)
        .optional(),
      mustInclude: z.array(z.string().min(1).max(63)).max(5).optional(),
      style: z.enum(["short", "playful", "professional"]).optional(),
    })
    .strict(),
  template_family: z.string().min(1).max(64),
  split: z.enum(SPLITS),
  messy: z.array(z.enum(MESSY_KINDS)).max(MESSY_KINDS.length),
  location: z.object({ name: z.string().max(100), country: z.string().length(2) }).nullable(),
  targets: z
    .array(z.object({ domain: z.string().min(3).max(253), score: z.number().min(0).max(10) }))
    .max(50)
    .optional(),
});
