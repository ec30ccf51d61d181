/**
 * Blind labels of every validation round so far (data/sources/judgments/v*), keyed "<description id> <domain>" as
 * the round keys name them: the scores each judged name received, for the lab's analyses of today's lists.
 */
import { readFileSync, readdirSync } from "node:fs";
import { InputError, resolveGenerators, suggestDetailed, type DetailedResult } from "../../src/index.js";

type DetailedSuggestion = Extract<DetailedResult, { status: "success" }>["suggestions"][number];

export function roundLabels(): Map<string, number[]> {
  const labels = new Map<string, number[]>();
  for (const round of readdirSync("data/sources/judgments").filter((d) => /^v\d+$/.test(d))) {
    let key: { task: string; id: string; domain: string }[];
    try {
      key = readFileSync(`data/built/judging/rounds/${round}/key.jsonl`, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { task: string; id: string; domain: string });
    } catch {
      continue;
    }
    const byTask = new Map(key.map((x) => [x.task, x]));
    for (const f of readdirSync(`data/sources/judgments/${round}`).filter((f) => f.endsWith(".jsonl")))
      for (const l of readFileSync(`data/sources/judgments/${round}/${f}`, "utf8").trim().split("\n")) {
        const j = JSON.parse(l) as { task: string; score: number };
        const x = byTask.get(j.task);
        if (x) labels.set(`${x.id} ${x.domain}`, [...(labels.get(`${x.id} ${x.domain}`) ?? []), j.score]);
      }
  }
  return labels;
}

/** The evaluation pool of the rounds (w4 and w23-w26) with the product's top `count` names for each description. */
export async function* shownLists(
  count = 5,
): AsyncGenerator<{ id: string; text: string; suggestions: DetailedSuggestion[] }> {
  const generators = resolveGenerators("crafted");
  for (const w of ["w4", "w23", "w24", "w25", "w26"])
    for (const l of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").trim().split("\n")) {
      const d = JSON.parse(l) as { id: string; text: string };
      const r = await suggestDetailed(d.text, { count, generators }).catch((e) => {
        if (e instanceof InputError) return null;
        throw e;
      });
      if (r && r.status === "success") yield { id: d.id, text: d.text, suggestions: r.suggestions };
    }
}
