#!/usr/bin/env node
// Builds the optional native kernels (native/*.cc -> native/build/Release/namewright_native.node).
// Run by the package's own `install` script. It never fails the install: without a compiler or Node
// headers the engine silently uses its portable TypeScript kernels.
// Set NAMEWRIGHT_NATIVE=0 to skip the build.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
if (process.env.NAMEWRIGHT_NATIVE === "0") {
  console.log("namewright: NAMEWRIGHT_NATIVE=0, skipping the native kernel build");
  process.exit(0);
}
// node-gyp: the one npm runs scripts with, else the copy bundled with npm next to this node.
const candidates = [
  process.env.npm_config_node_gyp,
  join(dirname(process.execPath), "..", "lib", "node_modules", "npm", "node_modules", "node-gyp", "bin", "node-gyp.js"),
].filter((p) => p && existsSync(p));
if (candidates.length === 0) {
  console.warn("namewright: node-gyp not found; using the portable kernels");
  process.exit(0);
}
// Prefer the headers installed with this node (no download; these machines reach no header server).
const prefix = join(dirname(process.execPath), "..");
const args = [candidates[0], "rebuild", "--directory", here];
if (existsSync(join(prefix, "include", "node", "node_api.h"))) args.push(`--nodedir=${prefix}`);
const r = spawnSync(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
if (r.status === 0 && existsSync(join(here, "build", "Release", "namewright_native.node"))) {
  console.log("namewright: built the native kernel (native/build/Release/namewright_native.node)");
} else {
  console.warn("namewright: native kernel build failed; the engine will use its portable kernels.");
  console.warn((r.stderr || r.stdout || "").split("\n").slice(-8).join("\n"));
}

// Optional: the OpenBLAS binding the benchmark compares against (only where libopenblas-dev is installed).
const cblas = ["/usr/include/cblas.h", "/usr/include/x86_64-linux-gnu/cblas.h", "/usr/include/openblas/cblas.h"].some(
  (p) => existsSync(p),
);
if (cblas) {
  const blasArgs = [candidates[0], "rebuild", "--directory", join(here, "blas"), ...args.slice(4)];
  const b = spawnSync(process.execPath, blasArgs, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  console.log(
    b.status === 0
      ? "namewright: built the OpenBLAS reference binding (benchmarks only)"
      : "namewright: OpenBLAS reference binding not built (benchmarks will compare against our own kernels)",
  );
}
process.exit(0);
