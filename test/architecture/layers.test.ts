/**
 * The dependency order of src/, read from the import statements themselves (static, dynamic and
 * type-only), so a wrong edge fails here with its file named instead of surfacing later as a cycle.
 *
 *   core -> domain, lexicon, wordnet, safety, taxonomy -> availability -> understand -> naming -> score
 *        -> generate -> dataset, evaluate -> train -> server -> cli
 *   core -> engine -> formats -> tokenizer   (a stack beside the product; generate and later use it)
 *
 * A module may import core, any module of an earlier layer, and the earlier members of the engine
 * stack when it is generate or later. Modules of one layer do not import each other. Across modules,
 * imports go through the public surface: the module's index.ts, a sub-folder's index.ts, or its
 * cli.ts (command registration, for src/cli only); core's small files are each their own surface.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const SRC = resolve("src");
const LAYERS: readonly (readonly string[])[] = [
  ["core"],
  ["domain", "lexicon", "wordnet", "safety", "taxonomy"],
  ["availability"],
  ["understand"],
  ["naming"],
  ["score"],
  ["generate"],
  ["dataset", "evaluate"],
  ["train"],
  ["server"],
  ["cli"],
];
const ENGINE_STACK: readonly string[] = ["engine", "formats", "tokenizer"];
/** src/index.ts is the library's surface: it may reach the product path, never the offline tooling. */
const LIBRARY_ROOT = "(library)";
const LIBRARY_LAYER = LAYERS.findIndex((l) => l.includes("generate"));

function layerOf(mod: string): number {
  if (mod === LIBRARY_ROOT) return LIBRARY_LAYER + 0.5;
  return LAYERS.findIndex((l) => l.includes(mod));
}

/** Why the edge from -> to is not allowed, or undefined when it is. */
export function edgeProblem(from: string, to: string): string | undefined {
  if (from === to || to === "core") return undefined;
  const fromStack = ENGINE_STACK.indexOf(from);
  const toStack = ENGINE_STACK.indexOf(to);
  if (fromStack >= 0) {
    if (toStack >= 0 && toStack < fromStack) return undefined;
    return `the engine stack (${ENGINE_STACK.join(" -> ")}) imports only core and its own earlier members`;
  }
  const lf = layerOf(from);
  if (lf < 0) return `module "${from}" is not in the declared order; add it to LAYERS in this test`;
  if (toStack >= 0) return lf >= LIBRARY_LAYER ? undefined : `only generate and later layers use the engine stack`;
  const lt = layerOf(to);
  if (lt < 0) return `module "${to}" is not in the declared order; add it to LAYERS in this test`;
  if (lt < lf) return undefined;
  return lt === lf ? `modules of one layer do not import each other` : `"${to}" comes after "${from}" in the order`;
}

interface Edge {
  file: string;
  target: string;
  line: number;
  kind: "static" | "dynamic" | "type";
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?[^;]*?from\s+["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/gm;

function edgesOf(file: string): Edge[] {
  const text = readFileSync(file, "utf8");
  const edges: Edge[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[3] ?? m[4];
    const kind = m[4] ? "dynamic" : m[2] ? "type" : "static";
    const target = resolve(dirname(file), spec.replace(/\.js$/, ".ts"));
    const line = text.slice(0, m.index).split("\n").length;
    edges.push({ file, target, line, kind });
  }
  return edges;
}

function moduleOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  return parts.length === 1 ? LIBRARY_ROOT : parts[0];
}

function isPublicSurface(target: string, fromModule: string): boolean {
  const parts = relative(SRC, target).split(sep);
  if (parts[0] === "core") return true; // core is a toolbox of small modules, each its own surface
  const name = parts[parts.length - 1];
  if (name === "index.ts") return true;
  return fromModule === "cli" && name === "cli.ts" && parts.length === 2;
}

const FILES = sources(SRC);
const EDGES = FILES.flatMap(edgesOf);
const where = (e: Edge): string => `${relative(".", e.file)}:${e.line} -> ${relative(".", e.target)}`;

test("every import points down the declared order (edges named on failure)", () => {
  const bad: string[] = [];
  for (const e of EDGES) {
    const problem = edgeProblem(moduleOf(e.file), moduleOf(e.target));
    if (problem) bad.push(`${where(e)} (${moduleOf(e.file)} -> ${moduleOf(e.target)}: ${problem})`);
  }
  assert.deepEqual(bad, []);
});

test("imports across modules go through a public surface (index.ts)", () => {
  const bad = EDGES.filter(
    (e) => moduleOf(e.file) !== moduleOf(e.target) && !isPublicSurface(e.target, moduleOf(e.file)),
  ).map(where);
  assert.deepEqual(bad, []);
});

test("every import resolves to a file in src", () => {
  const known = new Set(FILES);
  assert.deepEqual(EDGES.filter((e) => !known.has(e.target)).map(where), []);
});

test("no runtime import cycle between files", () => {
  const graph = new Map<string, string[]>();
  for (const e of EDGES) if (e.kind === "static") graph.set(e.file, [...(graph.get(e.file) ?? []), e.target]);
  const state = new Map<string, 1 | 2>();
  const cycles: string[] = [];
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 1);
    stack.push(f);
    for (const t of graph.get(f) ?? []) {
      if (state.get(t) === 1)
        cycles.push([...stack.slice(stack.indexOf(t)), t].map((p) => relative(".", p)).join(" -> "));
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, 2);
  };
  for (const f of FILES) if (!state.has(f)) visit(f);
  assert.deepEqual(cycles, []);
});

test("the rule itself: allowed and refused edges", () => {
  assert.equal(edgeProblem("generate", "score"), undefined);
  assert.equal(edgeProblem("evaluate", "generate"), undefined);
  assert.equal(edgeProblem("generate", "engine"), undefined);
  assert.equal(edgeProblem("tokenizer", "formats"), undefined);
  assert.match(edgeProblem("generate", "evaluate") ?? "", /comes after/);
  assert.equal(edgeProblem("train", "evaluate"), undefined);
  assert.match(edgeProblem("evaluate", "dataset") ?? "", /one layer/);
  assert.match(edgeProblem("evaluate", "train") ?? "", /comes after/);
  assert.match(edgeProblem("understand", "engine") ?? "", /engine stack/);
  assert.match(edgeProblem("engine", "formats") ?? "", /engine stack/);
  assert.match(edgeProblem(LIBRARY_ROOT, "dataset") ?? "", /comes after/);
  assert.match(edgeProblem("nowhere", "core") ?? "x", /x/);
  assert.match(edgeProblem("nowhere", "domain") ?? "", /not in the declared order/);
});
