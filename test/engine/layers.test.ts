// Finite-difference checks of every layer's backward (loss = sum(out * R) for a fixed random R).
import { test } from "node:test";
import {
  attentionBackward,
  attentionForward,
  crossEntropy,
  embeddingBackward,
  embeddingForward,
  linearBackward,
  linearForward,
  rmsnormBackward,
  rmsnormForward,
  ropeApply,
  RopeTable,
  swigluBackward,
  swigluForward,
} from "../../src/engine/layers.js";
import { Rng } from "../../src/core/random.js";
import { loadNative, setBackend, type BackendName } from "../../src/engine/kernels/index.js";
import { checkGradient, dot, randn } from "./helpers.js";

const rng = new Rng(42);

// Every check runs on the portable TypeScript loops and, when the addon is built, on the native ones.
const backends: BackendName[] = loadNative() ? ["portable", "native"] : ["portable"];
function bt(name: string, fn: () => void): void {
  for (const b of backends) {
    test(`${name} [${b}]`, () => {
      setBackend(b);
      try {
        fn();
      } finally {
        setBackend("native");
      }
    });
  }
}

bt("rmsnorm backward matches finite differences for x and w", () => {
  const N = 3,
    C = 8;
  const x = randn(N * C, rng),
    w = randn(C, rng),
    R = randn(N * C, rng);
  const y = new Float32Array(N * C),
    rstd = new Float32Array(N);
  const f = (): number => {
    rmsnormForward(y, rstd, x, w, N, C, 1e-5);
    return dot(y, R);
  };
  f();
  const dx = new Float32Array(N * C),
    dw = new Float32Array(C);
  rmsnormBackward(dx, dw, R, x, w, rstd, N, C);
  checkGradient("rmsnorm dx", f, x, dx);
  checkGradient("rmsnorm dw", f, w, dw);
});

bt("linear backward matches finite differences for x, W and b", () => {
  const N = 4,
    I = 6,
    O = 5;
  const x = randn(N * I, rng),
    W = randn(O * I, rng),
    b = randn(O, rng),
    R = randn(N * O, rng);
  const y = new Float32Array(N * O);
  const f = (): number => {
    linearForward(y, x, W, b, N, I, O);
    return dot(y, R);
  };
  const dx = new Float32Array(N * I),
    dW = new Float32Array(O * I),
    db = new Float32Array(O);
  linearBackward(dx, dW, db, R, x, W, N, I, O, false);
  checkGradient("linear dx", f, x, dx);
  checkGradient("linear dW", f, W, dW);
  checkGradient("linear db", f, b, db);
});

bt("rope backward (inverse rotation) matches finite differences", () => {
  const N = 5,
    H = 2,
    hd = 8;
  const table = new RopeTable(16, hd, 10000);
  const pos = Int32Array.from([0, 1, 2, 7, 15]);
  const x = randn(N * H * hd, rng),
    R = randn(N * H * hd, rng);
  const f = (): number => {
    const y = Float32Array.from(x);
    ropeApply(y, pos, N, H, table, 1);
    return dot(y, R);
  };
  const dx = Float32Array.from(R);
  ropeApply(dx, pos, N, H, table, -1);
  checkGradient("rope dx", f, x, dx);
});

bt("causal GQA attention backward matches finite differences for q, k, v", () => {
  const s = { B: 2, T: 5, nHeads: 4, nKvHeads: 2, hd: 4 };
  const N = s.B * s.T,
    qd = s.nHeads * s.hd,
    kvd = s.nKvHeads * s.hd;
  const q = randn(N * qd, rng),
    k = randn(N * kvd, rng),
    v = randn(N * kvd, rng),
    R = randn(N * qd, rng);
  const out = new Float32Array(N * qd),
    att = new Float32Array(s.B * s.nHeads * s.T * s.T);
  const f = (): number => {
    attentionForward(out, att, q, k, v, s);
    return dot(out, R);
  };
  f();
  const dq = new Float32Array(N * qd),
    dk = new Float32Array(N * kvd),
    dv = new Float32Array(N * kvd);
  attentionBackward(dq, dk, dv, R, att, q, k, v, s, new Float32Array(s.T * s.T));
  checkGradient("attn dq", f, q, dq);
  checkGradient("attn dk", f, k, dk);
  checkGradient("attn dv", f, v, dv);
});

bt("swiglu backward matches finite differences", () => {
  const n = 12;
  const g = randn(n, rng),
    u = randn(n, rng),
    R = randn(n, rng),
    h = new Float32Array(n);
  const f = (): number => {
    swigluForward(h, g, u, n);
    return dot(h, R);
  };
  const dg = new Float32Array(n),
    du = new Float32Array(n);
  swigluBackward(dg, du, R, g, u, n);
  checkGradient("swiglu dg", f, g, dg);
  checkGradient("swiglu du", f, u, du);
});

bt("masked cross-entropy backward matches finite differences", () => {
  const N = 4,
    V = 7;
  const z = randn(N * V, rng, 2);
  const t = Int32Array.from([1, 6, 0, 3]);
  const w = Float32Array.from([1, 0, 1, 1]);
  const f = (): number => crossEntropy(z, t, w, N, V, 3, null) / 3;
  const dz = new Float32Array(N * V);
  crossEntropy(z, t, w, N, V, 3, dz);
  checkGradient("xent dz", f, z, dz);
});

bt("embedding backward scatters into the used rows", () => {
  const V = 6,
    C = 3;
  const E = randn(V * C, rng),
    R = randn(4 * C, rng);
  const tok = Int32Array.from([2, 5, 2, 0]);
  const out = new Float32Array(4 * C);
  const f = (): number => {
    embeddingForward(out, tok, E, C);
    return dot(out, R);
  };
  const dE = new Float32Array(V * C);
  embeddingBackward(dE, R, tok, C);
  checkGradient("embedding dE", f, E, dE);
});
