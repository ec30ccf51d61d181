// Native SGEMM for the engine: C(M,N) = beta*C + op(A) @ op(B), row-major, any transposes.
//
// Structure (Goto/BLIS): for each KC-deep slice of K, pack a KC x NC panel of op(B) into 16-column
// strips and an MC x KC block of op(A) into 6-row strips, then a 6x16 register-tile micro-kernel
// (12 AVX2 accumulators, FMA) sweeps the block. Packing absorbs the transposes, so one kernel serves
// all four cases. Work is split across threads by disjoint blocks of C; every element of C is summed in
// the same k order whatever the thread count, so results do not depend on it.
#include "common.h"
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace nw {



constexpr int MR = 6;
constexpr int NR = 16;
constexpr int KC = 256;
constexpr int MC = 96;   // multiple of MR; MC*KC*4 = 96 KB of packed A, in L2
constexpr int NC = 2048; // multiple of NR

inline float at(const float* X, int ld, bool trans, int r, int c) {
  // element (r, c) of op(X)
  return trans ? X[(size_t)c * ld + r] : X[(size_t)r * ld + c];
}

// Pack rows [i0, i0+mc) x cols [p0, p0+kc) of op(A) into MR-row strips: strip s holds, for each k,
// MR consecutive values (zero-padded past mc).
void packA(const float* A, int lda, bool tA, int i0, int mc, int p0, int kc, float* out) {
  for (int s = 0; s < mc; s += MR) {
    int rows = std::min(MR, mc - s);
    for (int k = 0; k < kc; k++) {
      for (int r = 0; r < rows; r++) out[r] = at(A, lda, tA, i0 + s + r, p0 + k);
      for (int r = rows; r < MR; r++) out[r] = 0.f;
      out += MR;
    }
  }
}

// Pack rows [p0, p0+kc) x cols [j0, j0+nc) of op(B) into NR-column strips (zero-padded past nc).
void packB(const float* B, int ldb, bool tB, int p0, int kc, int j0, int nc, float* out) {
  for (int s = 0; s < nc; s += NR) {
    int cols = std::min(NR, nc - s);
    if (!tB && cols == NR) {
      for (int k = 0; k < kc; k++) {
        std::memcpy(out, B + (size_t)(p0 + k) * ldb + j0 + s, NR * sizeof(float));
        out += NR;
      }
      continue;
    }
    for (int k = 0; k < kc; k++) {
      for (int c = 0; c < cols; c++) out[c] = at(B, ldb, tB, p0 + k, j0 + s + c);
      for (int c = cols; c < NR; c++) out[c] = 0.f;
      out += NR;
    }
  }
}

// C[0:mr, 0:nr] += Apanel(6 x kc) @ Bpanel(kc x 16)
void micro(int kc, const float* __restrict a, const float* __restrict b, float* c, int ldc, int mr, int nr) {
  v8sf c00 = {0}, c01 = {0}, c10 = {0}, c11 = {0}, c20 = {0}, c21 = {0};
  v8sf c30 = {0}, c31 = {0}, c40 = {0}, c41 = {0}, c50 = {0}, c51 = {0};
  for (int k = 0; k < kc; k++) {
    v8sf b0 = *(const v8sf*)(b);
    v8sf b1 = *(const v8sf*)(b + 8);
    v8sf a0 = {a[0], a[0], a[0], a[0], a[0], a[0], a[0], a[0]};
    c00 += a0 * b0; c01 += a0 * b1;
    v8sf a1 = {a[1], a[1], a[1], a[1], a[1], a[1], a[1], a[1]};
    c10 += a1 * b0; c11 += a1 * b1;
    v8sf a2 = {a[2], a[2], a[2], a[2], a[2], a[2], a[2], a[2]};
    c20 += a2 * b0; c21 += a2 * b1;
    v8sf a3 = {a[3], a[3], a[3], a[3], a[3], a[3], a[3], a[3]};
    c30 += a3 * b0; c31 += a3 * b1;
    v8sf a4 = {a[4], a[4], a[4], a[4], a[4], a[4], a[4], a[4]};
    c40 += a4 * b0; c41 += a4 * b1;
    v8sf a5 = {a[5], a[5], a[5], a[5], a[5], a[5], a[5], a[5]};
    c50 += a5 * b0; c51 += a5 * b1;
    a += MR;
    b += NR;
  }
  alignas(32) float t[MR * NR];
  *(v8sf*)(t + 0) = c00; *(v8sf*)(t + 8) = c01;
  *(v8sf*)(t + 16) = c10; *(v8sf*)(t + 24) = c11;
  *(v8sf*)(t + 32) = c20; *(v8sf*)(t + 40) = c21;
  *(v8sf*)(t + 48) = c30; *(v8sf*)(t + 56) = c31;
  *(v8sf*)(t + 64) = c40; *(v8sf*)(t + 72) = c41;
  *(v8sf*)(t + 80) = c50; *(v8sf*)(t + 88) = c51;
  for (int r = 0; r < mr; r++) {
    float* cr = c + (size_t)r * ldc;
    const float* tr = t + r * NR;
    for (int j = 0; j < nr; j++) cr[j] += tr[j];
  }
}


float* scratch(size_t n, int slot) {
  // Per-thread packing buffers, grown on demand and kept (no allocation per call).
  static thread_local std::vector<float*> bufs(2, nullptr);
  static thread_local std::vector<size_t> sizes(2, 0);
  if (sizes[slot] < n) {
    std::free(bufs[slot]);
    bufs[slot] = static_cast<float*>(std::aligned_alloc(64, ((n * sizeof(float) + 63) / 64) * 64));
    sizes[slot] = n;
  }
  return bufs[slot];
}

// The serial algorithm on the sub-block rows [m0, m1) x cols [n0, n1) of C.
void gemmBlock(const Job& J, int m0, int m1, int n0, int n1) {
  for (int i = m0; i < m1; i++) {
    float* c = J.C + (size_t)i * J.ldc;
    if (J.beta == 0.f) std::fill(c + n0, c + n1, 0.f);
    else if (J.beta != 1.f) for (int j = n0; j < n1; j++) c[j] *= J.beta;
  }
  float* bp = scratch((size_t)KC * NC, 0);
  float* ap = scratch((size_t)MC * KC, 1);
  for (int jc = n0; jc < n1; jc += NC) {
    int nc = std::min(NC, n1 - jc);
    for (int pc = 0; pc < J.K; pc += KC) {
      int kc = std::min(KC, J.K - pc);
      packB(J.B, J.ldb, J.tB, pc, kc, jc, nc, bp);
      for (int ic = m0; ic < m1; ic += MC) {
        int mc = std::min(MC, m1 - ic);
        packA(J.A, J.lda, J.tA, ic, mc, pc, kc, ap);
        for (int jr = 0; jr < nc; jr += NR) {
          for (int ir = 0; ir < mc; ir += MR) {
            micro(kc, ap + (size_t)ir * kc, bp + (size_t)jr * kc, J.C + (size_t)(ic + ir) * J.ldc + jc + jr, J.ldc,
                  std::min(MR, mc - ir), std::min(NR, nc - jr));
          }
        }
      }
    }
  }
}

int defaultThreads() {
  const char* e = std::getenv("NAMEWRIGHT_THREADS");
  int n = e ? std::atoi(e) : (int)std::thread::hardware_concurrency();
  return std::max(1, std::min(n, 64));
}

Pool& pool() {
  static Pool p(defaultThreads());
  return p;
}

// Small-M, B-transposed case (decoding: a few rows times a weight matrix W(N,K)): C[i,j] = A[i,:].W[j,:].
// Packing W would cost as much as the product itself, so use vectorised dot products over contiguous K.
void gemvNT(const Job& J, int n0, int n1) {
  for (int j = n0; j < n1; j++) {
    const float* w = J.B + (size_t)j * J.ldb;
    for (int i = 0; i < J.M; i++) {
      const float* a = J.A + (size_t)i * J.lda;
      v8sf s0 = {0}, s1 = {0};
      int k = 0;
      for (; k + 16 <= J.K; k += 16) {
        v8sf a0, a1, w0, w1;
        std::memcpy(&a0, a + k, 32); std::memcpy(&a1, a + k + 8, 32);
        std::memcpy(&w0, w + k, 32); std::memcpy(&w1, w + k + 8, 32);
        s0 += a0 * w0; s1 += a1 * w1;
      }
      s0 += s1;
      float s = 0;
      for (int l = 0; l < 8; l++) s += s0[l];
      for (; k < J.K; k++) s += a[k] * w[k];
      float* c = J.C + (size_t)i * J.ldc + j;
      *c = (J.beta == 0.f ? 0.f : *c * J.beta) + s;
    }
  }
}

void gemm(const Job& J) {
  Pool& P = pool();
  if (J.M <= 4 && J.tB && !J.tA) {
    if (P.size() == 1 || (double)J.N * J.K * J.M < 2e5) { gemvNT(J, 0, J.N); return; }
    int T = P.size();
    int step = (J.N + T - 1) / T;
    P.run([&](int t) { int a = t * step, b = std::min(J.N, a + step); if (a < b) gemvNT(J, a, b); });
    return;
  }
  int T = P.size();
  double flops = 2.0 * J.M * J.N * J.K;
  if (T == 1 || flops < 4e5) { gemmBlock(J, 0, J.M, 0, J.N); return; }
  // Split the larger side of C into T parts (rows in multiples of MR, columns in multiples of NR).
  if (J.M >= J.N || J.N < T * NR) {
    int step = ((J.M + T - 1) / T + MR - 1) / MR * MR;
    P.run([&](int t) { int a = t * step, b = std::min(J.M, a + step); if (a < b) gemmBlock(J, a, b, 0, J.N); });
  } else {
    int step = ((J.N + T - 1) / T + NR - 1) / NR * NR;
    P.run([&](int t) { int a = t * step, b = std::min(J.N, a + step); if (a < b) gemmBlock(J, 0, J.M, a, b); });
  }
}

}  // namespace nw
