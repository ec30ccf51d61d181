// The HTTP judge against a real OpenAI-compatible fixture server on 127.0.0.1 (random port): request shape
// (temperature 0, json_schema response_format, bearer key), retries on 503/429 with Retry-After, recovery
// from an unparseable reply, the on-disk cache, typed errors, and both orders for pairwise comparisons.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { HttpJudge, httpJudgeFromEnv, extractJson } from "../../src/evaluate/judges/index.js";
import { EvalError } from "../../src/evaluate/errors.js";

interface Seen {
  body: any;
  auth: string | undefined;
}

let server: Server;
let base: string;
let dir: string;
const seen: Seen[] = [];
/** Per-name scripted failures: the first N requests mentioning the name get these replies. */
const script = new Map<string, { status: number; body: string; headers?: Record<string, string> }[]>();
/** "biased" answers "A" to every pairwise question; "fair" prefers the shorter name. */
let pairMode: "biased" | "fair" = "fair";

function reply(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(body);
}

function chat(content: string): string {
  return JSON.stringify({
    id: "x",
    object: "chat.completion",
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
  });
}

async function handler(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  if (req.url !== "/v1/chat/completions" || req.method !== "POST") return reply(res, 404, '{"error":"not found"}');
  const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  seen.push({ body, auth: req.headers.authorization });
  const user: string = body.messages.find((m: any) => m.role === "user").content;
  if (user.includes("Name A:")) {
    const a = user.match(/Name A: (\S+)/)![1];
    const b = user.match(/Name B: (\S+)/)![1];
    const winner = pairMode === "biased" ? "A" : a.length < b.length ? "A" : b.length < a.length ? "B" : "tie";
    return reply(res, 200, chat(JSON.stringify({ winner, reason: "r" })));
  }
  const domain = user.match(/Domain name: (\S+)/)![1];
  const queue = script.get(domain);
  if (queue && queue.length > 0) {
    const r = queue.shift()!;
    return reply(res, r.status, r.body, r.headers);
  }
  if (domain.startsWith("forbidden")) return reply(res, 401, '{"error":"bad key"}');
  // Deterministic "judgement": shorter names score higher.
  const score = Math.max(0, 10 - Math.max(0, domain.length - 8));
  return reply(res, 200, chat("```json\n" + JSON.stringify({ score, reason: `length ${domain.length}` }) + "\n```"));
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "nw-judge-"));
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

after(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

const desc = "A coffee roastery in Berlin";

test("pointwise judging sends temperature 0, a JSON schema and the key, and parses fenced JSON", async () => {
  const j = new HttpJudge({ baseUrl: base, model: "m1", apiKey: "sekret", cacheDir: null });
  const out = await j.judge([
    { description: desc, domain: "brew.de", display: "brew.de" },
    { description: desc, domain: "berlinroastingcompany.com", display: "berlinroastingcompany.com" },
  ]);
  assert.deepEqual(
    out.map((o) => o.score),
    [10, 0],
  );
  const last = seen[seen.length - 1];
  assert.equal(last.body.temperature, 0);
  assert.equal(last.body.model, "m1");
  assert.equal(last.body.response_format.type, "json_schema");
  assert.deepEqual(last.body.response_format.json_schema.schema.required, ["score", "reason"]);
  assert.equal(last.auth, "Bearer sekret");
  assert.match(last.body.messages[0].content, /Relevance/, "the system prompt is the written rubric");
  assert.match(last.body.messages[1].content, /<description>\nA coffee roastery in Berlin\n<\/description>/);
});

test("retries 503 and 429 (Retry-After) and an unparseable reply, then succeeds", async () => {
  script.set("retry.com", [
    { status: 503, body: "overloaded" },
    { status: 429, body: "slow down", headers: { "retry-after": "0" } },
    { status: 200, body: chat("I think it is quite good") },
  ]);
  const j = new HttpJudge({ baseUrl: base, model: "m2", cacheDir: null, backoffMs: 5 });
  const [r] = await j.judge([{ description: desc, domain: "retry.com", display: "retry.com" }]);
  assert.equal(r.score, 9);
  assert.equal(j.requests, 4);
});

test("gives up with a typed error after maxRetries, and does not retry a 401", async () => {
  script.set(
    "down.com",
    Array.from({ length: 10 }, () => ({ status: 500, body: "boom" })),
  );
  const j = new HttpJudge({ baseUrl: base, model: "m3", cacheDir: null, backoffMs: 1, maxRetries: 2 });
  await assert.rejects(
    j.judge([{ description: desc, domain: "down.com", display: "down.com" }]),
    (e: unknown) => e instanceof EvalError && e.code === "judge_failed",
  );
  assert.equal(j.requests, 3);
  const k = new HttpJudge({ baseUrl: base, model: "m3", cacheDir: null, backoffMs: 1 });
  await assert.rejects(
    k.judge([{ description: desc, domain: "forbidden.com", display: "forbidden.com" }]),
    (e: unknown) => e instanceof EvalError && e.code === "judge_http_401",
  );
  assert.equal(k.requests, 1);
});

test("the on-disk cache answers repeated requests without the network, across judge instances", async () => {
  const cacheDir = join(dir, "cache");
  const a = new HttpJudge({ baseUrl: base, model: "m4", cacheDir });
  const inp = [{ description: desc, domain: "cached.io", display: "cached.io" }];
  const first = await a.judge(inp);
  assert.equal(a.requests, 1);
  const b = new HttpJudge({ baseUrl: base, model: "m4", cacheDir });
  assert.deepEqual(await b.judge(inp), first);
  assert.equal(b.requests, 0, "served from disk");
  const c = new HttpJudge({ baseUrl: base, model: "other-model", cacheDir });
  await c.judge(inp);
  assert.equal(c.requests, 1, "the model is part of the key");
});

test("pairwise asks both orders; a position-biased judge is caught as inconsistent", async () => {
  const j = new HttpJudge({ baseUrl: base, model: "m5", cacheDir: null });
  pairMode = "fair";
  const fair = await j.comparePair(desc, "brew.de", "berlinbrew.de");
  assert.deepEqual(fair, { verdict: "A", forward: "A", reversed: "A", inconsistent: false });
  const fair2 = await j.comparePair(desc, "berlinbrew.de", "brew.de");
  assert.equal(fair2.verdict, "B");
  pairMode = "biased";
  const jb = new HttpJudge({ baseUrl: base, model: "m5-biased", cacheDir: null });
  const biased = await jb.comparePair(desc, "brew.de", "berlinbrew.de");
  assert.equal(biased.inconsistent, true);
  assert.equal(biased.verdict, "tie");
  const orders = seen.slice(-2).map((s) => s.body.messages[1].content.match(/Name A: (\S+)/)[1]);
  assert.deepEqual(orders, ["brew.de", "berlinbrew.de"], "the second request swaps the names");
});

test("configuration errors are typed and actionable", () => {
  assert.throws(
    () => httpJudgeFromEnv({}),
    (e: unknown) => e instanceof EvalError && e.code === "judge_not_configured",
  );
  assert.throws(
    () => new HttpJudge({ baseUrl: "ftp://x", model: "m" }),
    (e: unknown) => e instanceof EvalError && e.code === "judge_bad_url",
  );
  assert.equal(
    httpJudgeFromEnv({ NAMEWRIGHT_JUDGE_BASE_URL: base, NAMEWRIGHT_JUDGE_MODEL: "q" }, { cacheDir: null }).id,
    "http:q",
  );
});

test("extractJson finds the first balanced object in prose", () => {
  assert.deepEqual(extractJson('Sure! {"score": 7, "reason": "a {nested} brace"} hope that helps'), {
    score: 7,
    reason: "a {nested} brace",
  });
  assert.equal(extractJson("no json here"), null);
});
