/**
 * Ranking: dedupe, then diversify with maximal marginal relevance (Carbonell & Goldstein, 1998):
 *
 *   next = argmax_c [ lambda * q(c) - (1 - lambda) * max_{s in selected} sim(c, s) ]
 *
 * with q(c) = overall score / 10 and sim = max(Jaccard over character trigrams of the labels, share of
 * shared parts). lambda = 0.75 keeps quality first: a near-duplicate must be ~0.25 x (its similarity) better
 * to be picked. Without it the top ten are often one root with ten endings.
 */
import type { Candidate, RubricScore } from "../core/types.js";

export interface ScoredCandidate extends Candidate {
  /** ASCII form of the full domain. */
  domain: string;
  /** Unicode form of the full domain. */
  display: string;
  score: RubricScore;
}

function trigrams(label: string): Set<string> {
  const s = `^${label}$`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

function partOverlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const sb = new Set(b);
  let shared = 0;
  for (const p of a) if (sb.has(p)) shared++;
  return shared / Math.max(a.length, b.length);
}

/** The parts of a compound in a fixed order, or null for a name of one part. */
function partsKey(parts: readonly string[]): string | null {
  return parts.length < 2 ? null : [...parts].sort().join("+");
}

/** Keeps the best-scoring entry per key: the label alone, or label + TLD when the user asked for TLDs. */
export function dedupe(items: ScoredCandidate[], byTld: boolean): ScoredCandidate[] {
  const best = new Map<string, ScoredCandidate>();
  for (const it of items) {
    const key = byTld ? it.domain : it.label;
    const prev = best.get(key);
    if (!prev || it.score.overall > prev.score.overall) best.set(key, it);
  }
  return [...best.values()];
}

/**
 * Besides pairwise similarity, a root that already appears in selected names costs `saturation` per use, so
 * ten names do not all repeat "coffee" even when every pair is only half similar.
 */
export interface DiversifyOptions {
  lambda?: number;
  saturation?: number;
  /**
   * A check run on a candidate only when it is about to be picked (the name guard): rejected ones are dropped
   * and the next best is taken. Lazy, so an expensive check costs ~count calls, not one per pool entry.
   */
  accept?: (c: ScoredCandidate) => boolean;
  /** The quality a name is picked by, in [0,1] (default: the rubric's overall score / 10). */
  quality?: (c: ScoredCandidate) => number;
  /**
   * The most names one part may appear in while names without it remain (default 2): the similarity penalty alone
   * lets one well-scored word head most of a list ("gestaoclara", "gestaocerto", "gestaoleme", ...), which gives the
   * reader one idea several times instead of several ideas.
   */
  partCap?: number;
}

export function diversify(items: ScoredCandidate[], count: number, options: DiversifyOptions = {}): ScoredCandidate[] {
  const lambda = options.lambda ?? 0.75;
  const saturation = options.saturation ?? 0.04;
  const partCap = options.partCap ?? 2;
  const qualityOf = options.quality ?? ((c: ScoredCandidate) => c.score.overall / 10);
  // Each candidate's quality and part key are asked for once per pick and per comparison: computed once.
  const qualities = new Map<ScoredCandidate, number>();
  const quality = (c: ScoredCandidate): number => {
    let q = qualities.get(c);
    if (q === undefined) qualities.set(c, (q = qualityOf(c)));
    return q;
  };
  const pool = [...items]
    .sort((a, b) => quality(b) - quality(a) || a.domain.localeCompare(b.domain))
    .slice(0, Math.max(count * 20, 60));
  const keys = new Map(pool.map((c) => [c, partsKey(c.parts)]));
  const partUses = new Map<string, number>();
  const uses = (c: ScoredCandidate) => c.parts.reduce((m, p) => Math.max(m, partUses.get(p) ?? 0), 0);
  const grams = new Map(pool.map((c) => [c, trigrams(c.label)]));
  const selected: ScoredCandidate[] = [];
  const maxSim = new Map(pool.map((c) => [c, 0]));
  while (selected.length < count && pool.length > 0) {
    let bestIdx = 0;
    let bestVal = -Infinity;
    const capped = pool.some((c) => uses(c) < partCap);
    for (let i = 0; i < pool.length; i++) {
      const c = pool[i];
      if (capped && uses(c) >= partCap) continue;
      const val = lambda * quality(c) - (1 - lambda) * maxSim.get(c)! - saturation * uses(c);
      if (val > bestVal) {
        bestVal = val;
        bestIdx = i;
      }
    }
    const [pick] = pool.splice(bestIdx, 1);
    if (options.accept && !options.accept(pick)) continue;
    selected.push(pick);
    // The same words in the other order ("parmatimbri", "timbriparma") is the same name twice to a reader.
    const key = keys.get(pick)!;
    if (key !== null) for (let i = pool.length - 1; i >= 0; i--) if (keys.get(pool[i]) === key) pool.splice(i, 1);
    for (const p of pick.parts) partUses.set(p, (partUses.get(p) ?? 0) + 1);
    const g = grams.get(pick)!;
    for (const c of pool) {
      const sim = Math.max(jaccard(g, grams.get(c)!), partOverlap(pick.parts, c.parts), c.label === pick.label ? 1 : 0);
      if (sim > maxSim.get(c)!) maxSim.set(c, sim);
    }
  }
  // Diversity decides which names make the list; quality decides their order.
  return selected.sort((a, b) => quality(b) - quality(a));
}
