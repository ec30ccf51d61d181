/**
 * The lock file is what `npm install` would write: otherwise every fresh clone turns dirty on install and
 * evaluation runs record `dirty: true` for code nobody changed.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

interface Manifest {
  name: string;
  version: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

test("package-lock.json's root entry matches package.json (what npm install would write)", () => {
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as Manifest;
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
    packages: Record<string, Manifest & { hasInstallScript?: boolean }>;
  };
  const root = lock.packages[""];
  assert.equal(root.name, pkg.name);
  assert.equal(root.version, pkg.version);
  assert.deepEqual(root.dependencies ?? {}, pkg.dependencies ?? {});
  assert.deepEqual(root.devDependencies ?? {}, pkg.devDependencies ?? {});
  const installs = ["preinstall", "install", "postinstall"].some((s) => pkg.scripts?.[s] !== undefined);
  assert.equal(
    root.hasInstallScript === true,
    installs,
    "hasInstallScript must say whether package.json has an install script",
  );
});
