/**
 * Blind labels of every validation round so far (data/sources/judgments/v*), keyed "<description id> <domain>" as
 * the round keys name them: the scores each judged name received, for the lab's analyses of today's lists.
 */
import { readFileSync, readdirSync } from "node:fs";
import { InputError, resolveGenerators, suggestDetailed, type DetailedResult } from "../../src/index.js";

type DetailedSuggestion = Extract<DetailedResult, { status: "success" }>["suggestions"][number];

/** One blind judgment of a round, with where the judged name came from (never shown to the judge). */
export interface RoundJudgment {
  round: string;
  judge: string;
  score: number;
  relevance: number;
  memorability: number;
  ease: number;
  fit: number;
  flag: string | null;
  sources: { source: string; detail?: string }[];
}

/** Every judgment of every round, keyed "<description id> <domain>". */
export function roundJudgments(): Map<string, RoundJudgment[]> {
  const labels = new Map<string, RoundJudgment[]>();
  for (const round of readdirSync("data/sources/judgments").filter((d) => /^v\d+$/.test(d))) {
    let key: { task: string; id: string; domain: string; sources: RoundJudgment["sources"] }[];
    try {
      key = readFileSync(`data/built/judging/rounds/${round}/key.jsonl`, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { task: string; id: string; domain: string; sources: RoundJudgment["sources"] });
    } catch {
      continue;
    }
    const byTask = new Map(key.map((x) => [x.task, x]));
    for (const f of readdirSync(`data/sources/judgments/${round}`).filter((f) => f.endsWith(".jsonl")))
      for (const l of readFileSync(`data/sources/judgments/${round}/${f}`, "utf8").trim().split("\n")) {
        const j = JSON.parse(l) as Omit<RoundJudgment, "round" | "sources"> & { task: string };
        const x = byTask.get(j.task);
        if (!x) continue;
        const at = `${x.id} ${x.domain}`;
        const one: RoundJudgment = {
          round,
          judge: j.judge,
          score: j.score,
          relevance: j.relevance,
          memorability: j.memorability,
          ease: j.ease,
          fit: j.fit,
          flag: j.flag ?? null,
          sources: x.sources,
        };
        labels.set(at, [...(labels.get(at) ?? []), one]);
      }
  }
  return labels;
}

/** The scores each judged name received in every round, keyed "<description id> <domain>". */
export function roundLabels(): Map<string, number[]> {
  return new Map([...roundJudgments()].map(([k, js]) => [k, js.map((j) => j.score)]));
}

/** The evaluation pool of the rounds (w4 and w23-w26) with the product's top `count` names for each description. */
export async function* shownLists(
  count = 5,
): AsyncGenerator<{ id: string; text: string; suggestions: DetailedSuggestion[] }> {
  const generators = resolveGenerators("crafted");
  for (const w of (process.env.LABEL_WRITERS ?? "w4,w23,w24,w25,w26").split(","))
    for (const l of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").trim().split("\n")) {
      const d = JSON.parse(l) as { id: string; text: string };
      const r = await suggestDetailed(d.text, { count, generators }).catch((e) => {
        if (e instanceof InputError) return null;
        throw e;
      });
      if (r && r.status === "success") yield { id: d.id, text: d.text, suggestions: r.suggestions };
    }
}
