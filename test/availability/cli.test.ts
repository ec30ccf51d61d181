/**
 * `namewright check`, `update-bootstrap` and `suggest --check` in-process, against the local RDAP fixture
 * (bootstrap from NAMEWRIGHT_RDAP_BOOTSTRAP / --bootstrap, no DNS, no cache: nothing leaves the machine).
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { main } from "../../src/cli/index.js";
import { capture } from "../cli/capture.js";
import { startRdapFixture, tempDir, writeBootstrap, type RdapFixture } from "./fixtures.js";

let rdap: RdapFixture;
let bootstrap: string;
const saved: Record<string, string | undefined> = {};
const ENV = {
  NAMEWRIGHT_RDAP_BOOTSTRAP: "",
  NAMEWRIGHT_DNS_SERVER: "off",
  NAMEWRIGHT_AVAILABILITY_CACHE: "off",
};

before(async () => {
  // Names the fixture does not know: an even-length label is registered, an odd-length one is free.
  rdap = await startRdapFixture((label) => (label.length % 2 === 0 ? "taken" : "free"));
  bootstrap = writeBootstrap(rdap.base);
  for (const [k, v] of Object.entries({ ...ENV, NAMEWRIGHT_RDAP_BOOTSTRAP: bootstrap })) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
});

after(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await rdap.close();
});

test("check --json prints exactly {results:[{domain,status,source,reason?}]} and exits 0", async () => {
  const io = capture();
  const code = await main(
    ["check", "free1.com", "taken1.com", "slow1.com", "--json", "--bootstrap", bootstrap, "--timeout", "300"],
    io,
  );
  assert.equal(code, 0, io.stderr.join("\n"));
  const out = JSON.parse(io.stdout.join("\n")) as { results: Record<string, unknown>[] };
  assert.deepEqual(Object.keys(out), ["results"]);
  assert.deepEqual(
    out.results.map((r) => [r.domain, r.status, r.source]),
    [
      ["free1.com", "available", "rdap"],
      ["taken1.com", "taken", "rdap"],
      ["slow1.com", "unknown", "rdap"],
    ],
  );
  for (const r of out.results) {
    for (const k of Object.keys(r)) assert.ok(["domain", "status", "source", "reason"].includes(k), k);
    assert.equal(typeof r.reason, "string");
  }
});

test("check exits 2 on an invalid domain and looks nothing up", async () => {
  const io = capture();
  const n = rdap.requests.length;
  assert.equal(await main(["check", "free2.com", "bad_name!.com", "--json"], io), 2);
  assert.match(io.stderr.join("\n"), /bad_name!\.com/);
  assert.equal(rdap.requests.length, n);
  // With --json an error is also a JSON object on stdout (the command line's contract), and nothing else is.
  assert.equal(io.stdout.length, 1);
  const err = JSON.parse(io.stdout[0]!) as { status: string; code: string };
  assert.deepEqual([err.status, err.code], ["error", "invalid_domain"]);
});

test("check --offline answers from the prior, marked as an estimate", async () => {
  const io = capture();
  assert.equal(await main(["check", "coffee.com", "--offline", "--json"], io), 0);
  const [r] = (JSON.parse(io.stdout[0]) as { results: { status: string; source: string; prior: number }[] }).results;
  assert.deepEqual([r.status, r.source], ["unknown", "prior"]);
  assert.ok(r.prior > 0.9);
});

test("update-bootstrap downloads, checks and replaces the file; a broken download leaves it untouched", async () => {
  const out = join(tempDir(), "dns.json");
  const io = capture();
  assert.equal(
    await main(["update-bootstrap", "--url", `${rdap.base}dns.json`, "--out", out], io),
    0,
    io.stderr.join(),
  );
  assert.match(io.stdout.join(), /1 TLDs with RDAP, published 2026-12-02/);
  const before = readFileSync(out, "utf8");
  assert.equal(await main(["update-bootstrap", "--url", `${rdap.base}broken.json`, "--out", out], capture()), 1);
  assert.equal(readFileSync(out, "utf8"), before);
  const none = join(tempDir(), "never.json");
  assert.equal(await main(["update-bootstrap", "--url", `${rdap.base}broken.json`, "--out", none], capture()), 1);
  assert.equal(existsSync(none), false);
});

interface Suggested {
  domain: string;
  confidence: number;
  availability?: { status: string; source: string; reason?: string };
}

async function suggestJson(extra: string[]): Promise<Suggested[]> {
  const io = capture();
  const code = await main(
    ["suggest", "organic coffee shop in downtown area", "--json", "--generator", "lexical", "-n", "6", ...extra],
    io,
  );
  assert.equal(code, 0, io.stderr.join("\n"));
  return (JSON.parse(io.stdout[0]) as { suggestions: Suggested[] }).suggestions;
}

test("suggest --check adds each name's availability from the registry", async () => {
  // A budget far above the default's 2 s: on a loaded machine the local registry's answers came after 2 s, and what
  // is tested here is the answers, not the budget (the budget is tested in rdap.test.ts).
  const s = await suggestJson(["--check", "--check-budget", "30000"]);
  assert.ok(s.length > 0);
  for (const x of s) {
    const label = x.domain.split(".")[0];
    assert.equal(x.availability?.source, "rdap", JSON.stringify(x));
    assert.equal(x.availability?.status, label.length % 2 === 0 ? "taken" : "available", x.domain);
  }
});

test("suggest --check --only-available keeps only names the registry confirmed", async () => {
  const s = await suggestJson(["--check", "--only-available", "--check-budget", "30000"]);
  for (const x of s) assert.equal(x.availability?.status, "available", x.domain);
});

test("suggest --check never blocks the answer: past the budget names are unknown", async () => {
  const s = await suggestJson(["--check", "--check-budget", "0"]);
  assert.ok(s.length > 0);
  for (const x of s) assert.equal(x.availability?.status, "unknown", x.domain);
});

test("update-bootstrap to a folder that cannot be written is a clear error, not a crash", async () => {
  const io = capture();
  const out = join(tempDir(), "missing", "dir", "dns.json");
  assert.equal(await main(["update-bootstrap", "--url", `${rdap.base}dns.json`, "--out", out], io), 1);
  assert.match(io.stderr.join(), /cannot write .*bootstrap_write/);
});

test("zone build indexes a CZDS file; check --zone answers taken from it without the network", async () => {
  const dir = tempDir();
  const zone = join(dir, "com.txt.gz");
  const lines = ["com.\t900\tin\tsoa\ta.gtld-servers.net. nstld.verisign-grs.com. 1 1800 900 604800 86400"];
  for (const l of ["coffeecup", "tablespoon", "grapevine"]) lines.push(`${l}.com.\t172800\tin\tns\tns1.host.net.`);
  writeFileSync(zone, gzipSync(lines.join("\n") + "\n"));
  const index = join(dir, "com.nwz");
  const build = capture();
  assert.equal(await main(["zone", "build", zone, "--out", index], build), 0, build.stderr.join());
  assert.match(build.stdout.join(), /\.com, 3 names/);
  const io = capture();
  const n = rdap.requests.length;
  assert.equal(await main(["check", "grapevine.com", "--zone", index, "--json"], io), 0);
  const [r] = (JSON.parse(io.stdout[0]) as { results: { status: string; source: string }[] }).results;
  assert.deepEqual([r.status, r.source], ["taken", "zone"]);
  assert.equal(rdap.requests.length, n);
});

test("check --host-concurrency and --host-rate set the politeness limits; bad values are refused", async () => {
  const fixture = await startRdapFixture();
  try {
    const io = capture();
    const names = ["free-a.com", "free-b.com", "free-c.com", "free-d.com", "free-e.com"];
    const args = ["check", ...names, "--bootstrap", writeBootstrap(fixture.base), "--json"];
    assert.equal(await main([...args, "--host-concurrency", "1", "--host-rate", "1000"], io), 0, io.stderr.join());
    assert.equal(fixture.requests.length, 5);
    assert.equal(fixture.maxInFlight, 1);
    assert.equal(await main([...args, "--host-concurrency", "1.5"], capture()), 2);
    assert.equal(await main([...args, "--host-rate", "0"], capture()), 2);
  } finally {
    await fixture.close();
  }
});

test("a cache given by NAMEWRIGHT_AVAILABILITY_CACHE answers a repeated check (source cache)", async () => {
  const file = join(tempDir(), "c.sqlite");
  process.env.NAMEWRIGHT_AVAILABILITY_CACHE = file;
  try {
    const first = capture();
    assert.equal(await main(["check", "taken5.com", "--json"], first), 0);
    const n = rdap.requests.length;
    const second = capture();
    assert.equal(await main(["check", "taken5.com", "--json"], second), 0);
    const [r] = (JSON.parse(second.stdout[0]) as { results: { status: string; source: string }[] }).results;
    assert.deepEqual([r.status, r.source], ["taken", "cache"]);
    assert.equal(rdap.requests.length, n);
  } finally {
    process.env.NAMEWRIGHT_AVAILABILITY_CACHE = "off";
  }
});
