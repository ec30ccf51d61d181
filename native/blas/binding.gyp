{
  "targets": [
    {
      "target_name": "namewright_blas",
      "sources": ["blas.cc"],
      "cflags_cc": ["-O2"],
      "libraries": ["-lopenblas"]
    }
  ]
}
