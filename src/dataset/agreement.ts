/**
 * How well a constraint parser recovers what the dataset's texts state: per constraint kind and
 * language, recall = records where the parser found the stated constraint / records that state it,
 * plus the rate of spurious constraints on texts that state none. Used to measure the
 * understanding stage against the dataset labels (the labels are exact: the builder wrote the text).
 */
import type { Constraints } from "../core/types.js";
import type { DatasetRecord } from "./types.js";

export type ConstraintParser = (
  text: string,
) => Pick<Constraints, "tlds" | "allowDigits" | "allowHyphens" | "maxLength" | "mustInclude" | "style">;

export interface Recall {
  n: number;
  found: number;
  recall: number;
}

export interface ConstraintAgreement {
  /** kind -> language ("all" included) -> recall. Kinds: tlds, noDigits, noHyphens, maxLength, mustInclude, style. */
  recall: Record<string, Record<string, Recall>>;
  /** Texts stating no constraint for which the parser still found one (style excluded). */
  spurious: Recall;
}

function bump(table: Record<string, Record<string, Recall>>, kind: string, lang: string, ok: boolean): void {
  for (const key of [lang, "all"]) {
    const r = ((table[kind] ??= {})[key] ??= { n: 0, found: 0, recall: 0 });
    r.n++;
    if (ok) r.found++;
    r.recall = r.found / r.n;
  }
}

export function constraintAgreement(records: readonly DatasetRecord[], parse: ConstraintParser): ConstraintAgreement {
  const recall: Record<string, Record<string, Recall>> = {};
  const spurious: Recall = { n: 0, found: 0, recall: 0 };
  for (const r of records) {
    const got = parse(r.business_description);
    const c = r.constraints;
    const L = r.language;
    if (c.tlds)
      bump(
        recall,
        "tlds",
        L,
        c.tlds.every((t) => got.tlds.includes(t)),
      );
    if (c.allowDigits === false) bump(recall, "noDigits", L, got.allowDigits === false);
    if (c.allowHyphens === false) bump(recall, "noHyphens", L, got.allowHyphens === false);
    if (c.maxLength !== undefined) bump(recall, "maxLength", L, got.maxLength === c.maxLength);
    if (c.mustInclude)
      bump(
        recall,
        "mustInclude",
        L,
        c.mustInclude.every((w) => got.mustInclude.includes(w)),
      );
    if (c.style) bump(recall, "style", L, got.style === c.style);
    if (Object.keys(c).length === 0) {
      spurious.n++;
      if (
        got.tlds.length > 0 ||
        got.allowDigits === false ||
        got.allowHyphens === false ||
        got.maxLength !== undefined ||
        got.mustInclude.length > 0
      )
        spurious.found++;
      spurious.recall = spurious.found / spurious.n;
    }
  }
  return { recall, spurious };
}
