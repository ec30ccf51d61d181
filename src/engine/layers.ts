/**
 * The layers of the model, each forward followed by its backward. Activations are row-major with one
 * row per token: x is (N, C) where N = B*T. Backward functions ACCUMULATE into parameter gradients
 * (so gradient accumulation and tied weights just work) and WRITE or ACCUMULATE input gradients as
 * documented per function.
 */
import { activeNative, gemm } from "./kernels/index.js";

// ---------------------------------------------------------------------------------------------
// Embedding: out[i,:] = E[tok[i], :]

export function embeddingForward(out: Float32Array, tokens: Int32Array, E: Float32Array, C: number): void {
  for (let i = 0; i < tokens.length; i++) out.set(E.subarray(tokens[i]! * C, tokens[i]! * C + C), i * C);
}

/** dE[tok[i],:] += dout[i,:] */
export function embeddingBackward(dE: Float32Array, dout: Float32Array, tokens: Int32Array, C: number): void {
  for (let i = 0; i < tokens.length; i++) {
    const e = tokens[i]! * C;
    const o = i * C;
    for (let j = 0; j < C; j++) dE[e + j] += dout[o + j]!;
  }
}

// ---------------------------------------------------------------------------------------------
// RMSNorm: rstd = 1/sqrt(mean(x^2) + eps);  y = x * rstd * w

export function rmsnormForward(
  y: Float32Array,
  rstd: Float32Array,
  x: Float32Array,
  w: Float32Array,
  N: number,
  C: number,
  eps: number,
): void {
  for (let i = 0; i < N; i++) {
    const o = i * C;
    let ss = 0;
    for (let j = 0; j < C; j++) ss += x[o + j]! * x[o + j]!;
    const r = 1 / Math.sqrt(ss / C + eps);
    rstd[i] = r;
    for (let j = 0; j < C; j++) y[o + j] = x[o + j]! * r * w[j]!;
  }
}

/**
 * dx_j += rstd * (w_j dy_j - x_j rstd^2 / C * sum_k w_k dy_k x_k);  dw_j += sum_i dy_ij x_ij rstd_i.
 * dx is accumulated (it is the residual stream's gradient).
 */
export function rmsnormBackward(
  dx: Float32Array,
  dw: Float32Array | null,
  dy: Float32Array,
  x: Float32Array,
  w: Float32Array,
  rstd: Float32Array,
  N: number,
  C: number,
): void {
  for (let i = 0; i < N; i++) {
    const o = i * C;
    const r = rstd[i]!;
    let dot = 0;
    for (let j = 0; j < C; j++) dot += w[j]! * dy[o + j]! * x[o + j]!;
    const k = (dot * r * r) / C;
    for (let j = 0; j < C; j++) {
      dx[o + j] += r * (w[j]! * dy[o + j]! - x[o + j]! * k);
      if (dw) dw[j] += dy[o + j]! * x[o + j]! * r;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Linear: y(N,out) = x(N,in) @ W(out,in)^T + b

export function linearForward(
  y: Float32Array,
  x: Float32Array,
  W: Float32Array,
  b: Float32Array | null,
  N: number,
  inDim: number,
  outDim: number,
): void {
  gemm(false, true, N, outDim, inDim, x, inDim, W, inDim, 0, y, outDim);
  if (b) for (let i = 0; i < N; i++) for (let j = 0; j < outDim; j++) y[i * outDim + j] += b[j]!;
}

/**
 * dx (=, or += when accumulateDx) dy @ W;  dW += dy^T @ x;  db += colsum(dy).
 * dW/db null = frozen weight (LoRA training): only dx is computed.
 */
export function linearBackward(
  dx: Float32Array | null,
  dW: Float32Array | null,
  db: Float32Array | null,
  dy: Float32Array,
  x: Float32Array,
  W: Float32Array,
  N: number,
  inDim: number,
  outDim: number,
  accumulateDx: boolean,
): void {
  if (dx) gemm(false, false, N, inDim, outDim, dy, outDim, W, inDim, accumulateDx ? 1 : 0, dx, inDim);
  if (dW) gemm(true, false, outDim, inDim, N, dy, outDim, x, inDim, 1, dW, inDim);
  if (db) for (let i = 0; i < N; i++) for (let j = 0; j < outDim; j++) db[j] += dy[i * outDim + j]!;
}

// ---------------------------------------------------------------------------------------------
// RoPE, llama's adjacent-pair convention (GGML rope mode 0): for each head and pair i < hd/2,
//   theta = pos * base^(-2i/hd);  (x[2i], x[2i+1]) <- (x0 cos - x1 sin, x0 sin + x1 cos).
// theta is formed as llama.cpp does (float32 theta_scale, theta *= theta_scale each pair) so that
// parity with llama.cpp holds at long positions too.

export class RopeTable {
  readonly cos: Float32Array; // (maxPos, hd/2)
  readonly sin: Float32Array;
  /** freqFactors (ModelConfig.ropeFreqFactors): pair i's angle is divided by freqFactors[i], as ggml's rope does. */
  constructor(
    readonly maxPos: number,
    readonly headDim: number,
    base: number,
    freqFactors: readonly number[] | null = null,
  ) {
    const half = headDim / 2;
    this.cos = new Float32Array(maxPos * half);
    this.sin = new Float32Array(maxPos * half);
    const scale = Math.fround(Math.pow(base, -2 / headDim));
    for (let p = 0; p < maxPos; p++) {
      let theta = Math.fround(p);
      for (let i = 0; i < half; i++) {
        const angle = freqFactors ? Math.fround(theta / freqFactors[i]!) : theta;
        this.cos[p * half + i] = Math.cos(angle);
        this.sin[p * half + i] = Math.sin(angle);
        theta = Math.fround(theta * scale);
      }
    }
  }
}

/** In place on x (N, nHeads*hd); pos[i] is row i's position. sign=+1 rotates (forward), -1 un-rotates (backward). */
export function ropeApply(
  x: Float32Array,
  pos: Int32Array,
  N: number,
  nHeads: number,
  table: RopeTable,
  sign: 1 | -1,
): void {
  const hd = table.headDim;
  const half = hd / 2;
  for (let i = 0; i < N; i++) {
    const t = pos[i]! * half;
    for (let h = 0; h < nHeads; h++) {
      const o = (i * nHeads + h) * hd;
      for (let k = 0; k < half; k++) {
        const c = table.cos[t + k]!;
        const s = sign * table.sin[t + k]!;
        const x0 = x[o + 2 * k]!;
        const x1 = x[o + 2 * k + 1]!;
        x[o + 2 * k] = x0 * c - x1 * s;
        x[o + 2 * k + 1] = x0 * s + x1 * c;
      }
    }
  }
}
// The rotation is orthogonal, so its backward is the inverse rotation: dx = R^T dy = ropeApply(dy, -1).

// ---------------------------------------------------------------------------------------------
// Causal self-attention with grouped-query heads, per sequence b and query head h:
//   S = Q_bh K_bg^T / sqrt(hd)  (T,T), masked to j <= i;  P = softmax(S);  O_bh = P V_bg,
// where g = h / (nHeads / nKvHeads) is the shared key/value head (llama.cpp and HF repeat_kv agree).
// Sequences are right-padded, so padding never reaches a real token through the causal mask.

export interface AttnShape {
  B: number;
  T: number;
  nHeads: number;
  nKvHeads: number;
  hd: number;
}

/** q (N, nH*hd), k/v (N, nKv*hd) -> out (N, nH*hd); att (B, nH, T, T) keeps P for the backward. */
export function attentionForward(
  out: Float32Array,
  att: Float32Array,
  q: Float32Array,
  k: Float32Array,
  v: Float32Array,
  s: AttnShape,
): void {
  const { B, T, nHeads, nKvHeads, hd } = s;
  const nat = activeNative();
  if (nat) return nat.attentionForward(out, att, q, k, v, B, T, nHeads, nKvHeads, hd);
  const qDim = nHeads * hd;
  const kvDim = nKvHeads * hd;
  const group = nHeads / nKvHeads;
  const scale = 1 / Math.sqrt(hd);
  for (let b = 0; b < B; b++) {
    for (let h = 0; h < nHeads; h++) {
      const g = Math.floor(h / group);
      const P = att.subarray((b * nHeads + h) * T * T, (b * nHeads + h + 1) * T * T);
      const qv = q.subarray(b * T * qDim + h * hd);
      const kv = k.subarray(b * T * kvDim + g * hd);
      const vv = v.subarray(b * T * kvDim + g * hd);
      gemm(false, true, T, T, hd, qv, qDim, kv, kvDim, 0, P, T);
      for (let i = 0; i < T; i++) {
        const r = i * T;
        let max = -Infinity;
        for (let j = 0; j <= i; j++) {
          P[r + j] *= scale;
          if (P[r + j]! > max) max = P[r + j]!;
        }
        let sum = 0;
        for (let j = 0; j <= i; j++) {
          const e = Math.exp(P[r + j]! - max);
          P[r + j] = e;
          sum += e;
        }
        const inv = 1 / sum;
        for (let j = 0; j <= i; j++) P[r + j] *= inv;
        for (let j = i + 1; j < T; j++) P[r + j] = 0;
      }
      gemm(false, false, T, hd, T, P, T, vv, kvDim, 0, out.subarray(b * T * qDim + h * hd), qDim);
    }
  }
}

/**
 * dP = dO V^T;  dV += P^T dO;  dS = P * (dP - rowsum(dP * P)) / sqrt(hd);  dQ = dS K;  dK += dS^T Q.
 * dq is written; dk, dv are accumulated (several query heads share one kv head) and must start zeroed.
 * scratch must hold T*T floats.
 */
export function attentionBackward(
  dq: Float32Array,
  dk: Float32Array,
  dv: Float32Array,
  dout: Float32Array,
  att: Float32Array,
  q: Float32Array,
  k: Float32Array,
  v: Float32Array,
  s: AttnShape,
  scratch: Float32Array,
): void {
  const { B, T, nHeads, nKvHeads, hd } = s;
  const nat = activeNative();
  if (nat) return nat.attentionBackward(dq, dk, dv, dout, att, q, k, v, B, T, nHeads, nKvHeads, hd);
  const qDim = nHeads * hd;
  const kvDim = nKvHeads * hd;
  const group = nHeads / nKvHeads;
  const scale = 1 / Math.sqrt(hd);
  const dP = scratch;
  for (let b = 0; b < B; b++) {
    for (let h = 0; h < nHeads; h++) {
      const g = Math.floor(h / group);
      const P = att.subarray((b * nHeads + h) * T * T, (b * nHeads + h + 1) * T * T);
      const qOff = b * T * qDim + h * hd;
      const kvOff = b * T * kvDim + g * hd;
      const dO = dout.subarray(qOff);
      gemm(false, true, T, T, hd, dO, qDim, v.subarray(kvOff), kvDim, 0, dP, T);
      gemm(true, false, T, hd, T, P, T, dO, qDim, 1, dv.subarray(kvOff), kvDim);
      for (let i = 0; i < T; i++) {
        const r = i * T;
        let dot = 0;
        for (let j = 0; j <= i; j++) dot += dP[r + j]! * P[r + j]!;
        for (let j = 0; j <= i; j++) dP[r + j] = P[r + j]! * (dP[r + j]! - dot) * scale;
        for (let j = i + 1; j < T; j++) dP[r + j] = 0;
      }
      gemm(false, false, T, hd, T, dP, T, k.subarray(kvOff), kvDim, 0, dq.subarray(qOff), qDim);
      gemm(true, false, T, hd, T, dP, T, q.subarray(qOff), qDim, 1, dk.subarray(kvOff), kvDim);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// SwiGLU: h = silu(g) * u, silu(g) = g * sigmoid(g)

export function swigluForward(h: Float32Array, g: Float32Array, u: Float32Array, n: number): void {
  const nat = activeNative();
  if (nat) return nat.swigluForward(h, g, u, n);
  for (let i = 0; i < n; i++) {
    const x = g[i]!;
    h[i] = (x / (1 + Math.exp(-x))) * u[i]!;
  }
}

/** dg = dh * u * sig(g) * (1 + g (1 - sig(g)));  du = dh * silu(g). Written, not accumulated. */
export function swigluBackward(
  dg: Float32Array,
  du: Float32Array,
  dh: Float32Array,
  g: Float32Array,
  u: Float32Array,
  n: number,
): void {
  const nat = activeNative();
  if (nat) return nat.swigluBackward(dg, du, dh, g, u, n);
  for (let i = 0; i < n; i++) {
    const x = g[i]!;
    const sig = 1 / (1 + Math.exp(-x));
    dg[i] = dh[i]! * u[i]! * sig * (1 + x * (1 - sig));
    du[i] = dh[i]! * x * sig;
  }
}

// ---------------------------------------------------------------------------------------------
// Cross-entropy with per-token weights (the loss mask):
//   loss = sum_i w_i (logsumexp(z_i) - z_i[t_i]) / norm;  dz_i = w_i / norm * (softmax(z_i) - onehot(t_i)).

/** Returns the weighted loss sum (not divided by norm). Writes dlogits when given (may alias logits). */
export function crossEntropy(
  logits: Float32Array,
  targets: Int32Array,
  weights: Float32Array,
  N: number,
  V: number,
  norm: number,
  dlogits: Float32Array | null,
): number {
  const nat = activeNative();
  if (nat && (dlogits === null || dlogits === logits))
    return nat.crossEntropy(logits, targets, weights, N, V, norm, dlogits !== null);
  let total = 0;
  for (let i = 0; i < N; i++) {
    const w = weights[i]!;
    const o = i * V;
    if (w === 0) {
      if (dlogits) dlogits.fill(0, o, o + V);
      continue;
    }
    let max = -Infinity;
    for (let j = 0; j < V; j++) if (logits[o + j]! > max) max = logits[o + j]!;
    let sum = 0;
    for (let j = 0; j < V; j++) sum += Math.exp(logits[o + j]! - max);
    const lse = max + Math.log(sum);
    const t = targets[i]!;
    total += w * (lse - logits[o + t]!);
    if (dlogits) {
      const c = w / norm;
      for (let j = 0; j < V; j++) dlogits[o + j] = c * Math.exp(logits[o + j]! - lse);
      dlogits[o + t] -= c;
    }
  }
  return total;
}
