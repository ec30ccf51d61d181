/**
 * Training of the letter trigram model behind pronounceability (used by scripts/build-lexicon.ts and tests).
 *
 * Each word w = w1..wn is padded as  # # w1 .. wn #  and the model predicts every wi and the final #
 * from the two symbols before it. Smoothing: interpolated Kneser-Ney (Chen & Goodman 1998, sec. 3.4)
 * with one absolute discount per order, D = n1 / (n1 + 2 n2) (n1, n2: number of n-grams seen once, twice):
 *
 *   P3(c|ab) = max(c(abc) - D3, 0) / c(ab.) + D3 T(ab.) / c(ab.) * P2(c|b)
 *   P2(c|b)  = max(N(.bc) - D2, 0) / N(.b.) + D2 T(b.) / N(.b.) * P1(c)         (continuation counts)
 *   P1(c)    = max(N(..c) - D1, 0) / N(...) + D1 T(.) / N(...) * 1/V              (V = predictable symbols)
 *
 * where N(.bc) = number of distinct a with c(abc) > 0, T(x) = number of distinct successors of context x;
 * a context never seen falls back to the lower order. Types, not tokens: every distinct word counts once,
 * which is what phonotactics (which letter sequences a language allows) is about.
 */

/** Symbol 0 is the word boundary (# before and after), 1..L the alphabet's letters, L+1 any other character. */
export interface Alphabet {
  letters: string;
  /** Symbol count A = L + 2. */
  size: number;
  index: (code: number) => number;
}

export function makeAlphabet(letters: string): Alphabet {
  const map = new Map<number, number>();
  for (let i = 0; i < letters.length; i++) map.set(letters.charCodeAt(i), i + 1);
  const other = letters.length + 1;
  return { letters, size: letters.length + 2, index: (code) => map.get(code) ?? other };
}

/** Letters whose share of all letters in `words` is at least `minShare`, most frequent first. */
export function chooseAlphabet(words: Iterable<string>, minShare = 1e-4): string {
  const counts = new Map<string, number>();
  let total = 0;
  for (const w of words) {
    for (const ch of w) {
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
      total++;
    }
  }
  return [...counts.entries()]
    .filter(([ch, c]) => c / total >= minShare && ch.length === 1 && /\p{L}/u.test(ch))
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .map(([ch]) => ch)
    .join("");
}

function discount(countOfCounts: (k: number) => number): number {
  const n1 = countOfCounts(1);
  const n2 = countOfCounts(2);
  if (n1 === 0) return 0.5;
  return Math.min(0.95, Math.max(0.05, n1 / (n1 + 2 * n2)));
}

/** Trains the model and returns P(c | a b) for every (a, b, c) as a dense Float64Array, index (a*A + b)*A + c. */
export function trainTrigramKN(words: Iterable<string>, alpha: Alphabet): Float64Array {
  const A = alpha.size;
  const c3 = new Float64Array(A * A * A);
  for (const w of words) {
    let a = 0,
      b = 0;
    for (let i = 0; i <= w.length; i++) {
      const c = i < w.length ? alpha.index(w.charCodeAt(i)) : 0;
      c3[(a * A + b) * A + c] += 1;
      a = b;
      b = c;
    }
  }
  // Continuation counts N(.bc) and N(..c).
  const n2 = new Float64Array(A * A);
  for (let a = 0; a < A; a++) for (let bc = 0; bc < A * A; bc++) if (c3[a * A * A + bc] > 0) n2[bc] += 1;
  const n1 = new Float64Array(A);
  for (let b = 0; b < A; b++) for (let c = 0; c < A; c++) if (n2[b * A + c] > 0) n1[c] += 1;

  const coc = (arr: Float64Array) => (k: number) => arr.reduce((s, v) => s + (v === k ? 1 : 0), 0);
  const D3 = discount(coc(c3));
  const D2 = discount(coc(n2));
  const D1 = discount(coc(n1));

  // The boundary is predicted only as "end of word"; symbol 0 as a next letter after # # is impossible
  // in training but kept predictable so that every row sums to one.
  const V = A;
  const p1 = new Float64Array(A);
  const n1Total = n1.reduce((s, v) => s + v, 0);
  const t1 = n1.reduce((s, v) => s + (v > 0 ? 1 : 0), 0);
  for (let c = 0; c < A; c++) p1[c] = n1Total > 0 ? Math.max(n1[c] - D1, 0) / n1Total + (D1 * t1) / n1Total / V : 1 / V;

  const p2 = new Float64Array(A * A);
  for (let b = 0; b < A; b++) {
    let tot = 0,
      types = 0;
    for (let c = 0; c < A; c++) {
      tot += n2[b * A + c];
      if (n2[b * A + c] > 0) types++;
    }
    for (let c = 0; c < A; c++)
      p2[b * A + c] = tot > 0 ? Math.max(n2[b * A + c] - D2, 0) / tot + ((D2 * types) / tot) * p1[c] : p1[c];
  }

  const p3 = new Float64Array(A * A * A);
  for (let a = 0; a < A; a++) {
    for (let b = 0; b < A; b++) {
      const row = (a * A + b) * A;
      let tot = 0,
        types = 0;
      for (let c = 0; c < A; c++) {
        tot += c3[row + c];
        if (c3[row + c] > 0) types++;
      }
      for (let c = 0; c < A; c++)
        p3[row + c] =
          tot > 0 ? Math.max(c3[row + c] - D3, 0) / tot + ((D3 * types) / tot) * p2[b * A + c] : p2[b * A + c];
    }
  }
  return p3;
}
