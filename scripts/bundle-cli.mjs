#!/usr/bin/env node
// Bundles the compiled command line (dist/src, from `tsc`) into dist/cli/ with esbuild; `bin/namewright.js`
// runs it. Run by `npm run build` after tsc.
//
// Why: a cold `namewright suggest` resolved, read and compiled about 150 of the project's modules and 100 of
// zod's, one file at a time; one bundle with shared chunks is resolved once and compiled as a few files. The
// library entry (`import "namewright"`, dist/src/index.js) stays unbundled.
//
// What goes in: the project's code and the pure-JavaScript packages the command line loads on its cold path
// (BUNDLED). Everything else stays an ordinary import resolved from node_modules at run time: native addons
// (better-sqlite3), the server stack (fastify resolves its plugins by name), large optional tools (vega,
// playwright-core, node-llama-cpp), and the data packages the code opens with createRequire (esbuild leaves
// those calls alone). Worker threads are entry points of their own, so a worker started next to a chunk
// (src/core/worker.ts) finds its file in the same folder.
import { build } from "esbuild";
import { builtinModules } from "node:module";
import { rmSync } from "node:fs";

const BUNDLED = new Set([
  "zod",
  "franc",
  "trigram-utils",
  "n-gram",
  "collapse-white-space",
  "commander",
  "wink-nlp",
  "tr46",
  "punycode",
  "tldts",
]);
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
function packageOf(spec) {
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

const onlyListedPackages = {
  name: "only-listed-packages",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (builtins.has(args.path) || args.path.startsWith("node:")) return { path: args.path, external: true };
      return BUNDLED.has(packageOf(args.path)) ? undefined : { path: args.path, external: true };
    });
  },
};

rmSync("dist/cli", { recursive: true, force: true });
await build({
  entryPoints: {
    index: "dist/src/cli/index.js",
    // Worker threads: file names as src/core/worker.ts looks them up (moduleWorker(import.meta.url, name)).
    "request-worker": "dist/src/safety/request-worker.js",
    worker: "dist/src/server/worker.js",
    "edge-worker": "dist/src/evaluate/edge/edge-worker.js",
  },
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outdir: "dist/cli",
  plugins: [onlyListedPackages],
  // Bundled CommonJS packages (wink-nlp) call `require`; ESM has none, so each chunk makes one.
  banner: {
    js: 'import { createRequire as __nwCreateRequire } from "node:module"; const require = __nwCreateRequire(import.meta.url);',
  },
  // Whitespace and syntax only: each isolate (the main thread and the guard's worker) keeps the source text of the
  // chunks it loaded, so shorter text is lower peak memory; identifiers keep their names for readable stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
});
