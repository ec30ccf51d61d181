/**
 * `npm run bench -- safety`: latency of the request guard (and the name guard) per call.
 * Inputs: every request of the generated test split (1,006: 6 languages, obfuscated variants) and an even sample of
 * the writers' files (every k-th request, about WRITER_SAMPLE of them: 80+ languages, long paragraphs, injections),
 * benign, hard negatives and unsafe; a sample, so that the bench's length does not grow with the training data.
 * Baseline measured in the same run on the same inputs: a trivial keyword filter `text.toLowerCase().includes("x")`.
 * Prints one JSON line at the end.
 */
import { checkName, checkRequest, warmSafety } from "../src/safety/index.js";
import { loadDataset } from "../src/safety/build/dataset.js";
import { loadWriterRequests } from "../src/safety/build/requests.js";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** All per-call times (us, sorted) and, per input, the fastest of the passes (sorted): the latter filters out
 *  interference from other processes on a shared 2-core machine. */
function timeEach(
  inputs: string[],
  passes: number,
  f: (s: string) => unknown,
): { all: number[]; minPerInput: number[] } {
  const all: number[] = [];
  const best = new Array<number>(inputs.length).fill(Infinity);
  let sink = 0;
  for (let pass = 0; pass < passes; pass++)
    inputs.forEach((s, i) => {
      const t0 = process.hrtime.bigint();
      const r = f(s);
      const us = Number(process.hrtime.bigint() - t0) / 1000;
      all.push(us);
      best[i] = Math.min(best[i], us);
      if (r) sink++;
    });
  if (sink < 0) console.log(sink);
  return { all: all.sort((a, b) => a - b), minPerInput: best.sort((a, b) => a - b) };
}

/** Writers' requests timed (an even sample across all writers' files). */
const WRITER_SAMPLE = 8000;

export default async function run(): Promise<void> {
  const t0 = performance.now();
  warmSafety();
  const loadMs = performance.now() - t0;
  const writers = loadWriterRequests();
  const stride = Math.max(1, Math.ceil(writers.length / WRITER_SAMPLE));
  const texts = [
    ...loadDataset("test").map((e) => e.text),
    ...writers.filter((_, i) => i % stride === 0).map((r) => r.text),
  ];
  // Labels like the pipeline produces: compounds of words from the requests, lower case, <= 20 chars.
  const words = [
    ...new Set(
      texts
        .join(" ")
        .toLowerCase()
        .match(/\p{L}{3,9}/gu) ?? [],
    ),
  ];
  // checkName caches verdicts, so every timed label is distinct (the uncached path is what we measure).
  const labelSet = new Set<string>();
  for (let i = 0; labelSet.size < 1400 && i < 100000; i++)
    labelSet.add((words[(i * 7) % words.length] + words[(i * 13 + 5) % words.length]).slice(0, 20));
  const allLabels = [...labelSet];
  const warmLabels = allLabels.slice(0, 200);
  const labels = allLabels.slice(200);
  timeEach(texts, 1, checkRequest); // JIT warm-up
  const guard = timeEach(texts, 3, checkRequest);
  const base = timeEach(texts, 3, (s) => s.toLowerCase().includes("x"));
  timeEach(warmLabels, 1, (l) => checkName(l));
  const names = timeEach(labels, 1, (l) => checkName(l));
  const p50 = percentile(guard.all, 0.5);
  const b50 = percentile(base.all, 0.5);
  const r = (x: number) => Number(x.toFixed(1));
  console.log(
    `request guard over ${texts.length} requests x3: p50 ${p50.toFixed(1)} us, p95 ${percentile(guard.all, 0.95).toFixed(1)} us (fastest-of-3 per input: p50 ${percentile(guard.minPerInput, 0.5).toFixed(1)}, p95 ${percentile(guard.minPerInput, 0.95).toFixed(1)}); baseline includes("x") p50 ${b50.toFixed(2)} us; data load ${loadMs.toFixed(0)} ms`,
  );
  console.log(
    `name guard over ${labels.length} distinct labels (uncached): p50 ${percentile(names.all, 0.5).toFixed(1)} us, p95 ${percentile(names.all, 0.95).toFixed(1)} us`,
  );
  console.log(
    JSON.stringify({
      bench: "safety",
      p50_us: r(p50),
      p95_us: r(percentile(guard.all, 0.95)),
      p95_fastest_of3_us: r(percentile(guard.minPerInput, 0.95)),
      baseline_p50_us: Number(b50.toFixed(2)),
      ratio_p50: Number((p50 / Math.max(b50, 0.01)).toFixed(0)),
      name_p50_us: r(percentile(names.all, 0.5)),
      name_p95_us: r(percentile(names.all, 0.95)),
      load_ms: Number(loadMs.toFixed(0)),
    }),
  );
}
