/**
 * Prometheus text exposition (format 0.0.4) of the server's counters: requests by route and status, a
 * latency histogram per route, suggestions by outcome, the inference pool's state and the process memory.
 * Hand-written: a dozen series do not need a client library.
 */
import type { PoolStats } from "./pool.js";

/** Upper bounds in seconds: fine where the product's requests fall (tens to hundreds of ms). */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

const esc = (v: string): string => v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");

export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly latency = new Map<string, Histogram>();
  private readonly outcomes = new Map<string, number>();

  observe(route: string, method: string, status: number, seconds: number): void {
    const key = `${method}\u0000${route}\u0000${status}`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const hk = `${method}\u0000${route}`;
    let h = this.latency.get(hk);
    if (!h) this.latency.set(hk, (h = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 }));
    for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]!) h.counts[i]!++;
    h.sum += seconds;
    h.count++;
  }

  outcome(kind: string): void {
    this.outcomes.set(kind, (this.outcomes.get(kind) ?? 0) + 1);
  }

  render(pool: PoolStats): string {
    const out: string[] = [];
    out.push("# HELP namewright_http_requests_total HTTP requests by method, route and status code.");
    out.push("# TYPE namewright_http_requests_total counter");
    for (const [k, v] of this.requests) {
      const [method, route, status] = k.split("\u0000");
      out.push(`namewright_http_requests_total{method="${method}",route="${esc(route!)}",status="${status}"} ${v}`);
    }
    out.push("# HELP namewright_http_request_duration_seconds Time from request to response.");
    out.push("# TYPE namewright_http_request_duration_seconds histogram");
    for (const [k, h] of this.latency) {
      const [method, route] = k.split("\u0000");
      const labels = `method="${method}",route="${esc(route!)}"`;
      BUCKETS.forEach((b, i) =>
        out.push(`namewright_http_request_duration_seconds_bucket{${labels},le="${b}"} ${h.counts[i]}`),
      );
      out.push(`namewright_http_request_duration_seconds_bucket{${labels},le="+Inf"} ${h.count}`);
      out.push(`namewright_http_request_duration_seconds_sum{${labels}} ${h.sum}`);
      out.push(`namewright_http_request_duration_seconds_count{${labels}} ${h.count}`);
    }
    out.push("# HELP namewright_suggest_total Suggestion requests by outcome (success, blocked, error).");
    out.push("# TYPE namewright_suggest_total counter");
    for (const [k, v] of this.outcomes) out.push(`namewright_suggest_total{outcome="${esc(k)}"} ${v}`);
    const gauges: Array<[string, string, number, string]> = [
      ["namewright_pool_workers", "gauge", pool.size, "Inference worker threads."],
      ["namewright_pool_busy", "gauge", pool.busy, "Workers running a request."],
      ["namewright_pool_queued", "gauge", pool.queued, "Requests waiting for a worker."],
      ["namewright_pool_timeouts_total", "counter", pool.timeouts, "Requests stopped at the inference timeout."],
      ["namewright_pool_restarts_total", "counter", pool.restarts, "Workers replaced after a timeout or crash."],
      ["process_resident_memory_bytes", "gauge", process.memoryUsage.rss(), "Resident memory of the process."],
    ];
    for (const [name, type, value, help] of gauges)
      out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, `${name} ${value}`);
    return out.join("\n") + "\n";
  }
}
