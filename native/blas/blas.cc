// Optional OpenBLAS binding, built only where libopenblas-dev is installed. The benchmark uses it as
// the "best GEMM on this machine" reference; the engine does not depend on it.
#include <node_api.h>
#include <cblas.h>
#include <cstddef>

extern "C" void openblas_set_num_threads(int);

namespace {

float* f32(napi_env env, napi_value v, size_t need) {
  bool is = false;
  napi_is_typedarray(env, v, &is);
  if (!is) return nullptr;
  napi_typedarray_type t;
  size_t len;
  void* d;
  napi_value ab;
  size_t off;
  napi_get_typedarray_info(env, v, &t, &len, &d, &ab, &off);
  if (t != napi_float32_array || len < need) return nullptr;
  return static_cast<float*>(d);
}

napi_value Sgemm(napi_env env, napi_callback_info info) {
  size_t argc = 12;
  napi_value a[12];
  napi_get_cb_info(env, info, &argc, a, nullptr, nullptr);
  if (argc != 12) { napi_throw_range_error(env, nullptr, "sgemm: expected 12 arguments"); return nullptr; }
  bool tA, tB;
  int32_t M, N, K, lda, ldb, ldc;
  double beta;
  napi_get_value_bool(env, a[0], &tA);
  napi_get_value_bool(env, a[1], &tB);
  napi_get_value_int32(env, a[2], &M);
  napi_get_value_int32(env, a[3], &N);
  napi_get_value_int32(env, a[4], &K);
  napi_get_value_int32(env, a[6], &lda);
  napi_get_value_int32(env, a[8], &ldb);
  napi_get_value_double(env, a[9], &beta);
  napi_get_value_int32(env, a[11], &ldc);
  if (M <= 0 || N <= 0 || K <= 0) return nullptr;
  auto need = [](int rows, int cols, int ld) -> size_t { return (size_t)(rows - 1) * ld + cols; };
  float* A = f32(env, a[5], tA ? need(K, M, lda) : need(M, K, lda));
  float* B = f32(env, a[7], tB ? need(N, K, ldb) : need(K, N, ldb));
  float* C = f32(env, a[10], need(M, N, ldc));
  if (!A || !B || !C || lda < (tA ? M : K) || ldb < (tB ? K : N) || ldc < N) {
    napi_throw_range_error(env, nullptr, "sgemm: operand too small for its shape");
    return nullptr;
  }
  cblas_sgemm(CblasRowMajor, tA ? CblasTrans : CblasNoTrans, tB ? CblasTrans : CblasNoTrans, M, N, K, 1.f, A, lda, B, ldb, (float)beta, C, ldc);
  return nullptr;
}

napi_value SetThreads(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value a[1];
  napi_get_cb_info(env, info, &argc, a, nullptr, nullptr);
  int32_t n = 1;
  napi_get_value_int32(env, a[0], &n);
  openblas_set_num_threads(n < 1 ? 1 : n);
  return nullptr;
}

napi_value Init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
      {"sgemm", nullptr, Sgemm, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"setThreads", nullptr, SetThreads, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, 2, props);
  return exports;
}

}  // namespace

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
