/**
 * Model latency: p50/p95 of `suggest` for 10 suggestions with the embedded model as the generator
 * (models/namewright-small), and, as the baseline measured in the same run, the lexical generator alone
 * and the model's sampling alone (no ranking). Both generators get the same candidate budget.
 * Env: BENCH_MODEL_POOL (default 32 sampled rows), BENCH_MODEL_N (default 100 descriptions).
 * The model generator runs as `--generator model` does (redraws, DEFAULT_RETRIES; over-sampling with
 * selection by the lexical prior, DEFAULT_OVERSAMPLE); its sampling is also timed plain (neither), the
 * configuration `--generator both` uses for its model rows.
 * Last line: {"bench":"model","p50_ms":...,"p95_ms":...,"sample_p50_ms":...,"sample_no_redraw_p50_ms":...,"lexical_p50_ms":...,"ratio_vs_lexical":...}
 */
import { suggest, lexicalGenerator, understand } from "../src/index.js";
import { setThreads } from "../src/engine/index.js";
import { createModelGenerator, DEFAULT_OVERSAMPLE, DEFAULT_RETRIES } from "../src/generate/neural/index.js";
import { BENCH_DESCRIPTIONS } from "./descriptions.js";

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

async function timeAll(
  descriptions: readonly string[],
  f: (d: string) => Promise<unknown> | unknown,
): Promise<number[]> {
  const t: number[] = [];
  for (const d of descriptions) {
    const s = performance.now();
    await f(d);
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b);
}

export default async function run(): Promise<void> {
  setThreads(1);
  const pool = Number(process.env.BENCH_MODEL_POOL ?? 32);
  const n = Number(process.env.BENCH_MODEL_N ?? 100);
  const descriptions = BENCH_DESCRIPTIONS.slice(0, n);
  const model = createModelGenerator({ maxSamples: pool, oversample: DEFAULT_OVERSAMPLE });
  const t0 = performance.now();
  model.load();
  const loadMs = performance.now() - t0;
  await suggest(descriptions[0]!, { count: 10, generators: [model], poolSize: pool }); // warm lexicons and guards
  await suggest(descriptions[0]!, { count: 10, generators: [lexicalGenerator], poolSize: pool });
  const withModel = await timeAll(descriptions, (d) => suggest(d, { count: 10, generators: [model], poolSize: pool }));
  const sampleOnly = await timeAll(descriptions, (d) => model.generate(understand(d), pool));
  // Plain sampling of `pool` rows: no redraws, no over-sampling (the model's share of "both").
  const plain = createModelGenerator({ bundle: model.load(), maxSamples: pool, retries: 0 });
  const samplePlain = await timeAll(descriptions, (d) => plain.generate(understand(d), pool));
  const lexical = await timeAll(descriptions, (d) =>
    suggest(d, { count: 10, generators: [lexicalGenerator], poolSize: pool }),
  );
  const both = await timeAll(descriptions, (d) =>
    suggest(d, { count: 10, generators: [plain, lexicalGenerator], poolSize: Math.floor(pool / 2) }),
  );
  const line = {
    bench: "model",
    n: descriptions.length,
    pool,
    load_ms: Math.round(loadMs),
    p50_ms: Math.round(quantile(withModel, 0.5)),
    p95_ms: Math.round(quantile(withModel, 0.95)),
    sample_p50_ms: Math.round(quantile(sampleOnly, 0.5)),
    retries: DEFAULT_RETRIES,
    oversample: DEFAULT_OVERSAMPLE,
    sample_no_redraw_p50_ms: Math.round(quantile(samplePlain, 0.5)),
    both_p50_ms: Math.round(quantile(both, 0.5)),
    lexical_p50_ms: Math.round(quantile(lexical, 0.5)),
    ratio_vs_lexical: Math.round((quantile(withModel, 0.5) / quantile(lexical, 0.5)) * 100) / 100,
  };
  console.log(
    `model generator: p50 ${line.p50_ms} ms, p95 ${line.p95_ms} ms for 10 suggestions (pool ${pool}); sampling alone p50 ${line.sample_p50_ms} ms; lexical p50 ${line.lexical_p50_ms} ms`,
  );
  console.log(JSON.stringify(line));
}
