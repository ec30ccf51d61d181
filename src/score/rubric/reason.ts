/** A candidate reason: its text and how much it explains (larger first). */
export interface Reason {
  text: string;
  /** Weighted distance of the sub-score from neutral; reasons are sorted by it. */
  impact: number;
}

export interface Sub {
  /** 0-10. */
  score: number;
  reasons: Reason[];
}

export function clamp10(x: number): number {
  return Number.isFinite(x) ? Math.min(10, Math.max(0, x)) : 0;
}
