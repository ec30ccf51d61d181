// Native SGEMM for the engine: C(M,N) = beta*C + op(A) @ op(B), row-major, any transposes.
//
// Structure (Goto/BLIS): for each KC-deep slice of K, pack a KC x NC panel of op(B) into 16-column
// strips and an MC x KC block of op(A) into 6-row strips, then a 6x16 register-tile micro-kernel
// (12 AVX2 accumulators, FMA) sweeps the block. Packing absorbs the transposes, so one kernel serves
// all four cases. Work is split across threads by disjoint blocks of C; every element of C is summed in
// the same k order whatever the thread count, so results do not depend on it.
#include <node_api.h>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace {

typedef float v8sf __attribute__((vector_size(32)));

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

struct Job {
  bool tA, tB;
  int M, N, K;
  const float* A; int lda;
  const float* B; int ldb;
  float beta;
  float* C; int ldc;
};

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

// ---- a small persistent thread pool: workers spin briefly after each job, then sleep ----

class Pool {
 public:
  explicit Pool(int n) { resize(n); }
  ~Pool() { stop(); }
  int size() const { return (int)workers_.size() + 1; }
  void resize(int n) {
    stop();
    quit_ = false;
    // Workers start from the current generation, captured here: a worker that starts late must
    // still see a job posted before it ran.
    unsigned start = gen_.load();
    for (int i = 1; i < n; i++) workers_.emplace_back([this, i, start] { loop(i, start); });
  }
  // Runs f(0..size-1) with f(0) on the calling thread; returns when all are done.
  void run(const std::function<void(int)>& f) {
    if (workers_.empty()) { f(0); return; }
    {
      std::lock_guard<std::mutex> lk(mu_);
      task_ = &f;
      pending_.store((int)workers_.size());
      gen_.fetch_add(1);
    }
    cv_.notify_all();
    f(0);
    while (pending_.load(std::memory_order_acquire) != 0) { /* spin: the other part is about as long */ }
  }

 private:
  void loop(int idx, unsigned seen) {
    for (;;) {
      // Spin ~a few microseconds for the next job (decode steps come back to back), then sleep.
      bool got = false;
      for (int s = 0; s < 20000; s++) {
        if (gen_.load(std::memory_order_acquire) != seen || quit_.load()) { got = true; break; }
      }
      if (!got) {
        std::unique_lock<std::mutex> lk(mu_);
        cv_.wait(lk, [&] { return gen_.load() != seen || quit_.load(); });
      }
      if (quit_.load()) return;
      seen = gen_.load();
      (*task_)(idx);
      pending_.fetch_sub(1, std::memory_order_release);
    }
  }
  void stop() {
    {
      std::lock_guard<std::mutex> lk(mu_);
      quit_ = true;
    }
    cv_.notify_all();
    for (auto& t : workers_) t.join();
    workers_.clear();
  }
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::atomic<unsigned> gen_{0};
  std::atomic<int> pending_{0};
  std::atomic<bool> quit_{false};
  const std::function<void(int)>* task_ = nullptr;
};

int defaultThreads() {
  const char* e = std::getenv("NAMEWRIGHT_THREADS");
  int n = e ? std::atoi(e) : (int)std::thread::hardware_concurrency();
  return std::max(1, std::min(n, 64));
}

Pool& pool() {
  static Pool p(defaultThreads());
  return p;
}

void gemm(const Job& J) {
  Pool& P = pool();
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

// ---- N-API glue ----

bool getF32(napi_env env, napi_value v, float** data, size_t* len) {
  bool is = false;
  napi_is_typedarray(env, v, &is);
  if (!is) return false;
  napi_typedarray_type type;
  void* d;
  napi_value ab;
  size_t off;
  napi_get_typedarray_info(env, v, &type, len, &d, &ab, &off);
  if (type != napi_float32_array) return false;
  *data = static_cast<float*>(d);
  return true;
}

napi_value Gemm(napi_env env, napi_callback_info info) {
  size_t argc = 12;
  napi_value a[12];
  napi_get_cb_info(env, info, &argc, a, nullptr, nullptr);
  if (argc != 12) { napi_throw_type_error(env, nullptr, "gemm: expected 12 arguments"); return nullptr; }
  Job J;
  bool tA, tB;
  napi_get_value_bool(env, a[0], &tA);
  napi_get_value_bool(env, a[1], &tB);
  int32_t M, N, K, lda, ldb, ldc;
  double beta;
  napi_get_value_int32(env, a[2], &M);
  napi_get_value_int32(env, a[3], &N);
  napi_get_value_int32(env, a[4], &K);
  napi_get_value_int32(env, a[6], &lda);
  napi_get_value_int32(env, a[8], &ldb);
  napi_get_value_double(env, a[9], &beta);
  napi_get_value_int32(env, a[11], &ldc);
  float *A, *B, *C;
  size_t la, lb, lc;
  if (!getF32(env, a[5], &A, &la) || !getF32(env, a[7], &B, &lb) || !getF32(env, a[10], &C, &lc)) {
    napi_throw_type_error(env, nullptr, "gemm: A, B and C must be Float32Arrays");
    return nullptr;
  }
  if (M < 0 || N < 0 || K < 0) { napi_throw_range_error(env, nullptr, "gemm: negative size"); return nullptr; }
  if (M == 0 || N == 0) return nullptr;
  // Bounds: the last element each operand touches must lie inside its array.
  auto need = [](int rows, int cols, int ld) -> long long { return rows == 0 || cols == 0 ? 0 : (long long)(rows - 1) * ld + cols; };
  long long nA = tA ? need(K, M, lda) : need(M, K, lda);
  long long nB = tB ? need(N, K, ldb) : need(K, N, ldb);
  long long nC = need(M, N, ldc);
  int colsA = tA ? M : K, colsB = tB ? K : N;
  if (nA > (long long)la || nB > (long long)lb || nC > (long long)lc || (K > 0 && (lda < colsA || ldb < colsB)) || ldc < N) {
    napi_throw_range_error(env, nullptr, "gemm: an operand is smaller than its shape and stride require");
    return nullptr;
  }
  J = Job{tA, tB, M, N, K, A, lda, B, ldb, (float)beta, C, ldc};
  if (K == 0) {
    for (int i = 0; i < M; i++) for (int j = 0; j < N; j++) C[(size_t)i * ldc + j] = beta == 0 ? 0.f : C[(size_t)i * ldc + j] * (float)beta;
    return nullptr;
  }
  gemm(J);
  return nullptr;
}

napi_value SetThreads(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value a[1];
  napi_get_cb_info(env, info, &argc, a, nullptr, nullptr);
  int32_t n = 1;
  if (argc >= 1) napi_get_value_int32(env, a[0], &n);
  pool().resize(std::max(1, std::min(n, 64)));
  return nullptr;
}

napi_value GetThreads(napi_env env, napi_callback_info) {
  napi_value r;
  napi_create_int32(env, pool().size(), &r);
  return r;
}

napi_value Init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
      {"gemm", nullptr, Gemm, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"setThreads", nullptr, SetThreads, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"getThreads", nullptr, GetThreads, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, 3, props);
  return exports;
}

}  // namespace

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
