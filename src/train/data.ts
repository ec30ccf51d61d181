/**
 * Reading the dataset split files (data/built/dataset/<split>.jsonl, written by the data module) and the
 * model's target files (data/built/model-targets/<split>.jsonl, written by `namewright train targets`).
 * Both are treated as untrusted: bounded size, each line validated, a bad line names its line number.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { TrainError } from "./errors.js";
import { jsonLines } from "../core/jsonl.js";

export interface DescriptionRecord {
  id: string;
  business_description: string;
  language: string;
  industry: string;
  sector?: string;
  complexity?: string;
  template_family?: string;
  split?: string;
}

export interface TargetName {
  label: string;
  tld: string;
  /** Rubric overall 0-10 when known. */
  score: number;
}

export interface TargetRecord {
  id: string;
  names: TargetName[];
}

const MAX_FILE = 512 * 1024 * 1024;

export function readJsonl<T>(path: string, check: (x: unknown) => x is T, what: string): T[] {
  if (!existsSync(path))
    throw new TrainError(
      "E_NO_DATA",
      `${what} not found at ${path}; build it first (see models/MODEL_CARD.md, "Reproduce")`,
    );
  if (statSync(path).size > MAX_FILE) throw new TrainError("E_BAD_DATA", `${path} is larger than ${MAX_FILE} bytes`);
  const out: T[] = [];
  for (const { value, line } of jsonLines(
    readFileSync(path, "utf8"),
    (n) => new TrainError("E_BAD_DATA", `${path}:${n} is not valid JSON`),
  )) {
    if (!check(value)) throw new TrainError("E_BAD_DATA", `${path}:${line} is not a valid ${what} record`);
    out.push(value);
  }
  return out;
}

const isStr = (x: unknown): x is string => typeof x === "string";

export function isDescriptionRecord(x: unknown): x is DescriptionRecord {
  const r = x as Partial<DescriptionRecord>;
  return (
    typeof r === "object" &&
    r !== null &&
    isStr(r.id) &&
    isStr(r.business_description) &&
    r.business_description.length <= 10_000 &&
    isStr(r.language) &&
    isStr(r.industry)
  );
}

export function isTargetRecord(x: unknown): x is TargetRecord {
  const r = x as Partial<TargetRecord>;
  return (
    typeof r === "object" &&
    r !== null &&
    isStr(r.id) &&
    Array.isArray(r.names) &&
    r.names.length <= 256 &&
    r.names.every(
      (n: Partial<TargetName>) =>
        typeof n === "object" &&
        n !== null &&
        isStr(n.label) &&
        n.label.length <= 63 &&
        isStr(n.tld) &&
        n.tld.length <= 63 &&
        typeof n.score === "number",
    )
  );
}

export function readDescriptions(path: string): DescriptionRecord[] {
  return readJsonl(path, isDescriptionRecord, "dataset");
}

export function readTargets(path: string): Map<string, TargetName[]> {
  return new Map(readJsonl(path, isTargetRecord, "model-target").map((r) => [r.id, r.names]));
}
