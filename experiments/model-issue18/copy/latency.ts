import { createModelGenerator, loadModelBundle, DEFAULT_RETRIES } from "../../../src/generate/neural/index.js";
import { understand } from "../../../src/understand/index.js";
import { BENCH_DESCRIPTIONS } from "../../../bench/descriptions.js";
for (const dir of process.argv.slice(2)) {
  const b = dir === "shipped" ? loadModelBundle() : loadModelBundle(dir, "merged.safetensors");
  const g = createModelGenerator({ bundle: b, maxSamples: 32, retries: DEFAULT_RETRIES, oversample: 6 });
  const us = BENCH_DESCRIPTIONS.slice(0, 30).map((d) => understand(d));
  g.generate(us[0]!, 32);
  const ts: number[] = [];
  for (const u of us) { const t0 = performance.now(); g.generate(u, 32); ts.push(performance.now() - t0); }
  ts.sort((a, b) => a - b);
  console.log(dir, "format", b.format, "p50 ms", ts[15]!.toFixed(0), "p90", ts[27]!.toFixed(0));
}
