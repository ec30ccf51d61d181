/**
 * The HTTP API through fastify.inject and a real listening server: the homework schema exactly, validation
 * with the problem named, body and rate limits, API keys, the availability integration point, metrics,
 * OpenAPI, the OpenAI-compatible route, timeouts, and graceful shutdown.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect } from "node:net";
import type { FastifyInstance } from "fastify";
import { ApiKeys, createApiKey, createServer, type AvailabilityChecker } from "../../src/server/index.js";

let app: FastifyInstance;

before(async () => {
  app = await createServer({ generator: "lexical", workers: 1, rateLimit: false });
});
after(async () => {
  await app.close();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: "POST", url, payload: payload as object, headers });

test("POST /v1/suggest answers exactly {suggestions:[{domain,confidence}], status:success}", async () => {
  const r = await post("/v1/suggest", { business_description: "organic coffee shop in downtown area", count: 4 });
  assert.equal(r.statusCode, 200);
  const body = r.json();
  assert.deepEqual(Object.keys(body), ["suggestions", "status"]);
  assert.equal(body.status, "success");
  assert.equal(body.suggestions.length, 4);
  for (const s of body.suggestions) {
    assert.deepEqual(Object.keys(s), ["domain", "confidence"]);
    assert.match(s.domain, /^[a-z0-9-]+\.[a-z.]+$/);
    assert.ok(s.confidence >= 0 && s.confidence <= 1);
  }
});

test("POST /suggest is the same route under the homework's path", async () => {
  const payload = { business_description: "dog grooming salon", count: 3, tlds: ["io"] };
  const a = await post("/suggest", payload);
  const b = await post("/v1/suggest", payload);
  assert.equal(a.statusCode, 200);
  assert.deepEqual(a.json(), b.json());
  for (const s of a.json().suggestions) assert.match(s.domain, /\.io$/);
});

test("a blocked request is HTTP 200 with exactly the blocked form; explain adds only the category", async () => {
  const r = await post("/v1/suggest", { business_description: "adult content website with explicit nude content" });
  assert.equal(r.statusCode, 200);
  assert.equal(r.body, '{"suggestions":[],"status":"blocked","message":"Request contains inappropriate content"}');
  const e = await post("/v1/suggest", {
    business_description: "adult content website with explicit nude content",
    explain: true,
  });
  assert.deepEqual(Object.keys(e.json()), ["suggestions", "status", "message", "category"]);
});

test("explain: true adds a why, reasons and the understanding; options reach the pipeline", async () => {
  const r = await post("/v1/suggest", {
    business_description: "boulangerie artisanale à Lyon",
    explain: true,
    count: 3,
    max_length: 9,
    lang: "fr",
  });
  assert.equal(r.statusCode, 200);
  const body = r.json();
  assert.equal(body.understanding.language, "fr");
  for (const s of body.suggestions) {
    assert.equal(typeof s.why, "string");
    assert.ok(s.why.length > 0);
    assert.ok(s.domain.split(".")[0].length <= 9, s.domain);
  }
});

test("invalid requests get a 400 that names the problem", async () => {
  const cases: Array<[unknown, RegExp]> = [
    [{}, /missing required field "business_description"/],
    [{ business_description: "bakery", colour: "red" }, /unknown field "colour"/],
    [{ business_description: 42 }, /"business_description" must be a string/],
    [{ business_description: "bakery", count: 0 }, /"count" must be at least 1/],
    [{ business_description: "bakery", count: 101 }, /"count" must be at most 100/],
    [{ business_description: "bakery", count: 2.5 }, /"count" must be a whole number/],
    [{ business_description: "bakery", tlds: ["c om"] }, /"tlds.0" is not a valid TLD/],
    [{ business_description: "bakery", lang: "xx" }, /"lang" must be one of "en"/],
    [{ business_description: "bakery", explain: "yes" }, /"explain" must be a boolean/],
    [{ business_description: "" }, /"business_description" must not be empty/],
    [{ business_description: "12345" }, /no words to build a name from/],
    [[1, 2], /must be a JSON object/],
  ];
  for (const [payload, message] of cases) {
    const r = await post("/v1/suggest", payload);
    assert.equal(r.statusCode, 400, JSON.stringify(payload));
    assert.equal(r.json().status, "error");
    assert.match(r.json().message, message, JSON.stringify(payload));
  }
  const bad = await app.inject({
    method: "POST",
    url: "/v1/suggest",
    headers: { "content-type": "application/json" },
    payload: '{"business_description": "bakery",',
  });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.json().message, /not valid JSON/);
  const text = await app.inject({
    method: "POST",
    url: "/v1/suggest",
    headers: { "content-type": "text/plain" },
    payload: "bakery",
  });
  assert.equal(text.statusCode, 415);
});

test("a body over the limit gets a 413", async () => {
  const r = await post("/v1/suggest", { business_description: "b".repeat(70_000) });
  assert.equal(r.statusCode, 413);
  assert.match(r.json().message, /larger than 65536 bytes/);
});

test('"check": true without an availability checker is a clear 400, and GET /v1/check does not exist', async () => {
  const r = await post("/v1/suggest", { business_description: "bakery in Paris", check: true });
  assert.equal(r.statusCode, 400);
  assert.equal(r.json().code, "check_unavailable");
  assert.match(r.json().message, /availability checking is not configured on this server/);
  assert.equal((await app.inject({ method: "GET", url: "/v1/check?domain=example.com" })).statusCode, 404);
});

test("with an injected checker, check: true adds availability and GET /v1/check answers", async () => {
  const asked: string[][] = [];
  // The integration point only: the availability module supplies the real checker.
  const checker: AvailabilityChecker = {
    async checkDomains(domains) {
      asked.push(domains);
      return domains.map((domain, i) => ({ domain, available: i % 2 === 0 }));
    },
  };
  const s = await createServer({ generator: "lexical", workers: 1, rateLimit: false, checker });
  try {
    const r = await s.inject({
      method: "POST",
      url: "/v1/suggest",
      payload: { business_description: "bakery in Paris", check: true, count: 3 },
    });
    assert.equal(r.statusCode, 200);
    const body = r.json();
    assert.deepEqual(
      asked[0],
      body.suggestions.map((x: { domain: string }) => x.domain),
    );
    assert.deepEqual(
      body.suggestions.map((x: { available: boolean }) => x.available),
      [true, false, true],
    );
    const c = await s.inject({ method: "GET", url: "/v1/check?domain=Example.COM" });
    assert.deepEqual(c.json(), { domain: "example.com", available: true });
  } finally {
    await s.close();
  }
});

test("more_like re-ranks a fresh list toward the liked names and leaves out liked and excluded ones", async () => {
  const base = await post("/v1/suggest", { business_description: "organic coffee shop", count: 10 });
  const names: string[] = base.json().suggestions.map((s: { domain: string }) => s.domain);
  const liked = names[3]!;
  const r = await post("/v1/suggest", {
    business_description: "organic coffee shop",
    count: 5,
    more_like: [liked],
    exclude: names.slice(0, 2),
  });
  assert.equal(r.statusCode, 200);
  const got: string[] = r.json().suggestions.map((s: { domain: string }) => s.domain);
  assert.equal(got.length, 5);
  assert.ok(!got.includes(liked));
  for (const d of names.slice(0, 2)) assert.ok(!got.includes(d));
});

test("GET /healthz, /metrics (Prometheus text), /openapi.json and /docs", async () => {
  const h = await app.inject({ method: "GET", url: "/healthz" });
  assert.equal(h.statusCode, 200);
  assert.equal(h.json().status, "ok");
  const m = await app.inject({ method: "GET", url: "/metrics" });
  assert.equal(m.statusCode, 200);
  assert.match(m.headers["content-type"] as string, /^text\/plain; version=0\.0\.4/);
  assert.match(m.body, /^# TYPE namewright_http_requests_total counter$/m);
  assert.match(m.body, /^namewright_http_requests_total\{method="POST",route="\/v1\/suggest",status="200"\} \d+$/m);
  assert.match(m.body, /^namewright_http_request_duration_seconds_bucket\{.*le="\+Inf"\} \d+$/m);
  assert.match(m.body, /^namewright_suggest_total\{outcome="blocked"\} \d+$/m);
  assert.match(m.body, /^namewright_pool_workers 1$/m);
  const o = await app.inject({ method: "GET", url: "/openapi.json" });
  const doc = o.json();
  assert.equal(doc.openapi, "3.0.3");
  const op = doc.paths["/v1/suggest"].post;
  assert.deepEqual(op.requestBody.content["application/json"].schema.required, ["business_description"]);
  assert.ok(doc.paths["/v1/chat/completions"]);
  const d = await app.inject({ method: "GET", url: "/docs" });
  assert.equal(d.statusCode, 200);
  assert.match(d.body, /openapi\.json/);
});

test("POST /v1/chat/completions answers in OpenAI's shape with names from the embedded model", async () => {
  const r = await post("/v1/chat/completions", {
    model: "namewright-small",
    messages: [
      { role: "system", content: "You suggest domain names." },
      { role: "user", content: "artisan bakery in Lyon" },
    ],
  });
  assert.equal(r.statusCode, 200);
  const body = r.json();
  assert.equal(body.object, "chat.completion");
  assert.equal(body.choices[0].message.role, "assistant");
  const lines = (body.choices[0].message.content as string).split("\n");
  assert.ok(lines.length >= 3);
  for (const l of lines) assert.match(l, /^[a-z0-9-]+\.[a-z.]+$/);
  const j = await post("/v1/chat/completions", {
    messages: [{ role: "user", content: [{ type: "text", text: "dog grooming salon" }] }],
    response_format: { type: "json_object" },
  });
  assert.equal(JSON.parse(j.json().choices[0].message.content).status, "success");
  const s = await post("/v1/chat/completions", { messages: [{ role: "user", content: "bakery" }], stream: true });
  assert.equal(s.statusCode, 400);
  assert.match(s.json().error.message, /streaming is not supported/);
  const m = await post("/v1/chat/completions", { messages: [{ role: "robot", content: "x" }] });
  assert.equal(m.statusCode, 400);
  assert.equal(m.json().error.type, "invalid_request_error");
});

test("API keys are stored hashed; a bad key is a 401; --require-key refuses anonymous requests", async () => {
  const dir = mkdtempSync(join(tmpdir(), "nw-keys-"));
  const file = join(dir, "api-keys.json");
  const key = createApiKey(file, "ci");
  assert.ok(!readFileSync(file, "utf8").includes(key), "the keys file must not contain the key");
  const keys = ApiKeys.load(file);
  assert.equal(keys.lookup(key)?.id, "ci");
  assert.equal(keys.lookup(key + "x"), null);
  const s = await createServer({
    generator: "lexical",
    workers: 1,
    apiKeys: keys,
    requireKey: true,
    rateLimit: { perIp: 2, perKey: 4, windowMs: 60_000 },
  });
  try {
    const payload = { business_description: "bakery in Paris", count: 1 };
    const anon = await s.inject({ method: "POST", url: "/v1/suggest", payload });
    assert.equal(anon.statusCode, 401);
    const wrong = await s.inject({ method: "POST", url: "/v1/suggest", payload, headers: { "x-api-key": "nw_wrong" } });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().code, "bad_key");
    const codes: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 6; i++) {
      const r = await s.inject({
        method: "POST",
        url: "/v1/suggest",
        payload,
        headers: { authorization: `Bearer ${key}` },
      });
      codes.push(r.statusCode);
      if (r.statusCode === 429) {
        retryAfter = r.headers["retry-after"] as string;
        assert.equal(r.json().code, "rate_limited");
      }
    }
    // The per-key limit (4), not the per-IP one (2), applies to a request with a valid key.
    assert.deepEqual(codes, [200, 200, 200, 200, 429, 429]);
    assert.ok(Number(retryAfter) > 0, "429 carries Retry-After in seconds");
    // Health and metrics are never rate-limited or keyed.
    assert.equal((await s.inject({ method: "GET", url: "/healthz" })).statusCode, 200);
  } finally {
    await s.close();
  }
});

test("per-IP rate limit: 429 with Retry-After after the limit", async () => {
  const s = await createServer({
    generator: "lexical",
    workers: 1,
    rateLimit: { perIp: 3, perKey: 10, windowMs: 60_000 },
  });
  try {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await s.inject({ method: "POST", url: "/v1/suggest", payload: {} })).statusCode);
    assert.deepEqual(codes, [400, 400, 400, 429, 429]);
  } finally {
    await s.close();
  }
});

test("inference past the timeout is stopped with a 504; the worker is replaced and the server keeps serving", async () => {
  const s = await createServer({ generator: "model", workers: 1, rateLimit: false, inferenceTimeoutMs: 1 });
  try {
    const r = await s.inject({
      method: "POST",
      url: "/v1/suggest",
      payload: { business_description: "bakery in Paris" },
    });
    assert.equal(r.statusCode, 504);
    assert.equal(r.json().code, "timeout");
    const m = await s.inject({ method: "GET", url: "/metrics" });
    assert.match(m.body, /^namewright_pool_timeouts_total 1$/m);
    assert.match(m.body, /^namewright_pool_restarts_total 1$/m);
    assert.equal((await s.inject({ method: "GET", url: "/healthz" })).statusCode, 200);
  } finally {
    await s.close();
  }
});

test("a real listening server: requests queued behind slow inference do not stall /healthz", async () => {
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  const order: string[] = [];
  const chat = (i: number) =>
    fetch(`${url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ messages: [{ role: "user", content: `coffee roastery number ${i}` }] }),
    }).then(async (r) => {
      assert.equal(r.status, 200);
      await r.json();
      order.push(`chat${i}`);
    });
  const chats = [chat(1), chat(2), chat(3)];
  // /healthz answers while the worker is busy and requests wait behind it: the event loop is free.
  let answeredWhileBusy = false;
  for (let i = 0; i < 500 && order.length < 3 && !answeredWhileBusy; i++) {
    const health = await fetch(`${url}/healthz`);
    assert.equal(health.status, 200);
    const h = (await health.json()) as { busy: number; queued: number };
    answeredWhileBusy = h.busy > 0 && order.length < 3;
  }
  assert.ok(answeredWhileBusy, "/healthz answered while inference was running");
  await Promise.all(chats);
});

test("slow bodies are cut off at the request timeout with a 408", async () => {
  const s = await createServer({ generator: "lexical", workers: 1, rateLimit: false, requestTimeoutMs: 500 });
  try {
    const url = new URL(await s.listen({ port: 0, host: "127.0.0.1" }));
    const reply = await new Promise<string>((resolve, reject) => {
      const sock = connect(Number(url.port), "127.0.0.1", () => {
        sock.write(
          "POST /v1/suggest HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
        );
      });
      let data = "";
      sock.on("data", (d) => (data += d.toString()));
      sock.on("close", () => resolve(data));
      sock.on("error", reject);
    });
    assert.match(reply, /^HTTP\/1\.1 408/);
  } finally {
    await s.close();
  }
});

test("graceful shutdown: a request in flight when close() is called still gets its answer", async () => {
  const s = await createServer({ generator: "lexical", workers: 1, rateLimit: false });
  const url = await s.listen({ port: 0, host: "127.0.0.1" });
  const pending = fetch(`${url}/v1/suggest`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ business_description: "organic coffee shop", count: 50 }),
  });
  // Wait until the server has the request, then close while it runs.
  for (let i = 0; i < 200; i++) {
    const st = (await s.inject({ method: "GET", url: "/healthz" })).json() as { busy: number };
    if (st.busy > 0) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  const closing = s.close();
  const r = await pending;
  assert.equal(r.status, 200);
  assert.equal(((await r.json()) as { status: string }).status, "success");
  await closing;
  await assert.rejects(fetch(`${url}/healthz`));
});

test("two inference workers sampling the embedded model at once all answer (the native kernels' shared pool)", async () => {
  const s = await createServer({ generator: "both", workers: 2, rateLimit: false, inferenceTimeoutMs: 60_000 });
  try {
    const replies = await Promise.all(
      [
        "coffee roastery",
        "dog grooming",
        "yoga studio",
        "bike repair",
        "vegan bakery",
        "tax advice",
        "surf school",
        "flower shop",
      ].map((d) => s.inject({ method: "POST", url: "/v1/suggest", payload: { business_description: d, count: 3 } })),
    );
    assert.deepEqual(
      replies.map((r) => r.statusCode),
      Array(8).fill(200),
    );
  } finally {
    await s.close();
  }
});
