// Native versions of the engine's non-GEMM hot loops (same math as src/engine/layers.ts and
// optim.ts; see there for the derivations). Each is split over the thread pool by rows or by
// (sequence, kv-head) so that no two threads write the same memory and results do not depend on
// the thread count.
#include "common.h"
#include <cmath>
#include <cstring>
#include <cstdint>

namespace nw {

// exp(x) for 8 floats: x = n ln2 + r, |r| <= ln2/2, exp(r) by a degree-6 polynomial (Cephes expf
// coefficients), 2^n by exponent bits. Relative error ~2e-7; inputs below -87 flush to 0.
static inline v8sf exp8(v8sf x) {
  const v8sf hi = {88.3762626647949f, 88.3762626647949f, 88.3762626647949f, 88.3762626647949f, 88.3762626647949f, 88.3762626647949f, 88.3762626647949f, 88.3762626647949f};
  const v8sf lo = -hi;
  x = x > hi ? hi : x;
  v8si under = x < (lo + 0.5f);
  x = x < lo ? lo : x;
  v8sf fx = x * 1.44269504088896341f + 0.5f;
  v8sf fl = __builtin_convertvector(__builtin_convertvector(fx, v8si), v8sf);
  fl = fl > fx ? fl - 1.0f : fl; // floor
  x = x - fl * 0.693359375f + fl * 2.12194440e-4f;
  v8sf z = x * x;
  v8sf y = x * 0.f + 1.9875691500E-4f;
  y = y * x + 1.3981999507E-3f;
  y = y * x + 8.3334519073E-3f;
  y = y * x + 4.1665795894E-2f;
  y = y * x + 1.6666665459E-1f;
  y = y * x + 5.0000001201E-1f;
  y = y * z + x + 1.0f;
  v8si n = __builtin_convertvector(fl, v8si);
  v8si bits = (n + 127) << 23;
  v8sf pow2;
  std::memcpy(&pow2, &bits, sizeof(pow2));
  v8sf r = y * pow2;
  v8si rbits;
  std::memcpy(&rbits, &r, sizeof(r));
  rbits = rbits & ~under;
  std::memcpy(&r, &rbits, sizeof(r));
  return r;
}

// out[i] = exp(in[i] - sub) for i < n; returns the sum (in a fixed order: 8 lanes, then lanes added).
static double expSub(const float* in, float* out, int n, float sub) {
  v8sf acc = {0};
  int i = 0;
  for (; i + 8 <= n; i += 8) {
    v8sf x;
    std::memcpy(&x, in + i, sizeof(x));
    v8sf e = exp8(x - sub);
    std::memcpy(out + i, &e, sizeof(e));
    acc += e;
  }
  double s = 0;
  for (int l = 0; l < 8; l++) s += acc[l];
  if (i < n) {
    float tin[8] = {0}, tout[8];
    int rem = n - i;
    for (int l = 0; l < rem; l++) tin[l] = in[i + l] - sub;
    v8sf x;
    std::memcpy(&x, tin, sizeof(x));
    v8sf e = exp8(x);
    std::memcpy(tout, &e, sizeof(e));
    for (int l = 0; l < rem; l++) { out[i + l] = tout[l]; s += tout[l]; }
  }
  return s;
}

double crossEntropy(float* logits, const int32_t* targets, const float* weights, int N, int V, double norm, bool grad) {
  std::vector<double> rowLoss(N, 0.0);
  parallelFor(N, [&](int a, int b) {
    std::vector<float> tmp(grad ? 0 : V);
    for (int i = a; i < b; i++) {
      float w = weights[i];
      float* z = logits + (size_t)i * V;
      if (w == 0.f) {
        if (grad) std::memset(z, 0, V * sizeof(float));
        continue;
      }
      float mx = z[0];
      for (int j = 1; j < V; j++) mx = z[j] > mx ? z[j] : mx;
      float zt = z[targets[i]];
      float* e = grad ? z : tmp.data();
      double sum = expSub(z, e, V, mx);
      double lse = mx + std::log(sum);
      rowLoss[i] = w * (lse - zt);
      if (grad) {
        float c = (float)(w / norm / sum);
        for (int j = 0; j < V; j++) e[j] *= c;
        e[targets[i]] -= (float)(w / norm);
      }
    }
  });
  double total = 0;
  for (int i = 0; i < N; i++) total += rowLoss[i];
  return total;
}

void swigluForward(float* h, const float* g, const float* u, size_t n) {
  int chunks = (int)std::min<size_t>(64, (n + 4095) / 4096);
  parallelFor(chunks, [&](int a, int b) {
    size_t s = n * a / chunks, e = n * b / chunks;
    for (size_t i = s; i < e; i++) h[i] = g[i] / (1.f + std::exp(-g[i])) * u[i];
  });
}

void swigluBackward(float* dg, float* du, const float* dh, const float* g, const float* u, size_t n) {
  int chunks = (int)std::min<size_t>(64, (n + 4095) / 4096);
  parallelFor(chunks, [&](int a, int b) {
    size_t s = n * a / chunks, e = n * b / chunks;
    for (size_t i = s; i < e; i++) {
      float x = g[i];
      float sig = 1.f / (1.f + std::exp(-x));
      float d = dh[i];
      dg[i] = d * u[i] * sig * (1.f + x * (1.f - sig));
      du[i] = d * x * sig;
    }
  });
}

void adamw(float* p, const float* g, float* m, float* v, const uint8_t* decay, size_t n,
           float lr, float b1, float b2, float eps, float wd, float c1, float c2) {
  int chunks = (int)std::min<size_t>(64, (n + 16383) / 16384);
  parallelFor(chunks, [&](int a, int b) {
    size_t s = n * a / chunks, e = n * b / chunks;
    for (size_t i = s; i < e; i++) {
      float gi = g[i];
      float mi = b1 * m[i] + (1.f - b1) * gi;
      float vi = b2 * v[i] + (1.f - b2) * gi * gi;
      m[i] = mi;
      v[i] = vi;
      float w = decay == nullptr || decay[i] ? wd : 0.f;
      p[i] -= lr * ((mi / c1) / (std::sqrt(vi / c2) + eps) + w * p[i]);
    }
  });
}

// Causal GQA attention, one task per (sequence b, kv head g) covering the query heads of that group.
void attentionForward(float* out, float* att, const float* q, const float* k, const float* v,
                      int B, int T, int nH, int nKv, int hd) {
  int qDim = nH * hd, kvDim = nKv * hd, group = nH / nKv;
  float scale = 1.f / std::sqrt((float)hd);
  parallelFor(B * nKv, [&](int a, int b) {
    for (int task = a; task < b; task++) {
      int bb = task / nKv, g = task % nKv;
      const float* K = k + (size_t)bb * T * kvDim + g * hd;
      const float* Vv = v + (size_t)bb * T * kvDim + g * hd;
      for (int h = g * group; h < (g + 1) * group; h++) {
        float* P = att + ((size_t)bb * nH + h) * T * T;
        const float* Q = q + (size_t)bb * T * qDim + h * hd;
        gemmBlock(Job{false, true, T, T, hd, Q, qDim, K, kvDim, 0.f, P, T}, 0, T, 0, T);
        for (int i = 0; i < T; i++) {
          float* r = P + (size_t)i * T;
          float mx = r[0] * scale;
          for (int j = 0; j <= i; j++) { r[j] *= scale; mx = r[j] > mx ? r[j] : mx; }
          double sum = expSub(r, r, i + 1, mx);
          float inv = (float)(1.0 / sum);
          for (int j = 0; j <= i; j++) r[j] *= inv;
          for (int j = i + 1; j < T; j++) r[j] = 0.f;
        }
        gemmBlock(Job{false, false, T, hd, T, P, T, Vv, kvDim, 0.f, out + (size_t)bb * T * qDim + h * hd, qDim}, 0, T, 0, hd);
      }
    }
  });
}

void attentionBackward(float* dq, float* dk, float* dv, const float* dout, const float* att,
                       const float* q, const float* k, const float* v, int B, int T, int nH, int nKv, int hd) {
  int qDim = nH * hd, kvDim = nKv * hd, group = nH / nKv;
  float scale = 1.f / std::sqrt((float)hd);
  parallelFor(B * nKv, [&](int a, int b) {
    std::vector<float> dP((size_t)T * T);
    for (int task = a; task < b; task++) {
      int bb = task / nKv, g = task % nKv;
      size_t kvOff = (size_t)bb * T * kvDim + g * hd;
      for (int i = 0; i < T; i++) {
        std::memset(dk + kvOff + (size_t)i * kvDim, 0, hd * sizeof(float));
        std::memset(dv + kvOff + (size_t)i * kvDim, 0, hd * sizeof(float));
      }
      for (int h = g * group; h < (g + 1) * group; h++) {
        const float* P = att + ((size_t)bb * nH + h) * T * T;
        size_t qOff = (size_t)bb * T * qDim + h * hd;
        const float* dO = dout + qOff;
        gemmBlock(Job{false, true, T, T, hd, dO, qDim, v + kvOff, kvDim, 0.f, dP.data(), T}, 0, T, 0, T);
        gemmBlock(Job{true, false, T, hd, T, P, T, dO, qDim, 1.f, dv + kvOff, kvDim}, 0, T, 0, hd);
        for (int i = 0; i < T; i++) {
          float* r = dP.data() + (size_t)i * T;
          const float* p = P + (size_t)i * T;
          double dot = 0;
          for (int j = 0; j <= i; j++) dot += (double)r[j] * p[j];
          float d = (float)dot;
          for (int j = 0; j <= i; j++) r[j] = p[j] * (r[j] - d) * scale;
          for (int j = i + 1; j < T; j++) r[j] = 0.f;
        }
        gemmBlock(Job{false, false, T, hd, T, dP.data(), T, k + kvOff, kvDim, 0.f, dq + qOff, qDim}, 0, T, 0, hd);
        gemmBlock(Job{true, false, T, hd, T, dP.data(), T, q + qOff, qDim, 1.f, dk + kvOff, kvDim}, 0, T, 0, hd);
      }
    }
  });
}

}  // namespace nw

namespace nw {

// One decoding row against its KV cache (positions 0..len-1): for each query head h with kv head g,
//   p = softmax(q_h . K_g[j] / sqrt(hd)),  out_h = sum_j p_j V_g[j].
void attentionDecodeRow(float* out, const float* q, const float* K, const float* V, int len, int nH, int nKv, int hd) {
  int kvDim = nKv * hd, group = nH / nKv;
  float scale = 1.f / std::sqrt((float)hd);
  static thread_local std::vector<float> scores;
  if ((int)scores.size() < len) scores.resize(len);
  float* s = scores.data();
  for (int h = 0; h < nH; h++) {
    const float* qh = q + h * hd;
    int go = (h / group) * hd;
    float mx = 0.f;
    for (int j = 0; j < len; j++) {
      const float* kj = K + (size_t)j * kvDim + go;
      float d = 0.f;
      int t = 0;
      if (hd % 8 == 0) {
        v8sf acc = {0};
        for (; t < hd; t += 8) {
          v8sf a, b;
          std::memcpy(&a, qh + t, 32);
          std::memcpy(&b, kj + t, 32);
          acc += a * b;
        }
        for (int l = 0; l < 8; l++) d += acc[l];
      }
      for (; t < hd; t++) d += qh[t] * kj[t];
      d *= scale;
      s[j] = d;
      mx = j == 0 || d > mx ? d : mx;
    }
    double sum = expSub(s, s, len, mx);
    float inv = (float)(1.0 / sum);
    float* oh = out + h * hd;
    for (int t = 0; t < hd; t++) oh[t] = 0.f;
    for (int j = 0; j < len; j++) {
      float p = s[j] * inv;
      const float* vj = V + (size_t)j * kvDim + go;
      for (int t = 0; t < hd; t++) oh[t] += p * vj[t];
    }
  }
}

}  // namespace nw
