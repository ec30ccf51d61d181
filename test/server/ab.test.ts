/**
 * A/B experiments: config validation, sticky hashed assignment, exposure logged once, the event route, the
 * report's statistics, and a seeded simulated experiment: a planted effect is found, an A/A run finds none.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { Rng } from "../../src/core/random.js";
import {
  abReport,
  assignVariant,
  createServer,
  formatAbReport,
  parseExperiments,
  sampleSizePerVariant,
  SqliteEventStore,
  twoProportionTest,
  userKey,
  wilson,
  type EventStore,
  type Experiment,
} from "../../src/server/index.js";
import { main } from "../../src/cli/index.js";

const EXPERIMENT: Experiment = parseExperiments({
  experiments: [
    {
      id: "gen-1",
      variants: [
        { id: "lexical", generator: "lexical", weight: 1 },
        { id: "both", generator: "both", weight: 1 },
      ],
    },
  ],
})[0]!;

test("experiments config: clear errors for bad configs", () => {
  const bad: Array<[unknown, RegExp]> = [
    [{}, /expected \{"experiments"/],
    [{ experiments: [{ id: "x", variants: [{ id: "a", generator: "lexical" }] }] }, /at least two variants/],
    [
      {
        experiments: [
          {
            id: "x",
            variants: [
              { id: "a", generator: "gpt" },
              { id: "b", generator: "lexical" },
            ],
          },
        ],
      },
      /generator must be one of/,
    ],
    [
      {
        experiments: [
          {
            id: "x",
            variants: [
              { id: "a", generator: "lexical" },
              { id: "b", generator: "both" },
            ],
          },
          {
            id: "y",
            variants: [
              { id: "a", generator: "lexical" },
              { id: "b", generator: "both" },
            ],
          },
        ],
      },
      /more than one experiment is active/,
    ],
    [
      {
        experiments: [
          {
            id: "x",
            variants: [
              { id: "a", generator: "lexical", weight: -1 },
              { id: "b", generator: "both" },
            ],
          },
        ],
      },
      /weight must be a positive number/,
    ],
  ];
  for (const [cfg, message] of bad) assert.throws(() => parseExperiments(cfg), message);
});

test("assignment is sticky per user and follows the weights", () => {
  const skewed = parseExperiments({
    experiments: [
      {
        id: "split",
        variants: [
          { id: "a", generator: "lexical", weight: 1 },
          { id: "b", generator: "both", weight: 3 },
        ],
      },
    ],
  })[0]!;
  let b = 0;
  for (let i = 0; i < 20_000; i++) {
    const v = assignVariant(skewed, `user-${i}`);
    assert.equal(assignVariant(skewed, `user-${i}`).id, v.id);
    if (v.id === "b") b++;
  }
  // 3/4 of 20,000 with a binomial sd of ~61: +-6 sd.
  assert.ok(Math.abs(b - 15_000) < 370, String(b));
});

test("statistics: Wilson interval, two-proportion test and sample size against textbook values", () => {
  const [lo, hi] = wilson(10, 100);
  assert.ok(Math.abs(lo - 0.0552) < 5e-4 && Math.abs(hi - 0.1744) < 5e-4, `${lo} ${hi}`);
  const t = twoProportionTest(100, 1000, 130, 1000);
  // pooled p = 0.115, se = sqrt(0.115 * 0.885 * 2 / 1000) = 0.014267, z = 0.03 / se.
  assert.ok(Math.abs(t.z - 2.1027) < 1e-3, String(t.z));
  assert.ok(Math.abs(t.p - 0.0355) < 1e-3, String(t.p));
  // Fleiss without continuity correction: 10% -> 12% at alpha 0.05, power 0.8 needs 3,841 per group.
  assert.equal(sampleSizePerVariant(0.1, 0.02), 3841);
});

/** Exposes `users` users to the experiment and plants conversion rates per variant; returns the report. */
async function simulate(store: EventStore, experiment: Experiment, rates: Record<string, number>, seed: number) {
  const rng = new Rng(seed);
  const exposures = [];
  const events = [];
  for (let i = 0; i < 8000; i++) {
    const uid = `sim-${seed}-${i}`;
    const v = assignVariant(experiment, uid);
    const user = userKey(uid);
    exposures.push({ experiment: experiment.id, variant: v.id, user });
    if (rng.chance(rates[v.id]!))
      events.push({ type: "like", user, experiment: experiment.id, variant: v.id, domain: "x.com" });
    // Several likes from one user count once.
    if (rng.chance(0.05)) events.push({ type: "like", user, experiment: experiment.id, variant: v.id });
  }
  await store.exposeMany(exposures);
  await store.recordMany(events);
  return abReport(experiment.id, "like", await store.counts(experiment.id, "like"), {
    effect: 0.03,
    control: experiment.variants[0]!.id,
  });
}

test("simulated experiment: the report finds a planted effect and finds none in an A/A run", async () => {
  const store = new SqliteEventStore(join(mkdtempSync(join(tmpdir(), "nw-ab-")), "events.sqlite"));
  try {
    const ab = await simulate(store, EXPERIMENT, { lexical: 0.1, both: 0.14 }, 1);
    const text = formatAbReport(ab);
    console.log(text);
    assert.equal(ab.comparisons.length, 1);
    assert.ok(ab.comparisons[0]!.significant, text);
    assert.ok(ab.comparisons[0]!.diffCi[0] > 0, text);
    const aa: Experiment = { ...EXPERIMENT, id: "gen-aa" };
    const none = await simulate(store, aa, { lexical: 0.12, both: 0.12 }, 2);
    console.log(formatAbReport(none));
    assert.ok(!none.comparisons[0]!.significant, formatAbReport(none));
    assert.ok(none.comparisons[0]!.diffCi[0] < 0 && none.comparisons[0]!.diffCi[1] > 0);
  } finally {
    await store.close();
  }
});

test("through the server: sticky variant, exposure logged once, impressions and events; ab report from the CLI", async () => {
  const dir = mkdtempSync(join(tmpdir(), "nw-ab-srv-"));
  writeFileSync(
    join(dir, "experiments.json"),
    JSON.stringify({ experiments: [{ id: "gen-1", metric: "like", variants: EXPERIMENT.variants }] }),
  );
  const events = new SqliteEventStore(join(dir, "events.sqlite"));
  const app = await createServer({
    generator: "lexical",
    workers: 1,
    rateLimit: false,
    events,
    experiments: [EXPERIMENT],
  });
  try {
    const variants = new Set<string>();
    for (const uid of ["alice", "bob", "carol", "dave", "erin", "frank"]) {
      for (let k = 0; k < 2; k++) {
        const r = await app.inject({
          method: "POST",
          url: "/v1/suggest",
          headers: { "x-user-id": uid },
          payload: { business_description: "organic coffee shop", count: 2, explain: true },
        });
        assert.equal(r.statusCode, 200);
        const exp = r.json().experiment;
        assert.equal(exp.id, "gen-1");
        assert.equal(exp.variant, assignVariant(EXPERIMENT, uid).id);
        variants.add(exp.variant);
      }
      const like = await app.inject({
        method: "POST",
        url: "/v1/events",
        headers: { "x-user-id": uid },
        payload: { type: "like", domain: "beanbrew.com" },
      });
      assert.equal(like.statusCode, 200);
    }
    // Without a user id an event cannot be attributed: a clear 400.
    const anon = await app.inject({ method: "POST", url: "/v1/events", payload: { type: "like" } });
    assert.equal(anon.statusCode, 400);
    assert.match(anon.json().message, /no user id/);
    const badType = await app.inject({
      method: "POST",
      url: "/v1/events",
      headers: { "x-user-id": "a" },
      payload: { type: "buy" },
    });
    assert.equal(badType.statusCode, 400);
    const counts = await events.counts("gen-1", "like");
    assert.equal(
      counts.reduce((s, c) => s + c.exposed, 0),
      6,
      "one exposure per user, not per request",
    );
    assert.equal(
      counts.reduce((s, c) => s + c.converted, 0),
      6,
    );
    const impressions = await events.counts("gen-1", "impression");
    assert.equal(
      impressions.reduce((s, c) => s + c.events, 0),
      12,
    );
  } finally {
    await app.close();
    await events.close();
  }
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l), stdin: Readable.from([]) };
  assert.equal(await main(["ab", "report", "gen-1", "--data-dir", dir, "--json"], io), 0, err.join("\n"));
  const report = JSON.parse(out[0]!);
  assert.equal(report.experiment, "gen-1");
  assert.equal(report.metric, "like");
  assert.equal(
    report.variants.reduce((s: number, v: { exposed: number }) => s + v.exposed, 0),
    6,
  );
  assert.equal(await main(["ab", "report", "nope", "--data-dir", dir], io), 2);
  assert.match(err.join("\n"), /no exposures recorded for experiment "nope"/);
});
