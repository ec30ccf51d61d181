/**
 * The README's "Availability" example, reproducible offline: starts the test suite's RDAP fixture server on
 * localhost (it answers by the label: "taken..." 200, "free..." 404, "reserved..." reserved, "slow..." after
 * 3 s, "ratelimitlong..." 429 with Retry-After: 120; any other label: 404 when its length is odd, else 200),
 * points NAMEWRIGHT_RDAP_BOOTSTRAP at it, and runs `check` and `suggest --check` in-process.
 * Run: npx tsx scripts/availability-demo.ts
 */
import { main } from "../src/cli/index.js";
import { startRdapFixture, writeBootstrap } from "../test/availability/fixtures.js";

async function run(): Promise<void> {
  const rdap = await startRdapFixture((label) => (label.length % 2 === 0 ? "taken" : "free"));
  process.env.NAMEWRIGHT_RDAP_BOOTSTRAP = writeBootstrap(rdap.base);
  process.env.NAMEWRIGHT_DNS_SERVER = "off";
  process.env.NAMEWRIGHT_AVAILABILITY_CACHE = "off";
  const io = { out: (l: string) => console.log(l), err: (l: string) => console.error(l), stdin: process.stdin };
  const commands = [
    ["check", "free1.com", "taken1.com", "reserved1.com", "slow1.com", "shop.de", "--timeout", "500", "--json"],
    ["check", "free1.com", "taken1.com", "redemption1.com", "error1.com"],
    ["check", "coffee.com", "zorbulatrixqen.com", "--offline"],
    ["suggest", "organic coffee shop in downtown area", "--check", "-n", "6"],
    ["suggest", "organic coffee shop in downtown area", "--check", "--only-available", "-n", "6", "--json"],
    ["check", "ratelimitlong1.com", "free7.com"],
  ];
  try {
    for (const argv of commands) {
      console.log(`$ namewright ${argv.map((a) => (a.includes(" ") ? `"${a}"` : a)).join(" ")}`);
      await main(argv, io);
    }
  } finally {
    await rdap.close();
  }
}

await run();
