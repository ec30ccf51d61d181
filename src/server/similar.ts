/**
 * "More like this": the list re-ranked toward the names a user liked. Similarity is the Dice coefficient of
 * character trigrams of the labels (with boundary marks), which rewards shared roots and affixes
 * ("brewbean" ~ "beanbrew", "brewly") without a model; the final order mixes it with the pipeline's
 * calibrated confidence so that a similar but weak name does not jump the list.
 */
function trigrams(label: string): Set<string> {
  const s = `^${label}$`;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return out;
}

/** Dice coefficient of the two labels' trigram sets, in [0, 1]. */
export function labelSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return x.size + y.size === 0 ? 0 : (2 * shared) / (x.size + y.size);
}

/** The second-level label of a domain ("brewbean" of "brewbean.co.uk" is approximated by the first label). */
export function labelOf(domain: string): string {
  return domain.toLowerCase().split(".")[0] ?? "";
}

/**
 * Items ordered by 0.6 x (best similarity to a liked label) + 0.4 x confidence, liked domains removed.
 * The weights favour the user's signal: the list was already ordered by confidence before they liked a name.
 */
export function rerankToward<T extends { domain: string; confidence: number }>(
  items: readonly T[],
  liked: readonly string[],
): T[] {
  const likedDomains = new Set(liked.map((d) => d.toLowerCase()));
  const likedLabels = [...new Set(liked.map(labelOf))];
  return items
    .filter((s) => !likedDomains.has(s.domain.toLowerCase()))
    .map((s, i) => {
      const label = labelOf(s.domain);
      const sim = Math.max(0, ...likedLabels.map((l) => labelSimilarity(label, l)));
      return { s, i, key: 0.6 * sim + 0.4 * s.confidence };
    })
    .sort((a, b) => b.key - a.key || a.i - b.i)
    .map((e) => e.s);
}
