// Shared declarations of the native kernels: the GEMM job, the thread pool, parallel helpers.
#pragma once
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace nw {

typedef float v8sf __attribute__((vector_size(32)));
typedef int v8si __attribute__((vector_size(32)));

struct Job {
  bool tA, tB;
  int M, N, K;
  const float* A; int lda;
  const float* B; int ldb;
  float beta;
  float* C; int ldc;
};

// Serial GEMM on the sub-block rows [m0, m1) x cols [n0, n1) of C (callable from any thread).
void gemmBlock(const Job& J, int m0, int m1, int n0, int n1);
// Whole GEMM, split over the pool's threads.
void gemm(const Job& J);

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
    // Spin briefly (the other parts take about as long as ours), then yield the core: on a shared
    // machine a descheduled worker must get to run, or the spinning caller only burns its time slice.
    for (int spins = 0; pending_.load(std::memory_order_acquire) != 0; spins++) {
      if (spins > 2000) std::this_thread::yield();
    }
  }

 private:
  void loop(int idx, unsigned seen) {
    for (;;) {
      // Spin ~a few microseconds for the next job (decode steps come back to back), then sleep.
      bool got = false;
      for (int s = 0; s < 2200; s++) {
        if (gen_.load(std::memory_order_acquire) != seen || quit_.load()) { got = true; break; }
        if (s > 2000) std::this_thread::yield();
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


Pool& pool();

// Runs body(i) for i in [0, n), chunked over the pool's threads in contiguous ranges. Each index is
// handled by exactly one thread, so results do not depend on the thread count.
inline void parallelFor(int n, const std::function<void(int, int)>& range) {
  Pool& P = pool();
  int T = std::min(P.size(), std::max(1, n));
  if (T == 1) { range(0, n); return; }
  int step = (n + T - 1) / T;
  P.run([&](int t) { int a = t * step, b = std::min(n, a + step); if (a < b) range(a, b); });
}

}  // namespace nw
