#!/usr/bin/env node
// CLI entry. Runs the compiled CLI (npm install builds it through `prepare`).
import { setFlagsFromString } from "node:v8";

// V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code only when
// it runs again. The request guard's lexicon is a few dozen very large alternations, each run a handful of
// times per request, so a one-shot CLI paid the interpreter and then the compiler for every one of them;
// compiling at once is several times cheaper. Set before any regex exists; it changes no match.
setFlagsFromString("--regexp-tier-up-ticks=0");

// A reader that stops early (`namewright suggest --batch big.jsonl | head`) closes the pipe: end quietly.
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

const { main } = await import("../dist/src/cli/index.js");
const code = await main(process.argv.slice(2));
process.exitCode = code;
