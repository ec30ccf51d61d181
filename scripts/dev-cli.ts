// Runs the CLI from source (no build): npx tsx scripts/dev-cli.ts suggest "..."
import { main } from "../src/cli/index.js";

process.exitCode = await main(process.argv.slice(2));
