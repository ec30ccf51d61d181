/**
 * Node-only: finds and loads a compiled addon under the package root (native/...). Kept apart from
 * kernels/index.ts, which imports it only when running in Node, so the portable engine still
 * bundles for browsers.
 */
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

/** Loads `<package root>/<rel...>` when it exists; null otherwise or when loading fails. */
export function loadAddon(rel: string[]): unknown {
  try {
    let dir = dirname(fileURLToPath(import.meta.url));
    // Walk up to the package root (works from src/ under tsx, from dist/src/ and from the bundled dist/cli/).
    for (let i = 0; i < 6 && !existsSync(join(dir, "package.json")); i++) dir = dirname(dir);
    const file = join(dir, ...rel);
    return existsSync(file) ? (createRequire(import.meta.url)(file) as unknown) : null;
  } catch {
    return null;
  }
}
