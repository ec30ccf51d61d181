/**
 * Malformed and hostile requests (seeded, FUZZ_N of them, default 2,000; FUZZ_N=10000 for the long run):
 * fuzzed JSON, wrong types, huge strings, invalid UTF-8, deep nesting, prototype keys, odd content types,
 * methods and paths, plus slow bodies over real sockets. No request may crash the server or get a 5xx,
 * and the server still answers afterwards. Prints the peak RSS.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { connect } from "node:net";
import { Rng } from "../../src/core/random.js";
import { createServer } from "../../src/server/index.js";

const N = Number(process.env.FUZZ_N ?? 2000);

interface Req {
  method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH" | "OPTIONS" | "HEAD";
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

const VALID = {
  business_description: "organic coffee shop in downtown area",
  count: 3,
  tlds: ["com", "io"],
  max_length: 12,
  lang: "en",
  explain: true,
};
const WEIRD_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  -0,
  2 ** 53 + 1,
  "",
  " ",
  "NaN",
  "\u0000",
  "\u202e\u200b\ufeff",
  "😀".repeat(500),
  [],
  [null],
  {},
  { a: { b: { c: 1 } } },
  "x".repeat(5000),
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "../../etc/passwd",
  "%00%ff",
];
const PATHS = [
  "/v1/suggest",
  "/suggest",
  "/v1/chat/completions",
  "/v1/events",
  "/v1/check",
  "/healthz",
  "/metrics",
  "/",
  "/openapi.json",
  "/v1/models",
];
const TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "",
  "application/json; charset=latin1",
  "*/*",
];

function mutate(rng: Rng, s: string): string {
  const chars = [...s];
  const edits = 1 + rng.below(4);
  for (let i = 0; i < edits; i++) {
    const at = rng.below(chars.length + 1);
    const op = rng.below(3);
    const junk = String.fromCharCode(rng.below(0x3000));
    if (op === 0) chars.splice(at, 1);
    else if (op === 1) chars.splice(at, 0, junk);
    else chars[at] = junk;
  }
  return chars.join("");
}

function hostile(rng: Rng): Req {
  const url = rng.chance(0.8) ? rng.pick(PATHS.slice(0, 4)) : rng.pick(PATHS);
  const headers: Record<string, string> = { "content-type": rng.chance(0.8) ? "application/json" : rng.pick(TYPES) };
  if (!headers["content-type"]) delete headers["content-type"];
  const method = rng.chance(0.9) ? "POST" : rng.pick(["GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"] as const);
  const kind = rng.below(9);
  let payload: string | Buffer;
  if (kind === 0) {
    payload = Buffer.from(Array.from({ length: rng.below(300) }, () => rng.below(256)));
  } else if (kind === 1) {
    payload = mutate(rng, JSON.stringify(VALID));
  } else if (kind === 2) {
    const body: Record<string, unknown> = { ...VALID };
    const key = rng.pick([
      ...Object.keys(VALID),
      "more_like",
      "exclude",
      "check",
      "messages",
      "type",
      "__proto__",
      "constructor",
    ]);
    body[key] = rng.pick(WEIRD_VALUES);
    if (rng.chance(0.3)) delete body.business_description;
    payload = JSON.stringify(body);
  } else if (kind === 3) {
    payload = JSON.stringify({ business_description: "a ".repeat(rng.int(1000, 40_000)) });
  } else if (kind === 4) {
    // Invalid UTF-8 inside the string: lone continuation bytes, overlong forms, truncated sequences.
    const bad = rng.pick([[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff], [0x80, 0x80], [0xe2, 0x82]]);
    payload = Buffer.concat([
      Buffer.from('{"business_description":"coffee '),
      Buffer.from(bad),
      Buffer.from(' shop"}'),
    ]);
  } else if (kind === 5) {
    const depth = rng.int(100, 20_000);
    payload = "[".repeat(depth) + "]".repeat(rng.chance(0.5) ? depth : 0);
  } else if (kind === 6) {
    payload = rng.pick([
      '{"__proto__": {"polluted": true}, "business_description": "bakery"}',
      '{"constructor": {"prototype": {"polluted": true}}, "business_description": "bakery"}',
      '{"business_description": "bakery", "business_description": 5}',
      "",
      "null",
      "[]",
      '"just a string"',
      "1e999999",
      "{}".repeat(1000),
    ]);
  } else if (kind === 7) {
    payload = JSON.stringify({
      model: rng.pick(WEIRD_VALUES),
      messages: rng.chance(0.5)
        ? rng.pick(WEIRD_VALUES)
        : [{ role: rng.pick(["user", "x", 5]), content: rng.pick(WEIRD_VALUES) }],
      stream: rng.pick([true, false, "yes"]),
    });
  } else {
    payload = JSON.stringify({ type: rng.pick(["like", "buy", 5, null]), domain: rng.pick(WEIRD_VALUES) });
  }
  if (kind !== 3 && rng.chance(0.1)) headers["x-user-id"] = rng.pick(["a", "x".repeat(500), "\u00e9t\u00e9"]);
  const q = rng.chance(0.1) ? `?domain=${encodeURIComponent(String(rng.pick(WEIRD_VALUES)))}&x[]=1&%zz` : "";
  return { method, url: url + q, headers, payload: method === "GET" || method === "HEAD" ? undefined : payload };
}

/** A body sent a few bytes at a time and never finished: the server must time it out, not hang or fail. */
function slowBody(port: number): Promise<string> {
  return new Promise((resolve) => {
    const sock = connect(port, "127.0.0.1", () => {
      sock.write(
        "POST /v1/suggest HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n",
      );
      let n = 0;
      const drip = setInterval(() => {
        if (sock.destroyed || n++ > 200) return clearInterval(drip);
        sock.write("{");
      }, 50);
      sock.on("close", () => clearInterval(drip));
    });
    let data = "";
    sock.on("data", (d) => (data += d.toString()));
    sock.on("close", () => resolve(data));
    sock.on("error", () => resolve(data));
  });
}

test(`${N} malformed or hostile requests: no crash, no 5xx, the server keeps answering`, async () => {
  const app = await createServer({
    generator: "lexical",
    workers: 2,
    rateLimit: false,
    maxQueue: 10_000,
    requestTimeoutMs: 1000,
  });
  try {
    const url = new URL(await app.listen({ port: 0, host: "127.0.0.1" }));
    const slow = Array.from({ length: 4 }, () => slowBody(Number(url.port)));
    const rng = new Rng(20);
    const statuses = new Map<number, number>();
    const fiveXX: string[] = [];
    let peakRss = process.memoryUsage.rss();
    let sent = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (sent < N) {
          sent++;
          const req = hostile(rng);
          const r = await app.inject(req);
          statuses.set(r.statusCode, (statuses.get(r.statusCode) ?? 0) + 1);
          if (r.statusCode >= 500)
            fiveXX.push(
              `${r.statusCode} ${req.method} ${req.url} ${String(req.payload).slice(0, 120)} -> ${r.body.slice(0, 200)}`,
            );
          if (sent % 200 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
        }
      }),
    );
    for (const reply of await Promise.all(slow))
      assert.match(reply, /^(HTTP\/1\.1 (408|400|413) |$)/, reply.slice(0, 80));
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    console.log(
      `fuzz: ${N} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB (process max ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB)`,
    );
    assert.deepEqual(fiveXX.slice(0, 5), []);
    const health = await fetch(`${url.origin}/healthz`);
    assert.equal(health.status, 200);
    const ok = await app.inject({
      method: "POST",
      url: "/v1/suggest",
      payload: { business_description: "bakery in Paris", count: 2 },
    });
    assert.equal(ok.statusCode, 200);
  } finally {
    await app.close();
  }
});
