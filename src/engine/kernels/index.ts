/**
 * Kernel dispatch: one GEMM entry point with two implementations.
 * - "portable": plain TypeScript, runs anywhere, the reference.
 * - "native":   the C++ N-API addon in native/ (AVX2/FMA 6x16 micro-kernel, threads), built by the
 *               package's install step. Absent or failing to load -> the portable path is used.
 *               Where libopenblas-dev is installed, the install step also builds native/blas, and the
 *               native backend then routes large GEMMs to OpenBLAS's sgemm (faster on the machines measured,
 *               DESIGN §6); NAMEWRIGHT_BLAS=0 keeps our own kernel.
 * All give the same results within float32 rounding (summation order differs).
 */
import { gemmPortable } from "./portable.js";

// Native addons exist only under Node; elsewhere (browsers) the node-only loader is never imported.
const isNode = typeof process !== "undefined" && typeof process.versions?.node === "string";
const loader: { loadAddon(rel: string[]): unknown } | null = isNode ? await import("./node-loader.js") : null;

function env(name: string): string | undefined {
  return isNode ? process.env[name] : undefined;
}

export type GemmFn = (
  transA: boolean,
  transB: boolean,
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
) => void;

export type BackendName = "portable" | "native";

/** The addon's functions; each mirrors a TypeScript function in layers.ts / optim.ts. */
export interface NativeAddon {
  gemm: GemmFn;
  crossEntropy(
    logits: Float32Array,
    targets: Int32Array,
    weights: Float32Array,
    N: number,
    V: number,
    norm: number,
    grad: boolean,
  ): number;
  swigluForward(h: Float32Array, g: Float32Array, u: Float32Array, n: number): void;
  swigluBackward(
    dg: Float32Array,
    du: Float32Array,
    dh: Float32Array,
    g: Float32Array,
    u: Float32Array,
    n: number,
  ): void;
  adamw(
    p: Float32Array,
    g: Float32Array,
    m: Float32Array,
    v: Float32Array,
    decay: Uint8Array | null,
    lr: number,
    b1: number,
    b2: number,
    eps: number,
    wd: number,
    c1: number,
    c2: number,
    reserved: number,
  ): void;
  attentionForward(
    out: Float32Array,
    att: Float32Array,
    q: Float32Array,
    k: Float32Array,
    v: Float32Array,
    B: number,
    T: number,
    nHeads: number,
    nKvHeads: number,
    hd: number,
  ): void;
  attentionBackward(
    dq: Float32Array,
    dk: Float32Array,
    dv: Float32Array,
    dout: Float32Array,
    att: Float32Array,
    q: Float32Array,
    k: Float32Array,
    v: Float32Array,
    B: number,
    T: number,
    nHeads: number,
    nKvHeads: number,
    hd: number,
  ): void;
  attentionDecode(
    out: Float32Array,
    q: Float32Array,
    K: Float32Array,
    V: Float32Array,
    len: number,
    nHeads: number,
    nKvHeads: number,
    hd: number,
  ): void;
  setThreads(n: number): void;
  getThreads(): number;
}

let native: NativeAddon | null | undefined;

/** Loads the addon once; null when it was not built (e.g. no compiler) or fails to load. */
export function loadNative(): NativeAddon | null {
  if (native !== undefined) return native;
  native = null;
  if (env("NAMEWRIGHT_NATIVE") === "0" || !loader) return native;
  const mod = loader.loadAddon(["native", "build", "Release", "namewright_native.node"]) as Partial<NativeAddon> | null;
  // An addon built from older sources lacks functions: treat it as absent rather than half-use it.
  native =
    mod && typeof mod.attentionDecode === "function" && typeof mod.adamw === "function" ? (mod as NativeAddon) : null;
  return native;
}

interface BlasAddon {
  sgemm: GemmFn;
  setThreads(n: number): void;
}

let blas: BlasAddon | null | undefined;

/** Loads the optional OpenBLAS binding once; null when not built. */
export function loadBlas(): BlasAddon | null {
  if (blas !== undefined) return blas;
  blas = null;
  if (env("NAMEWRIGHT_BLAS") === "0" || env("NAMEWRIGHT_NATIVE") === "0" || !loader) return blas;
  blas = loader.loadAddon(["native", "blas", "build", "Release", "namewright_blas.node"]) as BlasAddon | null;
  blas?.setThreads(loadNative()?.getThreads() ?? 1);
  return blas;
}

/** Native GEMM, with large products sent to OpenBLAS when its binding is present. */
function makeNativeGemm(n: NativeAddon, b: BlasAddon | null): GemmFn {
  if (!b) return n.gemm;
  return (tA, tB, M, N, K, A, lda, B, ldb, beta, C, ldc) => {
    // Few rows (decoding) or tiny products: our small-M path avoids BLAS's packing and thread start-up.
    if (M <= 4 || K === 0 || M * N * K < 32768) n.gemm(tA, tB, M, N, K, A, lda, B, ldb, beta, C, ldc);
    else b.sgemm(tA, tB, M, N, K, A, lda, B, ldb, beta, C, ldc);
  };
}

let current: GemmFn = gemmPortable;
let currentName: BackendName = "portable";
let active: NativeAddon | null = null;

/** The native addon when it is the active backend, else null (callers then run their TypeScript loop). */
export function activeNative(): NativeAddon | null {
  return active;
}

/** Picks the kernel backend; "native" silently stays portable when the addon is unavailable. Returns the one in use. */
export function setBackend(name: BackendName): BackendName {
  const n = name === "native" ? loadNative() : null;
  current = n ? makeNativeGemm(n, loadBlas()) : gemmPortable;
  active = n;
  currentName = n ? "native" : "portable";
  return currentName;
}

export function backendName(): BackendName {
  return currentName;
}

/** Threads the native kernel uses (no-op on the portable path). */
export function setThreads(n: number): void {
  loadNative()?.setThreads(n);
  loadBlas()?.setThreads(n);
}

/** Whether large GEMMs currently go to OpenBLAS. */
export function usingBlas(): boolean {
  return currentName === "native" && loadBlas() !== null;
}

/** C(M,N) = beta*C + op(A) @ op(B) on the current backend (see gemmPortable for the argument convention). */
export const gemm: GemmFn = (tA, tB, M, N, K, A, lda, B, ldb, beta, C, ldc) => {
  if (M === 0 || N === 0) return;
  current(tA, tB, M, N, K, A, lda, B, ldb, beta, C, ldc);
};

// Default: the fastest available backend.
setBackend("native");

export { gemmPortable };
