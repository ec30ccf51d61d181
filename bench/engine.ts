/**
 * Engine benchmark (`npm run bench -- engine`): GEMM, training and decoding throughput, each as a ratio
 * against a baseline measured in the same run. The last line is one JSON object:
 *   gemm_gflops        our GEMM (native backend, all threads) on the 30M model's training shapes
 *   gemm_vs_peak       ours / the best GEMM measured here on the same shapes (OpenBLAS when its binding
 *                      is built, else the best of our own kernels)
 *   train_tok_s_5m / train_gflops_5m / train_tok_s_30m / train_gflops_30m
 *                      full training steps (forward, backward, AdamW) of a ~5M and a ~30M model;
 *                      FLOPs per token = 6 * (matmul parameters) + 12 * L * qDim * T (llm.c's count)
 *   train_vs_llmc      train_gflops_30m / 27.7 (llm.c's CPU trainer on this machine, 2 threads, DESIGN §6;
 *                      a constant, not measured in this run)
 *   infer_tok_s        our batched decoding (batch 16) tokens/s on the 5M model
 *   infer_vs_llamacpp  geometric mean over batch 1 and batch 16 of ours / node-llama-cpp on the same GGUF,
 *                      both on 1 thread
 *   peak_rss_mb_30m    process peak RSS after the 30M training phase
 */
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, availableParallelism } from "node:os";
import { join } from "node:path";
import {
  backendName,
  countParams,
  createModel,
  createTrainer,
  generate,
  gemmPortable,
  usingBlas,
  padBatch,
  resolveConfig,
  Rng,
  setBackend,
  setThreads,
  trainStep,
  type ModelConfig,
} from "../src/engine/index.js";
import { loadNative } from "../src/engine/kernels/index.js";
import { modelToGguf } from "../src/formats/index.js";

type Gemm = typeof gemmPortable;

const THREADS = Math.min(2, availableParallelism());
const LLMC_GFLOPS_2T = 27.7;
// Decoding is compared on one thread each: llama.cpp's spinning thread pool collapses when the two
// cores are shared (DESIGN §6 saw 1.5 tok/s), which would flatter us.
const DECODE_THREADS = 1;

const cfg5m: ModelConfig = {
  vocabSize: 4096,
  dim: 256,
  nLayers: 5,
  nHeads: 8,
  nKvHeads: 4,
  ffnDim: 768,
  contextLength: 256,
  ropeBase: 10000,
  normEps: 1e-5,
  qkvBias: false,
  tiedEmbeddings: true,
};
const cfg30m: ModelConfig = {
  vocabSize: 8192,
  dim: 512,
  nLayers: 8,
  nHeads: 8,
  nKvHeads: 4,
  ffnDim: 1536,
  contextLength: 256,
  ropeBase: 10000,
  normEps: 1e-5,
  qkvBias: false,
  tiedEmbeddings: true,
};

function log(msg: string): void {
  console.log(`[engine] ${msg}`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median seconds of fn over reps runs after one warm-up. */
function time(fn: () => void, reps: number): number {
  fn();
  const ts: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    fn();
    ts.push((performance.now() - t) / 1e3);
  }
  return median(ts);
}

/** The 30M model's training GEMMs for B*T = 1024 tokens: forward (x W^T), dx (dy W), dW (dy^T x). */
function modelShapes(c: ModelConfig, tokens: number): Array<[boolean, boolean, number, number, number]> {
  const r = resolveConfig(c);
  const out: Array<[boolean, boolean, number, number, number]> = [];
  for (const [o, i] of [
    [r.nHeads * r.headDim, r.dim],
    [r.ffnDim, r.dim],
    [r.dim, r.ffnDim],
    [r.vocabSize, r.dim],
  ] as const) {
    out.push([false, true, tokens, o, i]); // forward
    out.push([false, false, tokens, i, o]); // dx
    out.push([true, false, o, i, tokens]); // dW
  }
  return out;
}

function gemmRate(g: Gemm, shapes: Array<[boolean, boolean, number, number, number]>, reps: number): number {
  let flops = 0;
  let secs = 0;
  for (const [tA, tB, M, N, K] of shapes) {
    const A = new Float32Array(M * K).map((_, i) => ((i * 7) % 13) / 13 - 0.5);
    const B = new Float32Array(N * K).map((_, i) => ((i * 5) % 11) / 11 - 0.5);
    const C = new Float32Array(M * N);
    const lda = tA ? M : K,
      ldb = tB ? K : N;
    secs += time(() => g(tA, tB, M, N, K, A, lda, B, ldb, 0, C, N), reps);
    flops += 2 * M * N * K;
  }
  return flops / secs / 1e9;
}

function flopsPerToken(c: ModelConfig, T: number): number {
  const r = resolveConfig(c);
  // Matmul parameters: everything except norms; the embedding counts once (as the LM head) when tied,
  // and not at all as a lookup when untied.
  const matmul = countParams(r) - (r.tiedEmbeddings ? 0 : r.vocabSize * r.dim) - r.dim * (2 * r.nLayers + 1);
  return 6 * matmul + 12 * r.nLayers * r.nHeads * r.headDim * T;
}

function trainRate(c: ModelConfig, B: number, T: number, steps: number): { tokS: number; gflops: number } {
  const model = createModel(c, 1);
  const trainer = createTrainer(model, { schedule: { lr: 1e-3, minLr: 1e-4, warmupSteps: 2, totalSteps: 100 } });
  const rng = new Rng(2);
  const V = c.vocabSize;
  const batch = padBatch(
    Array.from({ length: B }, () => Array.from({ length: T + 1 }, () => rng.below(V))),
    0,
  );
  const secs = time(() => trainStep(trainer, [batch]), steps);
  const tokS = (B * T) / secs;
  return { tokS, gflops: (tokS * flopsPerToken(c, T)) / 1e9 };
}

export function oursDecode(c: ModelConfig, batch: number, prompt: number[], newTokens: number): number {
  const model = createModel(c, 3);
  const prompts = Array.from({ length: batch }, (_, i) => prompt.map((t) => (t + i) % c.vocabSize));
  generate(model, { prompts, maxTokens: newTokens, sampling: { temperature: 0 } }); // warm-up (JIT)
  const t = performance.now();
  const out = generate(model, { prompts, maxTokens: newTokens, sampling: { temperature: 0 } });
  const secs = (performance.now() - t) / 1e3;
  return out.tokens.reduce((s, x) => s + x.length, 0) / secs;
}

export async function llamaCppDecode(
  file: string,
  batch: number,
  prompt: number[],
  newTokens: number,
): Promise<number | null> {
  let mod: typeof import("node-llama-cpp");
  try {
    mod = await import("node-llama-cpp");
  } catch {
    return null;
  }
  const llama = await mod.getLlama({ gpu: false, build: "never", logLevel: mod.LlamaLogLevel.error });
  const model = await llama.loadModel({ modelPath: file });
  const ctx = await model.createContext({
    contextSize: batch * (prompt.length + newTokens + 8),
    sequences: batch,
    batchSize: Math.max(512, batch * prompt.length),
    threads: DECODE_THREADS,
    flashAttention: false,
  });
  try {
    const seqs = Array.from({ length: batch }, () => ctx.getSequence());
    const run = async (n: number): Promise<number> => {
      for (const s of seqs) await s.clearHistory();
      const t = performance.now();
      const counts = await Promise.all(
        seqs.map(async (seq, i) => {
          let k = 0;
          for await (const _tok of seq.evaluate(prompt.map((x) => (x + i) % 4096) as never, { temperature: 0 })) {
            if (++k >= n) break;
          }
          return k;
        }),
      );
      const secs = (performance.now() - t) / 1e3;
      return counts.reduce((a, b) => a + b, 0) / secs;
    };
    await run(newTokens); // warm-up
    return await run(newTokens);
  } finally {
    await ctx.dispose();
    await model.dispose();
    await llama.dispose();
  }
}

export default async function run(): Promise<void> {
  const native = loadNative();
  const backend = setBackend("native");
  setThreads(THREADS);
  log(
    `backend ${backendName()}${usingBlas() ? " (+OpenBLAS for large GEMMs)" : ""}, ${THREADS} threads${native ? "" : " (native addon not built: portable path)"}`,
  );

  // 1. GEMM on the 30M model's shapes: our own kernel against the best measured here.
  const shapes = modelShapes(cfg30m, 1024);
  const ours = gemmRate(native ? native.gemm : gemmPortable, shapes, 5);
  const candidates: Array<[string, number]> = [["ours", ours]];
  if (native) {
    native.setThreads(1);
    candidates.push(["ours-1thread", gemmRate(native.gemm, shapes, 5)]);
    native.setThreads(THREADS);
  }
  const blasFile = join(process.cwd(), "native", "blas", "build", "Release", "namewright_blas.node");
  if (existsSync(blasFile)) {
    const blas = createRequire(import.meta.url)(blasFile) as { sgemm: Gemm; setThreads(n: number): void };
    blas.setThreads(THREADS);
    candidates.push(["openblas", gemmRate(blas.sgemm, shapes, 5)]);
  }
  candidates.push(["portable", gemmRate(gemmPortable, [[false, true, 256, 512, 512]], 2)]);
  const best = candidates.reduce((a, b) => (b[1] > a[1] ? b : a));
  for (const [n, r] of candidates) log(`gemm ${n}: ${r.toFixed(1)} GFLOP/s`);

  // 2. Training.
  const t5 = trainRate(cfg5m, 8, 128, 4);
  log(
    `train 5M (${countParams(cfg5m)} params, B=8 T=128): ${t5.tokS.toFixed(0)} tok/s, ${t5.gflops.toFixed(1)} GFLOP/s`,
  );
  const t30 = trainRate(cfg30m, 8, 128, 2);
  const rss = process.resourceUsage().maxRSS / 1024;
  log(
    `train 30M (${countParams(cfg30m)} params, B=8 T=128): ${t30.tokS.toFixed(0)} tok/s, ${t30.gflops.toFixed(1)} GFLOP/s, peak RSS ${rss.toFixed(0)} MB`,
  );

  // 3. Decoding, ours vs llama.cpp on the same GGUF (random 5M model; greedy; no stop tokens).
  const prompt = [1, 17, 300, 42, 999, 5, 77, 123];
  const newTokens = 64;
  const dir = mkdtempSync(join(tmpdir(), "nw-bench-"));
  const file = join(dir, "m5.gguf");
  const vocab = Array.from({ length: cfg5m.vocabSize }, (_, i) =>
    i < 3
      ? ["<unk>", "<s>", "</s>"][i]!
      : i < 259
        ? `<0x${(i - 3).toString(16).toUpperCase().padStart(2, "0")}>`
        : `t${i}`,
  );
  const types = vocab.map((_, i) => (i === 0 ? 2 : i < 3 ? 3 : i < 259 ? 6 : 1));
  writeFileSync(
    file,
    modelToGguf(createModel(cfg5m, 3), {
      vocab: {
        model: "llama",
        tokens: vocab,
        scores: vocab.map(() => 0),
        tokenTypes: types,
        unkId: 0,
        bosId: 1,
        eosId: 2,
      },
    }),
  );
  setThreads(DECODE_THREADS);
  const o1 = oursDecode(cfg5m, 1, prompt, newTokens);
  const o16 = oursDecode(cfg5m, 16, prompt, newTokens);
  setThreads(THREADS);
  const l1 = await llamaCppDecode(file, 1, prompt, newTokens);
  const l16 = await llamaCppDecode(file, 16, prompt, newTokens);
  rmSync(dir, { recursive: true, force: true });
  log(`decode batch 1: ours ${o1.toFixed(0)} tok/s, llama.cpp ${l1?.toFixed(0) ?? "n/a"} tok/s`);
  log(`decode batch 16: ours ${o16.toFixed(0)} tok/s, llama.cpp ${l16?.toFixed(0) ?? "n/a"} tok/s`);
  const vsLlama = l1 && l16 ? Math.sqrt((o1 / l1) * (o16 / l16)) : null;

  const r2 = (x: number | null): number | null => (x === null ? null : Math.round(x * 100) / 100);
  console.log(
    JSON.stringify({
      bench: "engine",
      gemm_gflops: r2(ours),
      gemm_vs_peak: r2(ours / best[1]),
      gemm_peak_source: best[0],
      train_tok_s_5m: Math.round(t5.tokS),
      train_gflops_5m: r2(t5.gflops),
      train_tok_s_30m: Math.round(t30.tokS),
      train_gflops_30m: r2(t30.gflops),
      train_vs_llmc: r2(t30.gflops / LLMC_GFLOPS_2T),
      infer_tok_s: Math.round(o16),
      infer_tok_s_b1: Math.round(o1),
      llamacpp_tok_s_b1: l1 === null ? null : Math.round(l1),
      llamacpp_tok_s_b16: l16 === null ? null : Math.round(l16),
      infer_vs_llamacpp: r2(vsLlama),
      peak_rss_mb_30m: Math.round(rss),
      backend,
      engine_gemm: usingBlas() ? "openblas" : backend === "native" ? "own" : "portable",
      threads: THREADS,
    }),
  );
}
