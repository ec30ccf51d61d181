/**
 * Exact and near-duplicate detection for descriptions.
 *
 * normalise(): NFKD, strip accents and emoji, lower case, keep letters/digits, collapse spaces, so
 * "Café  Lyon!!" and "cafe lyon" are the same text.
 * Near duplicates: Jaccard similarity of character 5-shingles >= threshold. MinHash with K = 120
 * permutations estimates Jaccard (P[min-hash equal] = J); LSH with b = 20 bands of r = 6 rows makes
 * a pair a candidate with probability 1 - (1 - J^r)^b: 0.998 at J = 0.8, 0.27 at J = 0.5. Template
 * text has many pairs near J = 0.5, so fewer, longer bands keep the candidate lists short while
 * recall at the threshold stays high. Candidates are then checked with the exact Jaccard of their sets.
 */
const K = 120;
const BANDS = 20;
const ROWS = K / BANDS;
const SHINGLE = 5;

export function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** 32-bit hashes of the character shingles of normalised text (the whole text when shorter). */
export function shingles(norm: string): Set<number> {
  const out = new Set<number>();
  const s = ` ${norm} `;
  if (s.length <= SHINGLE) {
    out.add(hashString(s));
    return out;
  }
  // FNV-1a over each window of SHINGLE code units, without building substrings.
  for (let i = 0; i + SHINGLE <= s.length; i++) {
    let h = 2166136261;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ s.charCodeAt(j), 16777619);
    out.add(fmix(h));
  }
  return out;
}

/** murmur3 finaliser: spreads FNV's weak low bits. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return fmix(h);
}

/** K universal-hash permutations h_i(x) = (a_i * x + b_i) mod 2^32 with odd a_i (fixed, so signatures are comparable across runs). */
const PERM_A = new Uint32Array(K);
const PERM_B = new Uint32Array(K);
{
  let s = 0x2545f491;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  for (let i = 0; i < K; i++) {
    PERM_A[i] = next() | 1;
    PERM_B[i] = next();
  }
}

export function minhash(set: Set<number>): Uint32Array {
  const xs = Uint32Array.from(set);
  const sig = new Uint32Array(K).fill(0xffffffff);
  const a = PERM_A;
  const b = PERM_B;
  // Permutation-major loop: one typed-array pass per permutation keeps the JIT on integer code.
  for (let i = 0; i < K; i++) {
    const ai = a[i];
    const bi = b[i];
    let min = 0xffffffff;
    for (let j = 0; j < xs.length; j++) {
      const v = (Math.imul(ai, xs[j]) + bi) >>> 0;
      if (v < min) min = v;
    }
    sig[i] = min;
  }
  return sig;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  let inter = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 1 : inter / union;
}

/**
 * Streaming near-duplicate index: add() returns the index of an earlier item that is an exact or
 * near duplicate of this text (and then does not store it), or -1 after storing it.
 */
export class NearDuplicateIndex {
  private readonly exact = new Map<string, number>();
  private readonly buckets: Map<string, number[]>[] = Array.from({ length: BANDS }, () => new Map());
  private readonly sets: Set<number>[] = [];
  private readonly sigs: Uint32Array[] = [];
  private readonly ids: number[] = [];

  constructor(private readonly threshold = 0.8) {}

  /** Looks `text` up without adding it. Returns [kind, earlier id] or null. */
  find(text: string): { kind: "exact" | "near"; id: number; similarity: number } | null {
    const norm = normalise(text);
    const e = this.exact.get(norm);
    if (e !== undefined) return { kind: "exact", id: e, similarity: 1 };
    const set = shingles(norm);
    const sig = minhash(set);
    const seen = new Set<number>();
    for (let b = 0; b < BANDS; b++) {
      const bucket = this.buckets[b].get(bandKey(sig, b));
      if (!bucket) continue;
      for (const slot of bucket) {
        if (seen.has(slot)) continue;
        seen.add(slot);
        // Cheap filter: the share of equal min-hashes estimates J with s.d. <= 0.046 (K = 120); only
        // plausible pairs (estimate >= threshold - 0.2, > 4 s.d. below) get the exact set comparison.
        if (agreement(sig, this.sigs[slot]) < this.threshold - 0.2) continue;
        const j = jaccard(set, this.sets[slot]);
        if (j >= this.threshold) return { kind: "near", id: this.ids[slot], similarity: j };
      }
    }
    return null;
  }

  /** Stores `text` under `id` unconditionally. */
  add(text: string, id: number): void {
    const norm = normalise(text);
    if (!this.exact.has(norm)) this.exact.set(norm, id);
    const set = shingles(norm);
    const sig = minhash(set);
    const slot = this.sets.length;
    this.sets.push(set);
    this.sigs.push(sig);
    this.ids.push(id);
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(sig, b);
      const bucket = this.buckets[b].get(key);
      if (bucket) bucket.push(slot);
      else this.buckets[b].set(key, [slot]);
    }
  }

  get size(): number {
    return this.sets.length;
  }
}

function agreement(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < K; i++) if (a[i] === b[i]) same++;
  return same / K;
}

function bandKey(sig: Uint32Array, band: number): string {
  let key = "";
  for (let r = 0; r < ROWS; r++) key += sig[band * ROWS + r].toString(36) + ",";
  return key;
}
