{
  "targets": [
    {
      "target_name": "namewright_native",
      "sources": ["gemm.cc", "ops.cc", "addon.cc"],
      "cflags_cc!": ["-fno-exceptions"],
      "cflags_cc": ["-O3", "-march=native", "-ffp-contract=fast", "-std=gnu++17"],
      "ldflags": ["-pthread"]
    }
  ]
}
