/**
 * Aggregates of a run: means with bootstrap CIs overall and per language and category, rates of each
 * status, and latency percentiles.
 */
import { bootstrapMeanCi, mean, quantileSorted, type Interval } from "../stats/index.js";
import type { ItemRecord } from "./store.js";

export interface GroupSummary {
  n: number;
  score: Interval | { estimate: number; lo: number; hi: number };
}

export interface Aggregates {
  n: number;
  topK: number;
  score: Interval | { estimate: number; lo: number; hi: number };
  statuses: Record<string, number>;
  meanNames: number;
  validity: number | null;
  duplicates: number | null;
  constraintSatisfaction: { mean: number | null; items: number };
  languageMatch: { mean: number | null; items: number };
  latencyMs: { p50: number; p95: number; max: number };
  byLanguage: Record<string, GroupSummary>;
  byCategory: Record<string, GroupSummary>;
}

function meanOf(xs: (number | null)[]): number | null {
  const v = xs.filter((x): x is number => x !== null && Number.isFinite(x));
  return v.length ? mean(v) : null;
}

function ci(scores: number[], seed: number): GroupSummary["score"] {
  if (scores.length < 2) return { estimate: scores[0] ?? NaN, lo: NaN, hi: NaN };
  return bootstrapMeanCi(scores, { resamples: 2000, seed, method: "percentile" });
}

function groups(items: ItemRecord[], key: (r: ItemRecord) => string): Record<string, GroupSummary> {
  const m = new Map<string, number[]>();
  for (const r of items) {
    const k = key(r);
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(r.metrics.score);
  }
  const out: Record<string, GroupSummary> = {};
  for (const k of [...m.keys()].sort()) out[k] = { n: m.get(k)!.length, score: ci(m.get(k)!, 11) };
  return out;
}

export function aggregate(items: ItemRecord[], topK: number): Aggregates {
  const statuses: Record<string, number> = {};
  for (const r of items) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const lat = items.map((r) => r.latencyMs).sort((a, b) => a - b);
  const cs = items.map((r) => r.metrics.constraintSatisfaction).filter((x): x is number => x !== null);
  const lm = items.map((r) => r.metrics.languageMatch).filter((x): x is number => x !== null);
  return {
    n: items.length,
    topK,
    score: ci(
      items.map((r) => r.metrics.score),
      7,
    ),
    statuses,
    meanNames: items.length ? mean(items.map((r) => r.metrics.count)) : 0,
    validity: meanOf(items.map((r) => r.metrics.validity)),
    duplicates: meanOf(items.map((r) => r.metrics.duplicates)),
    constraintSatisfaction: { mean: cs.length ? mean(cs) : null, items: cs.length },
    languageMatch: { mean: lm.length ? mean(lm) : null, items: lm.length },
    latencyMs: { p50: quantileSorted(lat, 0.5), p95: quantileSorted(lat, 0.95), max: lat[lat.length - 1] ?? NaN },
    byLanguage: groups(items, (r) => r.language ?? "unknown"),
    byCategory: groups(items, (r) => r.category),
  };
}
