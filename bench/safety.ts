/**
 * `npm run bench -- safety`: latency of the request guard (and the name guard) per call.
 * Inputs: every request of the labelled test split (632 varied requests: 6 languages, benign, hard
 * negatives, unsafe, obfuscated). Baseline measured in the same run on the same inputs: a trivial
 * keyword filter `text.toLowerCase().includes("x")`. Prints one JSON line at the end.
 */
import { checkName, checkRequest, warmSafety } from "../src/safety/index.js";
import { loadDataset } from "../src/safety/dataset.js";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function timeEach(inputs: string[], passes: number, f: (s: string) => unknown): number[] {
  const times: number[] = [];
  let sink = 0;
  for (let pass = 0; pass < passes; pass++)
    for (const s of inputs) {
      const t0 = process.hrtime.bigint();
      const r = f(s);
      times.push(Number(process.hrtime.bigint() - t0) / 1000);
      if (r) sink++;
    }
  if (sink < 0) console.log(sink);
  return times.sort((a, b) => a - b);
}

export default async function run(): Promise<void> {
  const t0 = performance.now();
  warmSafety();
  const loadMs = performance.now() - t0;
  const texts = loadDataset("test").map((e) => e.text);
  // Labels like the pipeline produces: compounds of words from the requests, lower case, <= 20 chars.
  const words = [...new Set(texts.join(" ").toLowerCase().match(/\p{L}{3,9}/gu) ?? [])];
  const labels = Array.from({ length: 400 }, (_, i) => (words[(i * 7) % words.length] + words[(i * 13 + 5) % words.length]).slice(0, 20));
  timeEach(texts, 1, checkRequest); // JIT warm-up
  const guard = timeEach(texts, 3, checkRequest);
  const base = timeEach(texts, 3, (s) => s.toLowerCase().includes("x"));
  timeEach(labels, 1, (l) => checkName(l));
  const names = timeEach(labels, 3, (l) => checkName(l));
  const p50 = percentile(guard, 0.5);
  const b50 = percentile(base, 0.5);
  console.log(`request guard over ${texts.length} requests x3: p50 ${p50.toFixed(1)} us, p95 ${percentile(guard, 0.95).toFixed(1)} us; baseline includes("x") p50 ${b50.toFixed(2)} us; data load ${loadMs.toFixed(0)} ms`);
  console.log(`name guard over ${labels.length} labels x3: p50 ${percentile(names, 0.5).toFixed(1)} us, p95 ${percentile(names, 0.95).toFixed(1)} us`);
  console.log(
    JSON.stringify({
      bench: "safety",
      p50_us: Number(p50.toFixed(1)),
      p95_us: Number(percentile(guard, 0.95).toFixed(1)),
      baseline_p50_us: Number(b50.toFixed(2)),
      ratio_p50: Number((p50 / Math.max(b50, 0.01)).toFixed(0)),
      name_p50_us: Number(percentile(names, 0.5).toFixed(1)),
      name_p95_us: Number(percentile(names, 0.95).toFixed(1)),
      load_ms: Number(loadMs.toFixed(0)),
    }),
  );
}
