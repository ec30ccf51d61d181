/**
 * The blind labels of one judging round, for the experiment scripts of this folder: per "description-id domain",
 * every judge's label; and the descriptions whose names came from a given source (the round's key says which).
 */
import { readFileSync, readdirSync } from "node:fs";

export interface Label {
  score: number;
  relevance: number;
  memorability: number;
}

export function roundLabels(round: string, source: string): { ids: string[]; labels: Map<string, Label[]> } {
  const key = readFileSync(`data/built/judging/rounds/${round}/key.jsonl`, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { task: string; id: string; domain: string; sources: { source: string }[] });
  const byTask = new Map(key.map((x) => [x.task, x]));
  const labels = new Map<string, Label[]>();
  for (const f of readdirSync(`data/sources/judgments/${round}`).filter((f) => f.endsWith(".jsonl")))
    for (const l of readFileSync(`data/sources/judgments/${round}/${f}`, "utf8").trim().split("\n")) {
      const j = JSON.parse(l) as { task: string } & Label;
      const x = byTask.get(j.task);
      if (!x) continue;
      const id = `${x.id} ${x.domain}`;
      labels.set(id, [...(labels.get(id) ?? []), { score: j.score, relevance: j.relevance, memorability: j.memorability }]);
    }
  const ids = [...new Set(key.filter((x) => x.sources.some((s) => s.source === source)).map((x) => x.id))];
  return { ids, labels };
}

/** The validation writer's descriptions (w4) by id. */
export function validationDescriptions(): Map<string, { text: string; lang: string }> {
  const out = new Map<string, { text: string; lang: string }>();
  for (const l of readFileSync("data/sources/descriptions/w4.jsonl", "utf8").trim().split("\n")) {
    const d = JSON.parse(l) as { id: string; text: string; lang: string };
    out.set(d.id, { text: d.text, lang: d.lang });
  }
  return out;
}
