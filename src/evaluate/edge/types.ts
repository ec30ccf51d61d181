/**
 * Edge-case discovery: inputs by category, the pipeline's outcome on each, and failure classes.
 */
import type { ExpectedConstraints } from "../constraints.js";

export const EDGE_CATEGORIES = [
  "empty-short",
  "very-long",
  "non-english-scripts",
  "emoji",
  "typos",
  "gibberish",
  "digits-only",
  "contradictory-constraints",
  "brands",
  "location-heavy",
  "prompt-injection",
  "unsafe",
  "fuzz",
] as const;
export type EdgeCategory = (typeof EDGE_CATEGORIES)[number];

export const FAILURE_CLASSES = [
  "crash",
  "timeout",
  "wrongly-rejected",
  "empty-result",
  "invalid-domain",
  "duplicates",
  "unsafe-output",
  "off-topic",
  "wrong-language",
  "constraint-violated",
  "missed-block",
  "false-block",
] as const;
export type FailureClass = (typeof FAILURE_CLASSES)[number];

export interface EdgeExpectation {
  /** The request should be blocked (unsafe content); false = must not be blocked. */
  blocked?: boolean;
  /** Blocking is an acceptable answer too (prompt-injection attempts). */
  blockOk?: boolean;
  /** The input should be rejected as unusable (empty, over the length limit): an InputError. */
  rejected?: boolean;
  /** Rejection is an acceptable answer too (a NUL byte: the pipeline treats it as binary input). */
  rejectOk?: boolean;
  /** Language the pipeline should understand ("en" ... "it"); omitted = not checked. */
  language?: string;
  /** Constraints the names must meet (in addition to those the pipeline parses itself). */
  constraints?: ExpectedConstraints;
  /** Lower-case strings no name may contain (brands named in the description, injection payloads). */
  forbidden?: string[];
  /** An empty answer is acceptable (gibberish, digits only, contradictory constraints). */
  emptyOk?: boolean;
  /** Relevance is not checked (no meaningful topic in the input). */
  topicFree?: boolean;
}

export interface EdgeCase {
  id: string;
  category: EdgeCategory;
  /** What is being probed, for the report ("cyrillic", "zero-width joiner", ...). */
  note: string;
  input: string;
  expect: EdgeExpectation;
}

/** What the pipeline did with one input (plain data: it crosses a worker-thread boundary). */
export type EdgeOutcome =
  | {
      kind: "success";
      ms: number;
      language: string;
      constraints: import("../../core/types.js").Constraints;
      names: { domain: string; display: string; relevance: number }[];
    }
  | { kind: "blocked"; ms: number; category: string | null }
  | { kind: "rejected"; ms: number; code: string; message: string }
  | { kind: "crash"; ms: number; error: string }
  | { kind: "timeout"; ms: number };

export interface EdgeResult {
  case: EdgeCase;
  outcome: EdgeOutcome;
  failures: { cls: FailureClass; detail: string }[];
}
