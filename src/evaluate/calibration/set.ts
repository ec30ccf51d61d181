/**
 * The calibration set: (description, domain) pairs with a careful 0-10 label made by applying
 * data/sources/calibration/RUBRIC.md by hand. Used to validate judges and to fit the calibrated confidence.
 */
import { readFileSync, statSync } from "node:fs";
import { z } from "zod";
import { sourcePath } from "../../core/paths.js";
import { EvalError } from "../errors.js";
import { jsonLines } from "../../core/jsonl.js";

export interface CalibrationPair {
  id: string;
  language: string;
  description: string;
  domain: string;
  /** 0-10 integer label. */
  label: number;
  /** Where the name came from ("lexical:top", "hand", ...). */
  source: string;
}

const Pair = z.object({
  id: z.string().min(1).max(100),
  language: z.string().max(16),
  description: z.string().min(1).max(5000),
  domain: z.string().min(3).max(300),
  label: z.number().int().min(0).max(10),
  source: z.string().max(100),
});

export function defaultCalibrationPath(): string {
  return sourcePath("calibration", "labels.jsonl");
}

export function loadCalibrationSet(path = defaultCalibrationPath()): CalibrationPair[] {
  let text: string;
  try {
    if (statSync(path).size > 64 * 1024 * 1024)
      throw new EvalError("eval_calibration_too_large", `${path} is larger than 64 MiB`);
    text = readFileSync(path, "utf8");
  } catch (e) {
    if (e instanceof EvalError) throw e;
    throw new EvalError("eval_calibration_missing", `cannot read the calibration set ${path}: ${(e as Error).message}`);
  }
  const out: CalibrationPair[] = [];
  const ids = new Set<string>();
  for (const { value, line } of jsonLines(
    text,
    (n) => new EvalError("eval_calibration_bad", `${path}:${n}: not valid JSON`),
  )) {
    const r = Pair.safeParse(value);
    if (!r.success)
      throw new EvalError(
        "eval_calibration_bad",
        `${path}:${line}: ${r.error.issues[0].path.join(".")}: ${r.error.issues[0].message}`,
      );
    if (ids.has(r.data.id)) throw new EvalError("eval_calibration_bad", `${path}:${line}: duplicate id ${r.data.id}`);
    ids.add(r.data.id);
    out.push(r.data);
  }
  return out;
}

/** Groups pair indices by description, so splits never put one description on both sides. */
export function groupsByDescription(pairs: readonly CalibrationPair[]): number[][] {
  const m = new Map<string, number[]>();
  pairs.forEach((p, i) => {
    if (!m.has(p.description)) m.set(p.description, []);
    m.get(p.description)!.push(i);
  });
  return [...m.values()];
}
