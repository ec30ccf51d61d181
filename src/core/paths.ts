/**
 * Locates files shipped with the package (data/, models/) whether the code runs from src/ (tsx, tests), from
 * dist/src/ (the built library) or from dist/cli/ (the bundled command line): walk up from this module to the
 * folder holding package.json.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cachedRoot: string | undefined;

export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "data"))) return (cachedRoot = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error("namewright: cannot find the package root (package.json next to data/)");
    dir = parent;
  }
}

/** Absolute path of a file under the package's data/ folder. */
export function dataPath(...segments: string[]): string {
  return join(packageRoot(), "data", ...segments);
}

/** Hand-written data (policy, lexicons, labels, descriptions, judgments): data/sources/... */
export function sourcePath(...segments: string[]): string {
  return dataPath("sources", ...segments);
}

/** Data a builder made from sources or packages (datasets, models, indexes): data/built/... */
export function builtPath(...segments: string[]): string {
  return dataPath("built", ...segments);
}

/** Absolute path of a file under the package's models/ folder. */
export function modelsPath(...segments: string[]): string {
  return join(packageRoot(), "models", ...segments);
}

/**
 * Every JSON record of the JSON Lines files in a data/sources folder whose names match `files`, file by file in name
 * order; none when the folder is absent (an installation without an optional list has nothing to read).
 */
export function sourceRecords(folder: string, files: RegExp): unknown[] {
  let names: string[];
  try {
    names = readdirSync(sourcePath(folder)).filter((f) => files.test(f));
  } catch {
    return [];
  }
  const out: unknown[] = [];
  for (const f of names.sort())
    for (const line of readFileSync(sourcePath(folder, f), "utf8").split("\n"))
      if (line.trim() !== "") out.push(JSON.parse(line) as unknown);
  return out;
}
