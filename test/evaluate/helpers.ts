// Shared fixtures: small runs made through the real pipeline with fixed candidate lists (fast).
import type { Candidate, Understanding } from "../../src/core/types.js";
import { parseItems, runEval, type GeneratorSpec, type RunResult } from "../../src/evaluate/index.js";

export function fixedSpec(name: string, labels: string[]): GeneratorSpec {
  return {
    name,
    generators: [
      {
        name: "fixed",
        generate: (_u: Understanding, _n: number): Candidate[] =>
          labels.map((label) => ({ label, tld: "com", source: "lexical", method: "fixed", parts: [] })),
      },
    ],
    options: { poolSize: 50 },
    model: null,
  };
}

const DESCRIPTIONS: [string, string, string][] = [
  ["en", "food", "A coffee roastery in Portland selling beans online"],
  ["en", "pets", "Mobile dog grooming in Austin"],
  ["fr", "food", "Une boulangerie artisanale à Lyon"],
  ["de", "retail", "Fahrradladen in Hamburg mit Werkstatt"],
  ["es", "health", "Clínica dental familiar en Valencia"],
  ["en", "tech", "Accounting software for small firms"],
  ["it", "food", "Una gelateria artigianale a Firenze"],
  ["pt", "beauty", "Estúdio de tatuagem em São Paulo"],
  ["en", "food", "Vegan meal delivery in London"],
  ["en", "home", "Emergency plumber in Manchester"],
  ["fr", "retail", "Boutique de vélos électriques à Bordeaux"],
  ["en", "tech", "Cybersecurity consulting for banks"],
];

export const ITEMS = parseItems(
  DESCRIPTIONS.map(([language, sector, d], i) =>
    JSON.stringify({ id: `i${i}`, business_description: d, language, sector }),
  ).join("\n"),
);

/** Run A: short brandable labels; run B: long clumsy ones (the rubric prefers A). */
export async function twoRuns(root: string): Promise<[RunResult, RunResult]> {
  const a = await runEval({
    generator: fixedSpec("short", [
      "brewly",
      "pawsy",
      "panora",
      "velora",
      "dentia",
      "ledgio",
      "gelami",
      "tintra",
      "vegbox",
      "pipeco",
    ]),
    data: { items: ITEMS, sha256: "fx" },
    out: root,
    id: "A",
    progress: false,
  });
  const b = await runEval({
    generator: fixedSpec("long", [
      "thebestcompanyonlineservicesgroup",
      "xqzv",
      "aaaaaaaaaaaaaaaa",
      "company-services-online-24",
      "qqqq-zzzz",
    ]),
    data: { items: ITEMS, sha256: "fx" },
    out: root,
    id: "B",
    progress: false,
  });
  return [a, b];
}
