/**
 * Zone-file indexes on small generated zones: every delegated name is found (no false "available"),
 * absent names rarely collide, glue and DS lines are ignored, and broken index files are refused.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildZoneIndexFromFile,
  loadZoneIndex,
  ZoneIndex,
  ZoneScanner,
  fuseLayout,
} from "../../src/availability/zone/index.js";
import { AvailabilityDataError, checkDomains } from "../../src/availability/index.js";
import { tempDir } from "./fixtures.js";

function names(n: number, prefix = "name"): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i.toString(36)}q${(i * 2654435761) % 9973}`);
}

/** A zone in CZDS shape: SOA, per name two NS lines (some upper case), glue for some, DS for some. */
function czds(tld: string, labels: string[]): string {
  const lines = [`${tld}.\t900\tin\tsoa\ta.gtld-servers.net. nstld.verisign-grs.com. 1 1800 900 604800 86400`];
  labels.forEach((l, i) => {
    const owner = i % 5 === 0 ? `${l.toUpperCase()}.${tld.toUpperCase()}.` : `${l}.${tld}.`;
    lines.push(`${owner}\t172800\tin\tns\tns1.${l}.${tld}.`, `${owner}\t172800\tin\tns\tns2.host.net.`);
    if (i % 7 === 0) lines.push(`ns1.${l}.${tld}.\t172800\tin\ta\t192.0.2.1`);
    if (i % 11 === 0) lines.push(`${owner}\t86400\tin\tds\t12345 8 2 ABCDEF`);
  });
  return lines.join("\n") + "\n";
}

test("a CZDS .txt.gz streams into an index holding every delegated name, and only them", async () => {
  const present = names(5000);
  const dir = tempDir();
  const file = join(dir, "com.txt.gz");
  // Glue hosts (ns1.x.com) and names only in glue must not count as registered names.
  writeFileSync(file, gzipSync(czds("com", present) + "onlyglue.com.\t3600\tin\ta\t192.0.2.9\n"));
  const index = await buildZoneIndexFromFile(file);
  assert.equal(index.tld, "com");
  assert.equal(index.count, present.length);
  for (const n of present) assert.ok(index.has(`${n}.com`), n);
  const absent = names(20000, "zz");
  const falseTaken = absent.filter((n) => index.has(`${n}.com`)).length / absent.length;
  assert.ok(falseTaken < 0.012, `false taken ${falseTaken}`);
});

test("save and load give the same answers; the file is about 9 bits a name plus a header", () => {
  const present = names(20000);
  const index = ZoneIndex.fromNames("net", present);
  const file = join(tempDir(), "net.nwz");
  index.save(file);
  const loaded = loadZoneIndex(file);
  assert.equal(loaded.tld, "net");
  assert.equal(loaded.count, 20000);
  for (const n of present) assert.ok(loaded.has(n), n);
  for (const n of names(2000, "absent")) assert.equal(loaded.has(n), index.has(n));
  assert.ok(index.bitsPerName < 12, `${index.bitsPerName} bits/name`);
});

test("duplicates and case are folded; tiny and empty sets work", () => {
  const idx = ZoneIndex.fromNames("io", ["Alpha", "alpha", "beta.io", "BETA.IO."]);
  assert.equal(idx.count, 2);
  assert.ok(idx.has("alpha.io") && idx.has("beta.io"));
  const empty = ZoneIndex.fromNames("io", []);
  assert.equal(empty.has("alpha.io"), false);
  const one = ZoneIndex.fromNames("io", ["solo"]);
  assert.ok(one.has("solo.io"));
});

test("the binary fuse layout follows the reference sizing (1.125 n cells for large n)", () => {
  const l = fuseLayout(10_000_000, [1, 2, 3]);
  assert.equal(l.segmentLength, 32768);
  assert.equal(l.arrayLength, (l.segmentCount + 2) * l.segmentLength);
  assert.ok(l.arrayLength / 10_000_000 < 1.14);
});

test("truncated, corrupted or foreign index files are refused", () => {
  const idx = ZoneIndex.fromNames("com", names(1000));
  const file = join(tempDir(), "com.nwz");
  idx.save(file);
  const good = readFileSync(file);
  const cases: [string, Buffer][] = [
    ["truncated", good.subarray(0, good.length - 10)],
    ["flipped", Buffer.from(good.map((b, i) => (i === good.length - 100 ? b ^ 1 : b)))],
    ["magic", Buffer.concat([Buffer.from("NOTZONE\n"), good.subarray(8)])],
    ["empty", Buffer.alloc(0)],
  ];
  for (const [what, bytes] of cases) {
    const f = join(tempDir(), `${what}.nwz`);
    writeFileSync(f, bytes);
    assert.throws(() => loadZoneIndex(f), AvailabilityDataError, what);
  }
});

test("the scanner: NS before any SOA needs the TLD; bounded lines; comments and directives skipped", () => {
  const keys: number[] = [];
  const s = new ZoneScanner((a) => keys.push(a), undefined, "x");
  assert.throws(() => s.push(Buffer.from("a.com.\t1\tin\tns\tns.b.net.\n")), AvailabilityDataError);
  const t = new ZoneScanner((a) => keys.push(a), "com", "x");
  t.push(Buffer.from("; comment\n$TTL 3600\nfoo.com. 3600 IN NS ns.x.net.\nfoo.com. IN NS ns2.x.net.\nbar.co"));
  t.push(Buffer.from("m. NS ns.y.net.\nsub.foo.com. NS ns.z.net.\n"));
  assert.equal(t.end().names, 2);
  const u = new ZoneScanner(() => {}, "com", "x");
  assert.throws(() => u.push(Buffer.alloc(70 * 1024, 97)), AvailabilityDataError);
});

test("checkDomains: a zone hit is taken (source zone) without the network; a miss is not available", async () => {
  const zone = ZoneIndex.fromNames("com", ["coffeecup", "tablespoon"], "the test .com zone");
  // An absent name the filter reports absent (any one name is a false positive with probability 2^-8).
  const miss = ["zzqxv-unlikely.com", "qqwzv-unlikely.com", "vvxzq-unlikely.com"].find((d) => !zone.has(d)) ?? "";
  const results = await checkDomains(["coffeecup.com", miss], { zones: [zone], offline: true });
  assert.deepEqual([results[0].status, results[0].source], ["taken", "zone"]);
  assert.equal(results[1].status, "unknown");
  assert.match(results[1].reason ?? "", /not in the test \.com zone/);
});
