/**
 * Suggestion latency: p50/p95 for 10 suggestions over 200 varied descriptions, and suggestions per second,
 * with the CLI's default generators (BENCH_GENERATOR=lexical|model|both overrides).
 * Baseline in the same run: a naive generator (keywords concatenated, validated, no scoring), so the ratio
 * says what the full pipeline costs relative to the cheapest thing that produces names.
 * Last line: {"bench":"suggest","p50_ms":...,"p95_ms":...,"per_s":...,...}
 */
import { suggest, understand, validateDomain } from "../src/index.js";
import { defaultGeneratorKind, resolveGenerators } from "../src/generate/generators.js";
import { BENCH_DESCRIPTIONS } from "./descriptions.js";

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

function naive(description: string): string[] {
  const u = understand(description);
  const words = u.keywords.map((k) => k.lemma.normalize("NFD").replace(/[^a-z]/g, "")).filter((w) => w.length > 1);
  const out: string[] = [];
  for (let i = 0; i < words.length && out.length < 10; i++) {
    for (let j = 0; j < words.length && out.length < 10; j++) {
      if (i !== j && validateDomain(`${words[i]}${words[j]}.com`).valid) out.push(`${words[i]}${words[j]}.com`);
    }
  }
  return out;
}

export default async function run(): Promise<void> {
  const descriptions = BENCH_DESCRIPTIONS;
  const kind = process.env.BENCH_GENERATOR ?? defaultGeneratorKind();
  const generators = resolveGenerators(kind);
  const t0 = performance.now();
  await suggest(descriptions[0], { count: 10, generators }); // loads lexicons, WordNet, guards, the model
  const loadMs = performance.now() - t0;

  const times: number[] = [];
  let names = 0;
  const start = performance.now();
  for (const d of descriptions) {
    const t = performance.now();
    const r = await suggest(d, { count: 10, generators });
    times.push(performance.now() - t);
    names += r.suggestions.length;
  }
  const totalS = (performance.now() - start) / 1000;

  const naiveTimes: number[] = [];
  for (const d of descriptions) {
    const t = performance.now();
    naive(d);
    naiveTimes.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  naiveTimes.sort((a, b) => a - b);
  const p50 = quantile(times, 0.5);
  const line = {
    bench: "suggest",
    generator: kind,
    n: descriptions.length,
    p50_ms: +p50.toFixed(2),
    p95_ms: +quantile(times, 0.95).toFixed(2),
    per_s: +(descriptions.length / totalS).toFixed(1),
    names_per_s: +(names / totalS).toFixed(1),
    first_call_ms: +loadMs.toFixed(0),
    naive_p50_ms: +quantile(naiveTimes, 0.5).toFixed(3),
    p50_vs_naive: +(p50 / quantile(naiveTimes, 0.5)).toFixed(1),
  };
  console.log(
    `suggest: ${descriptions.length} descriptions, p50 ${line.p50_ms} ms, p95 ${line.p95_ms} ms, ${line.per_s} requests/s (first call ${line.first_call_ms} ms incl. loading)`,
  );
  console.log(JSON.stringify(line));
}
