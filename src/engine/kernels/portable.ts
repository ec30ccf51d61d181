/**
 * Portable GEMM in plain TypeScript: runs anywhere (Node, browsers), an order of magnitude slower than native. The reference that the
 * native kernel is tested against.
 *
 * C(M,N) = beta*C + op(A) @ op(B), op(A) is (M,K), op(B) is (K,N); lda/ldb/ldc are the row strides
 * of A, B, C as stored (A stored (M,K) or, when transA, (K,M)).
 */
export function gemmPortable(
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
): void {
  if (beta === 0) {
    for (let i = 0; i < M; i++) C.fill(0, i * ldc, i * ldc + N);
  } else if (beta !== 1) {
    for (let i = 0; i < M; i++) for (let j = 0; j < N; j++) C[i * ldc + j] *= beta;
  }
  if (!transB) {
    // Row-axpy form: C[i,:] += a_ik * B[k,:] -- B rows are contiguous, the inner loop is stride 1.
    for (let i = 0; i < M; i++) {
      const ci = i * ldc;
      for (let k = 0; k < K; k++) {
        const a = transA ? A[k * lda + i]! : A[i * lda + k]!;
        if (a === 0) continue;
        const bk = k * ldb;
        for (let j = 0; j < N; j++) C[ci + j] += a * B[bk + j]!;
      }
    }
    return;
  }
  if (transA) {
    // Rare (A^T @ B^T): materialise A^T once, then use the dot-product path.
    const At = new Float32Array(M * K);
    for (let k = 0; k < K; k++) for (let i = 0; i < M; i++) At[i * K + k] = A[k * lda + i]!;
    gemmPortable(false, true, M, N, K, At, K, B, ldb, 1, C, ldc);
    return;
  }
  // Dot-product form: C[i,j] += A[i,:] . B[j,:]; four columns of C share each load of A[i,k].
  for (let i = 0; i < M; i++) {
    const ai = i * lda;
    const ci = i * ldc;
    let j = 0;
    for (; j + 4 <= N; j += 4) {
      const b0 = j * ldb,
        b1 = b0 + ldb,
        b2 = b1 + ldb,
        b3 = b2 + ldb;
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0;
      for (let k = 0; k < K; k++) {
        const a = A[ai + k]!;
        s0 += a * B[b0 + k]!;
        s1 += a * B[b1 + k]!;
        s2 += a * B[b2 + k]!;
        s3 += a * B[b3 + k]!;
      }
      C[ci + j] += s0;
      C[ci + j + 1] += s1;
      C[ci + j + 2] += s2;
      C[ci + j + 3] += s3;
    }
    for (; j < N; j++) {
      const bj = j * ldb;
      let s = 0;
      for (let k = 0; k < K; k++) s += A[ai + k]! * B[bj + k]!;
      C[ci + j] += s;
    }
  }
}
