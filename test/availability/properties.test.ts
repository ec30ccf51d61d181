/**
 * Properties (fast-check): an index never misses a member, whatever the names; the zone scanner counts
 * the same names however the file is cut into chunks; untrusted index and bootstrap bytes either load or
 * fail with AvailabilityDataError, never anything else.
 */
import { test } from "node:test";
import fc from "fast-check";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ZoneIndex, ZoneScanner, loadZoneIndex } from "../../src/availability/zone/index.js";
import { AvailabilityDataError, parseBootstrap } from "../../src/availability/index.js";
import { tempDir } from "./fixtures.js";

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?$/);

test("every member of any set of labels is found (no false available)", () => {
  fc.assert(
    fc.property(fc.array(label, { maxLength: 300 }), (labels) => {
      const idx = ZoneIndex.fromNames("com", labels);
      for (const l of labels) if (!idx.has(`${l}.com`) || !idx.has(l.toUpperCase())) return false;
      return idx.count === new Set(labels).size;
    }),
    { numRuns: 200 },
  );
});

test("the scanner's answer does not depend on where chunks are cut", () => {
  fc.assert(
    fc.property(fc.uniqueArray(label, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 8 }), (labels, cuts) => {
      const text = Buffer.from(
        [
          "com. 900 IN SOA a. b. 1 2 3 4 5",
          ...labels.flatMap((l) => [`${l}.com. 3600 IN NS ns1.x.net.`, `${l}.com. 3600 IN NS ns2.x.net.`]),
        ].join("\n"),
      );
      const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
      const keys: number[] = [];
      const s = new ZoneScanner((a) => keys.push(a), undefined, "prop");
      let prev = 0;
      for (const p of [...points, text.length]) {
        s.push(text.subarray(prev, p));
        prev = p;
      }
      const scan = s.end();
      return scan.tld === "com" && scan.names === labels.length;
    }),
    { numRuns: 200 },
  );
});

test("mutated index files load or fail with AvailabilityDataError", () => {
  const idx = ZoneIndex.fromNames("com", ["alpha", "beta", "gamma", "delta"]);
  const dir = tempDir();
  const good = join(dir, "good.nwz");
  idx.save(good);
  const bytes = readFileSync(good);
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
      fc.nat(),
      (edits, cut) => {
        const b = Buffer.from(bytes);
        for (const [at, v] of edits) b[at % b.length] = v;
        const f = join(dir, "m.nwz");
        writeFileSync(f, b.subarray(0, Math.max(0, b.length - (cut % 4 === 0 ? cut % 50 : 0))));
        try {
          loadZoneIndex(f);
          return true;
        } catch (e) {
          return e instanceof AvailabilityDataError;
        }
      },
    ),
    { numRuns: 300 },
  );
});

test("arbitrary JSON bootstraps parse or fail with AvailabilityDataError", () => {
  fc.assert(
    fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
      try {
        parseBootstrap(text, "prop");
        return true;
      } catch (e) {
        return e instanceof AvailabilityDataError;
      }
    }),
    { numRuns: 300 },
  );
});
