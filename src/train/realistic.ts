/**
 * The model's training data from the hand-written ground truth (data/sources): descriptions by independent
 * writers, ten names per description by naming-expert writers, and the project's own names that blind judges
 * rated >= GOOD_SCORE on training descriptions. Splits are by writer (data/sources/descriptions/SPLITS.md):
 * the caller names the writers, and a test writer is refused here so that no command can train on one.
 *
 * Every file is untrusted input: bounded, each line validated, a bad line named by file and line.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readJsonl } from "./data.js";
import { TrainError } from "./errors.js";
import type { DescribedTargets } from "./examples.js";
import type { TargetName } from "./data.js";

export { DEV_WRITERS, TEST_WRITERS, TRAINING_WRITERS, VALIDATION_WRITERS } from "../core/splits.js";
import { DEV_WRITERS, TEST_WRITERS } from "../core/splits.js";
/** Mean blind score at or above which a judged name of our own joins the targets (scale 0-10). */
export const GOOD_SCORE = 7;

export interface HandWritten {
  id: string;
  writer: string;
  text: string;
  lang: string;
  source_type: string;
  sector: string;
}

const isStr = (x: unknown): x is string => typeof x === "string";

function isHandWritten(x: unknown): x is HandWritten {
  const r = x as Partial<HandWritten>;
  return (
    typeof r === "object" &&
    r !== null &&
    isStr(r.id) &&
    isStr(r.writer) &&
    isStr(r.text) &&
    r.text.length <= 10_000 &&
    isStr(r.lang) &&
    isStr(r.source_type) &&
    isStr(r.sector)
  );
}

interface Reference {
  id: string;
  expert: string;
  names: string[];
}

function isReference(x: unknown): x is Reference {
  const r = x as Partial<Reference>;
  return (
    typeof r === "object" &&
    r !== null &&
    isStr(r.id) &&
    isStr(r.expert) &&
    Array.isArray(r.names) &&
    r.names.length <= 64 &&
    r.names.every((n) => isStr(n) && n.length <= 253)
  );
}

function refuseTest(writers: readonly string[], allowTest: boolean): void {
  // dev2 is refused like a test split: a model that saw it would make the rounds on it measure memory.
  const test = writers.filter((w) => TEST_WRITERS.includes(w) || DEV_WRITERS.includes(w));
  if (test.length > 0 && !allowTest)
    throw new TrainError(
      "E_TEST_SPLIT",
      `writers ${test.join(", ")} hold a test or dev2 split; the model never trains or tunes on them`,
    );
}

/** The descriptions of these writers, in file order; writers without a file yet are skipped. */
export function readHandWritten(root: string, writers: readonly string[], allowTest = false): HandWritten[] {
  refuseTest(writers, allowTest);
  return writers.flatMap((w) => {
    const path = join(root, "data", "sources", "descriptions", `${w}.jsonl`);
    return existsSync(path) ? readJsonl(path, isHandWritten, "hand-written description") : [];
  });
}

/** "brewbean.com.br" -> { label: "brewbean", tld: "com.br" }; null when the label is not ASCII LDH. */
export function splitDomain(domain: string): { label: string; tld: string } | null {
  const d = domain.trim().toLowerCase();
  const dot = d.indexOf(".");
  if (dot <= 0 || dot === d.length - 1) return null;
  const label = d.slice(0, dot);
  return /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(label) ? { label, tld: d.slice(dot + 1) } : null;
}

/** Expert reference names per description id (files `<expert>-<writer>.jsonl` of these writers). */
export function readReferences(root: string, writers: readonly string[], allowTest = false): Map<string, TargetName[]> {
  refuseTest(writers, allowTest);
  const dir = join(root, "data", "sources", "references");
  const out = new Map<string, TargetName[]>();
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()) {
    const writer = f.replace(/\.jsonl$/, "").split("-")[1];
    if (writer === undefined || !writers.includes(writer)) continue;
    for (const r of readJsonl(join(dir, f), isReference, "expert reference")) {
      const names = out.get(r.id) ?? [];
      for (const n of r.names) {
        const s = splitDomain(n);
        // Expert names carry no score of their own; GOOD_SCORE + 1 marks them as strong targets.
        if (s) names.push({ ...s, score: GOOD_SCORE + 1 });
      }
      out.set(r.id, names);
    }
  }
  return out;
}

interface PoolKey {
  task: string;
  id: string;
  domain: string;
  source: string;
}

interface PoolLabel {
  task: string;
  score: number;
}

const isPoolKey = (x: unknown): x is PoolKey => {
  const r = x as Partial<PoolKey>;
  return typeof r === "object" && r !== null && isStr(r.task) && isStr(r.id) && isStr(r.domain) && isStr(r.source);
};
const isPoolLabel = (x: unknown): x is PoolLabel => {
  const r = x as Partial<PoolLabel>;
  return typeof r === "object" && r !== null && isStr(r.task) && typeof r.score === "number";
};

/**
 * The project's own names (not the experts', which are targets already, nor the decoys) that the first blind
 * judging pool (judges j1-j6, data/built/judging/key.jsonl) scored >= GOOD_SCORE on average, per description
 * id of these writers.
 */
export function readJudgedGood(root: string, writers: readonly string[]): Map<string, TargetName[]> {
  refuseTest(writers, false);
  const keyFile = join(root, "data", "built", "judging", "key.jsonl");
  const out = new Map<string, TargetName[]>();
  if (!existsSync(keyFile)) return out;
  const key = new Map(readJsonl(keyFile, isPoolKey, "judging key").map((k) => [k.task, k]));
  const scores = new Map<string, { key: PoolKey; s: number[] }>();
  const dir = join(root, "data", "sources", "judgments");
  for (const f of readdirSync(dir).filter((f) => /^j\d+\.jsonl$/.test(f))) {
    for (const l of readJsonl(join(dir, f), isPoolLabel, "judgment")) {
      const k = key.get(l.task);
      if (!k || k.source === "reference" || k.source === "decoy") continue;
      if (!writers.includes(k.id.split("-")[0] ?? "")) continue;
      const id = `${k.id} ${k.domain}`;
      const e = scores.get(id) ?? { key: k, s: [] };
      e.s.push(l.score);
      scores.set(id, e);
    }
  }
  for (const { key: k, s } of scores.values()) {
    const mean = s.reduce((a, b) => a + b, 0) / s.length;
    const split = splitDomain(k.domain);
    if (mean < GOOD_SCORE || !split) continue;
    out.set(k.id, [...(out.get(k.id) ?? []), { ...split, score: mean }]);
  }
  return out;
}

/** Descriptions of these writers with their targets (expert references, then judged-good names of ours). */
export function realisticItems(root: string, writers: readonly string[], judged = true): DescribedTargets[] {
  const refs = readReferences(root, writers);
  const good = judged ? readJudgedGood(root, writers) : new Map<string, TargetName[]>();
  const out: DescribedTargets[] = [];
  for (const d of readHandWritten(root, writers)) {
    const names = [...(refs.get(d.id) ?? []), ...(good.get(d.id) ?? [])];
    if (names.length > 0) out.push({ id: d.id, description: d.text, names });
  }
  return out;
}
