#!/usr/bin/env node
// CLI entry. Runs the compiled CLI (npm install builds it through `prepare`).
import { main } from "../dist/src/cli/index.js";

const code = await main(process.argv.slice(2));
process.exitCode = code;
