#!/usr/bin/env -S node --max-semi-space-size=2
// CLI entry. Runs the compiled CLI (npm install builds it through `prepare`).
//
// The flag on the first line caps V8's young generation for the command line (the installed `namewright` and
// `npx namewright` run this file through that line). A cold run loads tables that survive their first
// collections, and V8 answers survival by doubling the two semi-spaces up to 16 MB each, committed memory the
// short-lived process never reuses; at 2 MB scavenges come more often but each copies as little. The flag can
// only be given at start (V8 sizes the heap when the isolate is made), so `node bin/namewright.js` runs
// without it.
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

const { main } = await import("../dist/cli/index.js");
const code = await main(process.argv.slice(2));
process.exitCode = code;
