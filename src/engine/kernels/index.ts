/**
 * Kernel dispatch: one GEMM entry point with two implementations.
 * - "portable": plain TypeScript, runs anywhere, the reference.
 * - "native":   the C++ N-API addon in native/ (AVX2/FMA 6x16 micro-kernel, threads), built by the
 *               package's install step. Absent or failing to load -> the portable path is used.
 * Both give the same results within float32 rounding (summation order differs).
 */
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { gemmPortable } from "./portable.js";

export type GemmFn = (
  transA: boolean, transB: boolean, M: number, N: number, K: number,
  A: Float32Array, lda: number, B: Float32Array, ldb: number,
  beta: number, C: Float32Array, ldc: number,
) => void;

export type BackendName = "portable" | "native";

interface NativeAddon {
  gemm: GemmFn;
  setThreads(n: number): void;
  getThreads(): number;
}

let native: NativeAddon | null | undefined;

/** Loads the addon once; null when it was not built (e.g. no compiler) or fails to load. */
export function loadNative(): NativeAddon | null {
  if (native !== undefined) return native;
  native = null;
  if (process.env.NAMEWRIGHT_NATIVE === "0") return native;
  try {
    let dir = dirname(fileURLToPath(import.meta.url));
    // Walk up to the package root (works from src/ under tsx and from dist/src/ when built).
    for (let i = 0; i < 6 && !existsSync(join(dir, "package.json")); i++) dir = dirname(dir);
    const file = join(dir, "native", "build", "Release", "namewright_native.node");
    if (existsSync(file)) native = createRequire(import.meta.url)(file) as NativeAddon;
  } catch {
    native = null;
  }
  return native;
}

let current: GemmFn = gemmPortable;
let currentName: BackendName = "portable";

/** Picks the kernel backend; "native" silently stays portable when the addon is unavailable. Returns the one in use. */
export function setBackend(name: BackendName): BackendName {
  const n = name === "native" ? loadNative() : null;
  current = n ? n.gemm : gemmPortable;
  currentName = n ? "native" : "portable";
  return currentName;
}

export function backendName(): BackendName {
  return currentName;
}

/** Threads the native kernel uses (no-op on the portable path). */
export function setThreads(n: number): void {
  loadNative()?.setThreads(n);
}

/** C(M,N) = beta*C + op(A) @ op(B) on the current backend (see gemmPortable for the argument convention). */
export const gemm: GemmFn = (tA, tB, M, N, K, A, lda, B, ldb, beta, C, ldc) => {
  if (M === 0 || N === 0) return;
  current(tA, tB, M, N, K, A, lda, B, ldb, beta, C, ldc);
};

// Default: the fastest available backend.
setBackend("native");

export { gemmPortable };
