// N-API glue: argument checking and dispatch to the kernels. Every array argument is checked to be
// the right typed array and long enough for the sizes given, so a wrong call throws a RangeError in
// JavaScript instead of touching memory out of bounds.
#include <node_api.h>
#include <cstdint>
#include <string>
#include "common.h"

namespace nw {
double crossEntropy(float* logits, const int32_t* targets, const float* weights, int N, int V, double norm, bool grad);
void swigluForward(float* h, const float* g, const float* u, size_t n);
void swigluBackward(float* dg, float* du, const float* dh, const float* g, const float* u, size_t n);
void adamw(float* p, const float* g, float* m, float* v, const uint8_t* decay, size_t n, float lr, float b1, float b2, float eps, float wd, float c1, float c2);
void attentionForward(float* out, float* att, const float* q, const float* k, const float* v, int B, int T, int nH, int nKv, int hd);
void attentionBackward(float* dq, float* dk, float* dv, const float* dout, const float* att, const float* q, const float* k, const float* v, int B, int T, int nH, int nKv, int hd);
void attentionDecodeRow(float* out, const float* q, const float* K, const float* V, int len, int nH, int nKv, int hd);
}  // namespace nw

namespace {

struct Args {
  napi_env env;
  napi_value v[24];
  size_t argc = 24;
  bool failed = false;
  std::string fn;

  Args(napi_env e, napi_callback_info info, const char* name, size_t want) : env(e), fn(name) {
    napi_get_cb_info(env, info, &argc, v, nullptr, nullptr);
    if (argc != want) fail(("expected " + std::to_string(want) + " arguments").c_str());
  }
  void fail(const char* msg) {
    if (failed) return;
    failed = true;
    napi_throw_range_error(env, nullptr, (fn + ": " + msg).c_str());
  }
  int i32(size_t i) {
    int32_t x = 0;
    if (failed || napi_get_value_int32(env, v[i], &x) != napi_ok) fail("expected an integer");
    return x;
  }
  double f64(size_t i) {
    double x = 0;
    if (failed || napi_get_value_double(env, v[i], &x) != napi_ok) fail("expected a number");
    return x;
  }
  bool b(size_t i) {
    bool x = false;
    if (failed || napi_get_value_bool(env, v[i], &x) != napi_ok) fail("expected a boolean");
    return x;
  }
  template <typename T>
  T* arr(size_t i, napi_typedarray_type type, size_t need, bool nullable = false) {
    if (failed) return nullptr;
    napi_valuetype vt;
    napi_typeof(env, v[i], &vt);
    if (nullable && vt == napi_null) return nullptr;
    bool is = false;
    napi_is_typedarray(env, v[i], &is);
    if (!is) { fail("expected a typed array"); return nullptr; }
    napi_typedarray_type t;
    size_t len;
    void* d;
    napi_value ab;
    size_t off;
    napi_get_typedarray_info(env, v[i], &t, &len, &d, &ab, &off);
    if (t != type) { fail("typed array of the wrong type"); return nullptr; }
    if (len < need) { fail(("array argument " + std::to_string(i) + " is smaller than its shape requires").c_str()); return nullptr; }
    return static_cast<T*>(d);
  }
};

napi_value Gemm(napi_env env, napi_callback_info info) {
  Args a(env, info, "gemm", 12);
  bool tA = a.b(0), tB = a.b(1);
  int M = a.i32(2), N = a.i32(3), K = a.i32(4), lda = a.i32(6), ldb = a.i32(8), ldc = a.i32(11);
  double beta = a.f64(9);
  if (a.failed) return nullptr;
  if (M < 0 || N < 0 || K < 0) { a.fail("negative size"); return nullptr; }
  if (M == 0 || N == 0) return nullptr;
  auto need = [](int rows, int cols, int ld) -> size_t { return rows == 0 || cols == 0 ? 0 : (size_t)(rows - 1) * ld + cols; };
  int colsA = tA ? M : K, colsB = tB ? K : N;
  if ((K > 0 && (lda < colsA || ldb < colsB)) || ldc < N) { a.fail("a leading dimension is smaller than its row"); return nullptr; }
  const float* A = a.arr<float>(5, napi_float32_array, tA ? need(K, M, lda) : need(M, K, lda));
  const float* B = a.arr<float>(7, napi_float32_array, tB ? need(N, K, ldb) : need(K, N, ldb));
  float* C = a.arr<float>(10, napi_float32_array, need(M, N, ldc));
  if (a.failed) return nullptr;
  if (K == 0) {
    for (int i = 0; i < M; i++) for (int j = 0; j < N; j++) C[(size_t)i * ldc + j] = beta == 0 ? 0.f : C[(size_t)i * ldc + j] * (float)beta;
    return nullptr;
  }
  nw::gemm(nw::Job{tA, tB, M, N, K, A, lda, B, ldb, (float)beta, C, ldc});
  return nullptr;
}

napi_value CrossEntropy(napi_env env, napi_callback_info info) {
  Args a(env, info, "crossEntropy", 7);
  int N = a.i32(3), V = a.i32(4);
  double norm = a.f64(5);
  bool grad = a.b(6);
  if (!a.failed && (N < 0 || V <= 0)) a.fail("bad sizes");
  float* z = a.arr<float>(0, napi_float32_array, (size_t)N * V);
  const int32_t* t = a.arr<int32_t>(1, napi_int32_array, N);
  const float* w = a.arr<float>(2, napi_float32_array, N);
  if (a.failed) return nullptr;
  for (int i = 0; i < N; i++) if (w[i] != 0.f && (t[i] < 0 || t[i] >= V)) { a.fail("target out of range"); return nullptr; }
  double loss = nw::crossEntropy(z, t, w, N, V, norm, grad);
  napi_value r;
  napi_create_double(env, loss, &r);
  return r;
}

napi_value SwigluForward(napi_env env, napi_callback_info info) {
  Args a(env, info, "swigluForward", 4);
  int n = a.i32(3);
  if (!a.failed && n < 0) a.fail("bad size");
  float* h = a.arr<float>(0, napi_float32_array, n);
  const float* g = a.arr<float>(1, napi_float32_array, n);
  const float* u = a.arr<float>(2, napi_float32_array, n);
  if (a.failed) return nullptr;
  nw::swigluForward(h, g, u, n);
  return nullptr;
}

napi_value SwigluBackward(napi_env env, napi_callback_info info) {
  Args a(env, info, "swigluBackward", 6);
  int n = a.i32(5);
  if (!a.failed && n < 0) a.fail("bad size");
  float* dg = a.arr<float>(0, napi_float32_array, n);
  float* du = a.arr<float>(1, napi_float32_array, n);
  const float* dh = a.arr<float>(2, napi_float32_array, n);
  const float* g = a.arr<float>(3, napi_float32_array, n);
  const float* u = a.arr<float>(4, napi_float32_array, n);
  if (a.failed) return nullptr;
  nw::swigluBackward(dg, du, dh, g, u, n);
  return nullptr;
}

napi_value AdamW(napi_env env, napi_callback_info info) {
  Args a(env, info, "adamw", 13);
  size_t n = 0;
  {
    napi_typedarray_type t;
    void* d;
    napi_value ab;
    size_t off;
    bool is = false;
    napi_is_typedarray(env, a.v[0], &is);
    if (!is) { a.fail("params must be a Float32Array"); return nullptr; }
    napi_get_typedarray_info(env, a.v[0], &t, &n, &d, &ab, &off);
  }
  float* p = a.arr<float>(0, napi_float32_array, n);
  const float* g = a.arr<float>(1, napi_float32_array, n);
  float* m = a.arr<float>(2, napi_float32_array, n);
  float* v = a.arr<float>(3, napi_float32_array, n);
  const uint8_t* dm = a.arr<uint8_t>(4, napi_uint8_array, n, true);
  float lr = (float)a.f64(5), b1 = (float)a.f64(6), b2 = (float)a.f64(7), eps = (float)a.f64(8), wd = (float)a.f64(9), c1 = (float)a.f64(10), c2 = (float)a.f64(11);
  (void)a.i32(12);
  if (a.failed) return nullptr;
  nw::adamw(p, g, m, v, dm, n, lr, b1, b2, eps, wd, c1, c2);
  return nullptr;
}

bool attnShape(Args& a, size_t i, int* B, int* T, int* nH, int* nKv, int* hd) {
  *B = a.i32(i); *T = a.i32(i + 1); *nH = a.i32(i + 2); *nKv = a.i32(i + 3); *hd = a.i32(i + 4);
  if (a.failed) return false;
  if (*B < 0 || *T <= 0 || *nH <= 0 || *nKv <= 0 || *hd <= 0 || *nH % *nKv != 0) { a.fail("bad attention shape"); return false; }
  return true;
}

napi_value AttentionForward(napi_env env, napi_callback_info info) {
  Args a(env, info, "attentionForward", 10);
  int B, T, nH, nKv, hd;
  if (!attnShape(a, 5, &B, &T, &nH, &nKv, &hd)) return nullptr;
  size_t N = (size_t)B * T;
  float* out = a.arr<float>(0, napi_float32_array, N * nH * hd);
  float* att = a.arr<float>(1, napi_float32_array, (size_t)B * nH * T * T);
  const float* q = a.arr<float>(2, napi_float32_array, N * nH * hd);
  const float* k = a.arr<float>(3, napi_float32_array, N * nKv * hd);
  const float* v = a.arr<float>(4, napi_float32_array, N * nKv * hd);
  if (a.failed) return nullptr;
  nw::attentionForward(out, att, q, k, v, B, T, nH, nKv, hd);
  return nullptr;
}

napi_value AttentionBackward(napi_env env, napi_callback_info info) {
  Args a(env, info, "attentionBackward", 13);
  int B, T, nH, nKv, hd;
  if (!attnShape(a, 8, &B, &T, &nH, &nKv, &hd)) return nullptr;
  size_t N = (size_t)B * T;
  float* dq = a.arr<float>(0, napi_float32_array, N * nH * hd);
  float* dk = a.arr<float>(1, napi_float32_array, N * nKv * hd);
  float* dv = a.arr<float>(2, napi_float32_array, N * nKv * hd);
  const float* dout = a.arr<float>(3, napi_float32_array, N * nH * hd);
  const float* att = a.arr<float>(4, napi_float32_array, (size_t)B * nH * T * T);
  const float* q = a.arr<float>(5, napi_float32_array, N * nH * hd);
  const float* k = a.arr<float>(6, napi_float32_array, N * nKv * hd);
  const float* v = a.arr<float>(7, napi_float32_array, N * nKv * hd);
  if (a.failed) return nullptr;
  nw::attentionBackward(dq, dk, dv, dout, att, q, k, v, B, T, nH, nKv, hd);
  return nullptr;
}

napi_value AttentionDecode(napi_env env, napi_callback_info info) {
  Args a(env, info, "attentionDecode", 8);
  int len = a.i32(4), nH = a.i32(5), nKv = a.i32(6), hd = a.i32(7);
  if (a.failed) return nullptr;
  if (len <= 0 || nH <= 0 || nKv <= 0 || hd <= 0 || nH % nKv != 0) { a.fail("bad shape"); return nullptr; }
  float* out = a.arr<float>(0, napi_float32_array, (size_t)nH * hd);
  const float* q = a.arr<float>(1, napi_float32_array, (size_t)nH * hd);
  const float* K = a.arr<float>(2, napi_float32_array, (size_t)len * nKv * hd);
  const float* V = a.arr<float>(3, napi_float32_array, (size_t)len * nKv * hd);
  if (a.failed) return nullptr;
  nw::attentionDecodeRow(out, q, K, V, len, nH, nKv, hd);
  return nullptr;
}

napi_value SetThreads(napi_env env, napi_callback_info info) {
  Args a(env, info, "setThreads", 1);
  int n = a.i32(0);
  if (a.failed) return nullptr;
  nw::pool().resize(std::max(1, std::min(n, 64)));
  return nullptr;
}

napi_value GetThreads(napi_env env, napi_callback_info) {
  napi_value r;
  napi_create_int32(env, nw::pool().size(), &r);
  return r;
}

napi_value Init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
      {"gemm", nullptr, Gemm, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"crossEntropy", nullptr, CrossEntropy, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"swigluForward", nullptr, SwigluForward, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"swigluBackward", nullptr, SwigluBackward, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"adamw", nullptr, AdamW, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"attentionForward", nullptr, AttentionForward, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"attentionBackward", nullptr, AttentionBackward, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"attentionDecode", nullptr, AttentionDecode, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"setThreads", nullptr, SetThreads, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"getThreads", nullptr, GetThreads, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props);
  return exports;
}

}  // namespace

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
