// The native GEMM (when built) agrees with the portable one on every transpose case, odd shapes and
// strides; its results do not depend on the thread count; it rejects out-of-bounds operands.
import { test } from "node:test";
import assert from "node:assert/strict";
import { gemmPortable } from "../../src/engine/kernels/portable.js";
import { gemm as dispatchGemm, loadNative, usingBlas } from "../../src/engine/kernels/index.js";
import { Rng } from "../../src/core/random.js";
import { randn } from "./helpers.js";

const native = loadNative();

function reference(
  tA: boolean,
  tB: boolean,
  M: number,
  N: number,
  K: number,
  A: Float32Array,
  lda: number,
  B: Float32Array,
  ldb: number,
  beta: number,
  C: Float32Array,
  ldc: number,
): Float64Array {
  const out = new Float64Array(C.length);
  for (let i = 0; i < C.length; i++) out[i] = C[i]!;
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      let s = 0;
      for (let k = 0; k < K; k++)
        s += (tA ? A[k * lda + i]! : A[i * lda + k]!) * (tB ? B[j * ldb + k]! : B[k * ldb + j]!);
      out[i * ldc + j] = beta * C[i * ldc + j]! + s;
    }
  }
  return out;
}

const shapes: Array<[number, number, number]> = [
  [1, 1, 1],
  [7, 17, 5],
  [6, 16, 256],
  [13, 33, 300],
  [64, 48, 31],
  [100, 70, 513],
  [3, 200, 9],
];

for (const backend of ["portable", "native", "dispatch"] as const) {
  test(`${backend} gemm matches a float64 reference for all transposes, strides and beta`, (t) => {
    if (backend === "native" && !native) {
      t.diagnostic("native addon not built; run `node native/build.mjs` (the portable path is covered above)");
      return;
    }
    // "dispatch" is what the engine calls: OpenBLAS for large products when its binding is built.
    if (backend === "dispatch")
      t.diagnostic(`dispatch uses ${usingBlas() ? "OpenBLAS for large products" : "no OpenBLAS"}`);
    const gemm = backend === "native" ? native!.gemm : backend === "dispatch" ? dispatchGemm : gemmPortable;
    const rng = new Rng(1);
    for (const [M, N, K] of shapes) {
      for (const tA of [false, true]) {
        for (const tB of [false, true]) {
          for (const beta of [0, 1, 0.5]) {
            const lda = (tA ? M : K) + 3,
              ldb = (tB ? K : N) + 1,
              ldc = N + 2;
            const A = randn((tA ? K : M) * lda, rng),
              B = randn((tB ? N : K) * ldb, rng),
              C = randn(M * ldc, rng);
            const want = reference(tA, tB, M, N, K, A, lda, B, ldb, beta, C, ldc);
            gemm(tA, tB, M, N, K, A, lda, B, ldb, beta, C, ldc);
            for (let i = 0; i < M; i++) {
              for (let j = 0; j < N; j++) {
                const d = Math.abs(C[i * ldc + j]! - want[i * ldc + j]!);
                assert.ok(
                  d <= 1e-4 * Math.sqrt(K) + 1e-5,
                  `${M}x${N}x${K} tA=${tA} tB=${tB} beta=${beta} (${i},${j}) off by ${d}`,
                );
              }
              // Padding columns between rows are untouched.
              for (let j = N; j < ldc && i < M - 1; j++)
                assert.equal(C[i * ldc + j], Float32Array.of(want[i * ldc + j]!)[0]);
            }
          }
        }
      }
    }
  });
}

test("native gemm gives identical results with 1 and 2 threads, and bounds-checks its operands", (t) => {
  if (!native) {
    t.diagnostic("native addon not built; nothing to check");
    return;
  }
  const rng = new Rng(2);
  const [M, N, K] = [130, 250, 300];
  const A = randn(M * K, rng),
    B = randn(N * K, rng);
  const c1 = new Float32Array(M * N),
    c2 = new Float32Array(M * N);
  const before = native.getThreads();
  native.setThreads(1);
  native.gemm(false, true, M, N, K, A, K, B, K, 0, c1, N);
  native.setThreads(2);
  native.gemm(false, true, M, N, K, A, K, B, K, 0, c2, N);
  native.setThreads(before);
  assert.deepEqual(c1, c2);
  assert.throws(() => native.gemm(false, false, M, N, K, A, K, B, N, 0, new Float32Array(10), N), RangeError);
  assert.throws(() => native.gemm(false, false, M, N, K + 1, A, K + 1, B, N, 0, c1, N), RangeError);
});

test("training with the native kernels tracks the portable path within float32 tolerance", async (t) => {
  if (!native) {
    t.diagnostic("native addon not built; nothing to compare");
    return;
  }
  const { setBackend } = await import("../../src/engine/kernels/index.js");
  const { createModel, createTrainer, trainStep, padBatch } = await import("../../src/engine/index.js");
  const cfg = {
    vocabSize: 50,
    dim: 32,
    nLayers: 2,
    nHeads: 4,
    nKvHeads: 2,
    ffnDim: 40,
    contextLength: 32,
    ropeBase: 10000,
    normEps: 1e-5,
    qkvBias: true,
    tiedEmbeddings: false,
  };
  const rng = new Rng(5);
  const batches = Array.from({ length: 4 }, () =>
    padBatch(
      [Array.from({ length: 20 }, () => rng.below(50)), Array.from({ length: 13 }, () => rng.below(50))],
      0,
      [4, 2],
    ),
  );
  const run = (b: "portable" | "native"): { losses: number[]; params: Float32Array } => {
    setBackend(b);
    try {
      const m = createModel(cfg, 3);
      const tr = createTrainer(m, { schedule: { lr: 1e-2, minLr: 1e-3, warmupSteps: 1, totalSteps: 4 } });
      const losses = batches.map((x) => trainStep(tr, [x]).loss);
      return { losses, params: m.params };
    } finally {
      setBackend("native");
    }
  };
  const p = run("portable");
  const n = run("native");
  for (let i = 0; i < p.losses.length; i++)
    assert.ok(Math.abs(p.losses[i]! - n.losses[i]!) < 1e-4, `step ${i}: ${p.losses[i]} vs ${n.losses[i]}`);
  let maxd = 0;
  for (let i = 0; i < p.params.length; i++) maxd = Math.max(maxd, Math.abs(p.params[i]! - n.params[i]!));
  assert.ok(maxd < 1e-3, `parameters differ by ${maxd}`);
});
