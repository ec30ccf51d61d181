/**
 * Reading the hand-written ground truth, shared by the scripts that build on it (the judging pool's card,
 * the learned judge's fit, the blind calibration set): the descriptions, and the blind judgments joined to
 * the judging key, one entry per (description, domain) with every judge's score.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { HandWritten } from "../src/train/index.js";
import {
  indexKnowledge,
  knowledgePath,
  loadKnowledge,
  type KnowledgeFile,
  type NamingKnowledge,
} from "../src/naming/index.js";

export const SOURCES = "data/sources";
export const JUDGES = ["j1", "j2", "j3", "j4", "j5", "j6"];

/** A hand-written description record (the fields the model's data reader checks, plus the stated constraints). */
export interface Description extends HandWritten {
  constraints: unknown;
}

/** One judging task as the key records it (never shown to judges). */
export interface JudgingKey {
  task: string;
  judge: string;
  second: boolean;
  id: string;
  split: string;
  lang: string;
  domain: string;
  source: string;
}

/** A judged (description, domain) pair with all its labels. */
export interface JudgedPair {
  key: JudgingKey;
  scores: number[];
}

/** The learned judge's validation rows as scripts/fit-learned-judge.ts writes them. */
export interface ValidationRow {
  set: string;
  n: number;
  spearmanRubric: number;
  spearmanLearned: number;
  pairwiseRubric: number;
  pairwiseLearned: number;
  auc: number;
  ece: number;
}

/** The lines of a JSONL file (none when the file does not exist yet). */
export function readJsonl<T>(path: string): T[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

export function readDescriptions(writers: readonly string[]): Description[] {
  return writers.flatMap((w) => readJsonl<Description>(join(SOURCES, "descriptions", `${w}.jsonl`)));
}

/** Every judgment joined to its key, and the pairs they form (a pair labelled twice has two scores). */
export function readJudgments(): {
  key: Map<string, JudgingKey>;
  labels: { task: string; judge: string; score: number }[];
  pairs: JudgedPair[];
} {
  const key = new Map(readJsonl<JudgingKey>("data/built/judging/key.jsonl").map((k) => [k.task, k]));
  const labels = JUDGES.flatMap((j) =>
    readJsonl<{ task: string; judge: string; score: number }>(join(SOURCES, "judgments", `${j}.jsonl`)),
  ).filter((l) => key.has(l.task));
  const pairs = new Map<string, JudgedPair>();
  for (const l of labels) {
    const k = key.get(l.task)!;
    const id = `${k.id}\u0000${k.domain.toLowerCase()}`;
    const p = pairs.get(id) ?? { key: k, scores: [] };
    p.scores.push(l.score);
    pairs.set(id, p);
  }
  return { key, labels, pairs: [...pairs.values()] };
}

export const meanOf = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** One task of a judging round as its key records it (scripts/build-judging-round.ts). */
export interface RoundKey {
  task: string;
  judge: string;
  second: boolean;
  id: string;
  writer: string;
  lang: string;
  source_type: string;
  sector: string;
  domain: string;
  sources: { source: string; detail: string; confidence?: number }[];
}

/** A judged (description, domain) pair of a round, with every judge's score and every source that proposed it. */
export interface RoundPair {
  key: RoundKey;
  scores: number[];
  judges: string[];
  /** Every judge's whole label line (sub-scores and flag too), in the order of `scores`. */
  labels: RoundLabel[];
}

/** One judge's label of one task (data/sources/judgments/RUBRIC.md). */
export interface RoundLabel {
  task: string;
  judge: string;
  score: number;
  relevance?: number;
  memorability?: number;
  ease?: number;
  fit?: number;
  flag?: string | null;
}

/** The labels of a judging round joined to its key (data/built/judging/rounds/<round>, data/sources/judgments/<round>). */
export function readRound(round: string): RoundPair[] {
  const dir = join("data/built/judging/rounds", round);
  const key = new Map(readJsonl<RoundKey>(join(dir, "key.jsonl")).map((k) => [k.task, k]));
  const judges = [...new Set([...key.values()].map((k) => k.judge))];
  const pairs = new Map<string, RoundPair>();
  for (const j of judges)
    for (const l of readJsonl<RoundLabel>(join(SOURCES, "judgments", round, `${j}.jsonl`))) {
      const k = key.get(l.task);
      if (!k || typeof l.score !== "number") continue;
      const id = `${k.id}\u0000${k.domain.toLowerCase()}`;
      const p = pairs.get(id) ?? { key: k, scores: [], judges: [], labels: [] };
      p.scores.push(l.score);
      p.judges.push(l.judge);
      p.labels.push(l);
      pairs.set(id, p);
    }
  return [...pairs.values()];
}

/**
 * The naming knowledge a description of `writer` may be scored with: the shipped knowledge, less that writer's own
 * entries when its expert names are in it (so no name finds its own experts as neighbours). Built once per writer.
 */
export function knowledgeWithoutOwnWriter(): (writer: string) => NamingKnowledge {
  const built = JSON.parse(readFileSync(knowledgePath(), "utf8")) as KnowledgeFile;
  const inKnowledge = new Set(built.writers);
  const full = loadKnowledge();
  const without = new Map<string, NamingKnowledge>();
  const writerOf = (id: string): string => id.slice(0, id.indexOf("-"));
  return (writer) => {
    if (!inKnowledge.has(writer)) return full;
    let k = without.get(writer);
    if (!k) without.set(writer, (k = indexKnowledge(full.entries.filter((e) => writerOf(e.id) !== writer))));
    return k;
  };
}
