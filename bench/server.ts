/**
 * HTTP throughput and latency of `namewright serve` on localhost with autocannon: POST /v1/suggest over the
 * bench descriptions with the default generator (BENCH_GENERATOR=lexical|model|both overrides), first at
 * full load (requests/s), then at 80% of that rate (p50/p99 latency under a sustainable load).
 * Baseline in the same run: GET /healthz, the same server and HTTP stack without inference, so the ratio
 * says what the pipeline costs per request relative to the server's own overhead.
 * BENCH_DURATION (seconds per phase, default 10), BENCH_CONNECTIONS (default 8), BENCH_WORKERS.
 * Last line: {"bench":"server","rps":...,"p50_ms":...,"p99_ms":...,"errors":0,...}
 */
import autocannon from "autocannon";
import { availableParallelism } from "node:os";
import { defaultGeneratorKind, type GeneratorKind } from "../src/generate/index.js";
import { createServer } from "../src/server/index.js";
import { BENCH_DESCRIPTIONS } from "./descriptions.js";

function cannon(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const errorsOf = (r: autocannon.Result): number => r.errors + r.timeouts + r.non2xx;

export default async function run(): Promise<void> {
  const generator = (process.env.BENCH_GENERATOR ?? defaultGeneratorKind()) as GeneratorKind;
  const duration = Number(process.env.BENCH_DURATION ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 8);
  const workers = Number(process.env.BENCH_WORKERS ?? availableParallelism());
  const app = await createServer({ generator, workers, rateLimit: false, maxQueue: 1000, inferenceTimeoutMs: 30_000 });
  try {
    const url = await app.listen({ port: 0, host: "127.0.0.1" });
    const requests = BENCH_DESCRIPTIONS.slice(0, 100).map((d) => ({
      method: "POST" as const,
      path: "/v1/suggest",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ business_description: d, count: 10 }),
    }));
    // Warm-up: a few requests per worker, so each has run the whole pipeline once before timing starts.
    await cannon({ url, connections: workers, amount: 4 * workers, requests });

    const health = await cannon({ url: `${url}/healthz`, connections, duration: Math.max(2, duration / 3) });
    const full = await cannon({ url, connections, duration, requests });
    // Completed requests over the phase (the per-second average reads 0 when requests outlast a second).
    const rps = full.requests.total / full.duration;
    const steady = await cannon({
      url,
      connections,
      duration,
      requests,
      overallRate: Math.max(1, Math.floor(rps * 0.8)),
    });
    const line = {
      bench: "server",
      generator,
      workers,
      connections,
      rps: +rps.toFixed(1),
      p50_ms: steady.latency.p50,
      p99_ms: steady.latency.p99,
      errors: errorsOf(full) + errorsOf(steady),
      rate_at_80pct: Math.floor(rps * 0.8),
      p50_ms_full_load: full.latency.p50,
      p99_ms_full_load: full.latency.p99,
      healthz_rps: +health.requests.average.toFixed(0),
      suggest_vs_healthz_rps: +(rps / health.requests.average).toFixed(4),
    };
    console.log(
      `server (${generator}, ${workers} workers, ${connections} connections): ${line.rps} req/s at full load ` +
        `(p99 ${line.p99_ms_full_load} ms); at 80% of it p50 ${line.p50_ms} ms, p99 ${line.p99_ms} ms; ` +
        `/healthz ${line.healthz_rps} req/s (suggest = ${line.suggest_vs_healthz_rps} x healthz); errors ${line.errors}`,
    );
    console.log(JSON.stringify(line));
  } finally {
    await app.close();
  }
}
