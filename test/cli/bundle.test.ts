/**
 * The installed command line runs the esbuild bundle (dist/cli/, scripts/bundle-cli.mjs), not the sources the
 * other tests import: it must answer exactly as the library does, reach its worker threads from the bundle's
 * folder, and find the package's data from there.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { suggest } from "../../src/index.js";
import { defaultGeneratorKind, resolveGenerators } from "../../src/generate/index.js";

const built = existsSync("dist/cli/index.js");
const skip = built ? false : "dist/cli/ not built (npm run build): the bundle is what the installed CLI runs";

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["bin/namewright.js", ...args], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test("the bundled CLI gives the library's names and confidences for the default generator", { skip }, async () => {
  const description = "organic coffee shop in downtown area";
  const r = cli("suggest", "--json", "-n", "5", description);
  assert.equal(r.status, 0, r.stderr);
  const fromLibrary = await suggest(description, { count: 5, generators: resolveGenerators(defaultGeneratorKind()) });
  assert.deepEqual(JSON.parse(r.stdout), fromLibrary);
});

test("the bundled CLI blocks through its guard worker and exits 3", { skip }, () => {
  const r = cli("suggest", "--json", "sell cocaine and meth with home delivery");
  assert.equal(r.status, 3, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), {
    suggestions: [],
    status: "blocked",
    message: "Request contains inappropriate content",
  });
});
