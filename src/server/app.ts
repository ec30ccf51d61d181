/**
 * The HTTP server (Fastify): the homework's suggestion API, an OpenAI-compatible chat route backed by the
 * embedded model, health and Prometheus metrics, the OpenAPI document and docs page, the web page at `/`,
 * and A/B experiments with an event store. Inference runs in a worker pool (pool.ts); this thread parses,
 * validates, limits and answers.
 *
 *   const app = await createServer({ generator: "lexical" });
 *   await app.listen({ port: 8080, host: "127.0.0.1" });
 *   ...
 *   await app.close();   // stops accepting, lets running requests finish, stops the workers
 */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import { createServer as createHttpServer } from "node:http";
import { randomBytes } from "node:crypto";
import { InputError } from "../core/errors.js";
import { BLOCKED_MESSAGE } from "../safety/index.js";
import {
  defaultGeneratorKind,
  embeddedModelAvailable,
  GENERATOR_KINDS,
  type DetailedResult,
  type GeneratorKind,
} from "../generate/index.js";
import { WorkerPool, PoolBusyError, PoolClosedError, PoolTimeoutError } from "./pool.js";
import type { PlainSuggestOptions } from "./jobs.js";
import { Metrics } from "./metrics.js";
import { ApiKeys, requestKey } from "./keys.js";
import { rerankToward } from "./similar.js";
import {
  chatBodySchema,
  checkQuerySchema,
  errorSchema,
  eventBodySchema,
  suggestBodySchema,
  suggestReplySchema,
  type ChatBody,
  type CheckQuery,
  type EventBody,
  type SuggestBody,
  type SuggestionOut,
  type SuggestReply,
} from "./schema.js";
import { assignVariant, userKey, type EventStore, type Experiment } from "./ab/index.js";
import { registerPage, USER_COOKIE } from "./page.js";

/** One availability result per domain; `available` is null when the checker could not tell. */
export interface AvailabilityResult {
  domain: string;
  available: boolean | null;
  [detail: string]: unknown;
}

/**
 * The integration point for availability checking (src/availability, built separately). A server created
 * without one answers `"check": true` with a 400 that says so, and has no GET /v1/check.
 */
export interface AvailabilityChecker {
  checkDomains(domains: string[], options?: { timeoutMs?: number }): Promise<AvailabilityResult[]>;
}

export interface RateLimitOptions {
  /** Requests per window from one IP address without an API key (default 120). */
  perIp: number;
  /** Requests per window with a valid API key (default 600). */
  perKey: number;
  /** Window length in ms (default 60 000). */
  windowMs: number;
}

export interface ServerOptions {
  /** The generator configuration of requests outside an experiment (default: the product default, "both"). */
  generator?: GeneratorKind;
  /** Inference worker threads (default: cores, at most 4). */
  workers?: number;
  /** Largest request body in bytes (default 64 KiB): larger bodies get a 413. */
  bodyLimit?: number;
  /** Longest time to receive a whole request, ms (default 15 000; slow bodies get a 408). */
  requestTimeoutMs?: number;
  /** Longest inference of one request, ms (default 10 000; then a 504 and the worker is replaced). */
  inferenceTimeoutMs?: number;
  /** Requests waiting for a worker before more get a 503 (default 64). */
  maxQueue?: number;
  /** Per-IP / per-key limits; false turns rate limiting off. */
  rateLimit?: Partial<RateLimitOptions> | false;
  /** Known API keys (stored hashed); requests may name one for the per-key limit. */
  apiKeys?: ApiKeys;
  /** Refuse requests without a valid API key (401) instead of applying the per-IP limit. */
  requireKey?: boolean;
  /** Availability checking; absent: "check": true is a 400 and GET /v1/check does not exist. */
  checker?: AvailabilityChecker;
  /** Where events and exposures go; absent: POST /v1/events does not exist and nothing is logged. */
  events?: EventStore;
  /** Experiments (at most one active); they need `events`. */
  experiments?: readonly Experiment[];
  /** Fastify's logger (pino): true for JSON lines on stdout. Default off. */
  logger?: boolean;
  /** Trust X-Forwarded-For (behind a reverse proxy) for client IPs. Default false. */
  trustProxy?: boolean;
  /** Wait until every worker has loaded its data before resolving (default true). */
  warmUp?: boolean;
}

const API_PREFIXES = ["/v1/", "/suggest"];
const isApi = (url: string): boolean => API_PREFIXES.some((p) => url === p || url.startsWith(p));

const CHAT_MODEL = "namewright-small";

interface ErrorBody {
  status: "error";
  code: string;
  message: string;
}

/** A readable sentence for the first schema violation: names the field and what was expected. */
export function describeValidation(
  errors: ReadonlyArray<{ instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }>,
  context: string,
): string {
  const e = errors[0];
  if (!e) return `invalid ${context}`;
  const path = e.instancePath.replace(/^\//, "").replace(/\//g, ".");
  const field = path ? `"${path}"` : `the ${context}`;
  switch (e.keyword) {
    case "additionalProperties":
      return `unknown field "${String(e.params.additionalProperty)}"${path ? ` in ${field}` : ""}; see /openapi.json for the fields`;
    case "required":
      return `missing required field "${String(e.params.missingProperty)}"${path ? ` in ${field}` : ""}`;
    case "type": {
      const t = String(e.params.type);
      return `${field} must be ${t === "integer" ? "a whole number" : t === "object" ? "a JSON object" : `a ${t}`}`;
    }
    case "enum":
      return `${field} must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "minimum":
    case "maximum":
      return `${field} must be ${e.keyword === "minimum" ? "at least" : "at most"} ${String(e.params.limit)}`;
    case "maxLength":
      return `${field} is too long (at most ${String(e.params.limit)} characters)`;
    case "minLength":
      return `${field} must not be empty`;
    case "maxItems":
      return `${field} has too many items (at most ${String(e.params.limit)})`;
    case "minItems":
      return `${field} must have at least ${String(e.params.limit)} item`;
    case "pattern":
      return `${field} is not a valid ${path.startsWith("tlds") ? 'TLD (e.g. "com", "co.uk")' : "value"}`;
    default:
      return `${field} ${e.message ?? "is invalid"}`;
  }
}

function cookie(req: FastifyRequest, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const v = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{8,64}$/.test(v) ? v : null;
    }
  }
  return null;
}

/** The caller's user id for experiments: the page's cookie, or an X-User-Id header from API clients. */
function userIdOf(req: FastifyRequest): string | null {
  const h = req.headers["x-user-id"];
  if (typeof h === "string" && h.length > 0 && h.length <= 128) return h;
  return cookie(req, USER_COOKIE);
}

/** The short "why" shown next to a name: its strongest reasons. */
function why(reasons: readonly string[], method: string): string {
  const top = reasons.slice(0, 2);
  return top.length > 0 ? top.join("; ") : method;
}

function toReply(
  result: DetailedResult,
  body: SuggestBody,
  experiment: { id: string; variant: string } | null,
): SuggestReply {
  if (result.status === "blocked") {
    const reply: SuggestReply = { suggestions: [], status: "blocked", message: BLOCKED_MESSAGE };
    if (body.explain) reply.category = result.category;
    return reply;
  }
  const suggestions: SuggestionOut[] = result.suggestions.map((s) =>
    body.explain
      ? {
          domain: s.domain,
          confidence: s.confidence,
          display: s.display,
          why: why(s.score.reasons, s.method),
          reasons: s.score.reasons.slice(0, 6),
          score: Math.round(s.score.overall * 10) / 10,
          source: s.source,
        }
      : { domain: s.domain, confidence: s.confidence },
  );
  const reply: SuggestReply = { suggestions, status: "success" };
  if (body.explain) {
    const u = result.understanding;
    reply.understanding = {
      language: u.language,
      industry: u.industry?.label ?? null,
      location: u.location?.name ?? null,
      keywords: u.keywords.slice(0, 8).map((k) => k.lemma),
    };
    if (experiment) reply.experiment = experiment;
  }
  return reply;
}

function optionsOf(body: SuggestBody, count: number): PlainSuggestOptions {
  const opts: PlainSuggestOptions = { count };
  if (body.tlds) opts.tlds = body.tlds.map((t) => t.replace(/^\./, "").toLowerCase());
  if (body.max_length !== undefined) opts.maxLength = body.max_length;
  if (body.lang) opts.language = body.lang;
  return opts;
}

/** The text a chat request asks about: its last user message. */
function lastUserText(body: ChatBody): string {
  for (let i = body.messages.length - 1; i >= 0; i--) {
    const m = body.messages[i]!;
    if (m.role !== "user" || m.content === null) continue;
    if (typeof m.content === "string") return m.content;
    return m.content
      .filter((p) => p.type === "text" && typeof p.text === "string")
      .map((p) => p.text)
      .join("\n");
  }
  throw new InputError("no_user_message", "the chat request has no user message to answer");
}

export async function createServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const generator = options.generator ?? defaultGeneratorKind();
  if (!(GENERATOR_KINDS as readonly string[]).includes(generator))
    throw new InputError("bad_option", `generator must be one of ${GENERATOR_KINDS.join(", ")}`);
  const bodyLimit = options.bodyLimit ?? 64 * 1024;
  const requestTimeout = options.requestTimeoutMs ?? 15_000;
  const experiment = options.experiments?.find((e) => e.active) ?? null;
  if (experiment && !options.events) throw new InputError("no_event_store", "experiments need an event store");
  const chatGenerator: GeneratorKind = embeddedModelAvailable() ? "model" : "lexical";
  const warm = [...new Set([generator, ...(experiment?.variants.map((v) => v.generator) ?? [])])];
  const pool = new WorkerPool({
    size: options.workers,
    maxQueue: options.maxQueue,
    timeoutMs: options.inferenceTimeoutMs,
    warm,
  });
  const metrics = new Metrics();
  const keys = options.apiKeys ?? new ApiKeys();
  const keyOf = new WeakMap<FastifyRequest, string>();

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    trustProxy: options.trustProxy ?? false,
    return503OnClosing: true,
    forceCloseConnections: "idle",
    // Node checks request deadlines on this interval (default 30 s): a shorter one makes slow-body
    // requests fail close to requestTimeout rather than up to 30 s later.
    serverFactory: (handler) =>
      createHttpServer(
        { requestTimeout, headersTimeout: Math.min(requestTimeout, 10_000), connectionsCheckingInterval: 1000 },
        handler,
      ),
    ajv: {
      // Unknown fields and wrong types are errors the caller should hear about, not silently fixed.
      customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: true, allErrors: false },
    },
  });

  // JSON only: a text/plain body is refused with a 415 instead of failing the schema as a string.
  app.removeContentTypeParser("text/plain");

  const sendError = (reply: FastifyReply, req: FastifyRequest, status: number, code: string, message: string) => {
    if (req.url.startsWith("/v1/chat/"))
      return reply
        .code(status)
        .send({ error: { message, type: status >= 500 ? "server_error" : "invalid_request_error", code } });
    const body: ErrorBody = { status: "error", code, message };
    return reply.code(status).send(body);
  };

  app.setErrorHandler((err: FastifyError & { code?: string }, req, reply) => {
    if (err.validation) {
      return sendError(
        reply,
        req,
        400,
        "bad_request",
        describeValidation(err.validation, err.validationContext ?? "body"),
      );
    }
    if (err instanceof InputError) return sendError(reply, req, 400, err.code, err.message);
    if (err instanceof PoolBusyError || err instanceof PoolClosedError) {
      void reply.header("retry-after", "1");
      return sendError(reply, req, 503, err.code, err.message);
    }
    if (err instanceof PoolTimeoutError) return sendError(reply, req, 504, err.code, err.message);
    switch (err.code) {
      case "FST_ERR_CTP_BODY_TOO_LARGE":
        return sendError(reply, req, 413, "too_large", `the request body is larger than ${bodyLimit} bytes`);
      case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
        return sendError(
          reply,
          req,
          415,
          "unsupported_media_type",
          "send the body as JSON with Content-Type: application/json",
        );
      case "FST_ERR_CTP_EMPTY_JSON_BODY":
        return sendError(reply, req, 400, "bad_request", "the body is empty; send a JSON object");
      case "FST_ERR_CTP_INVALID_JSON_BODY":
        return sendError(reply, req, 400, "bad_json", `the body is not valid JSON: ${err.message}`);
      case "rate_limited":
        return sendError(reply, req, 429, "rate_limited", err.message);
    }
    const status = err.statusCode ?? 500;
    if (status === 400 && err instanceof SyntaxError)
      return sendError(reply, req, 400, "bad_json", `the body is not valid JSON: ${err.message}`);
    if (status >= 400 && status < 500) return sendError(reply, req, status, err.code ?? "bad_request", err.message);
    req.log.error(err);
    return sendError(reply, req, 500, "internal", "internal error; the server log has the details");
  });
  app.setNotFoundHandler((req, reply) =>
    sendError(reply, req, 404, "not_found", `no route ${req.method} ${req.url.split("?")[0]}`),
  );

  app.addHook("onResponse", async (req, reply) => {
    metrics.observe(req.routeOptions.url ?? "(unmatched)", req.method, reply.statusCode, reply.elapsedTime / 1000);
  });

  // API keys: checked before the rate limiter, which keys its counters by the key when one is valid.
  app.addHook("onRequest", async (req, reply) => {
    if (!isApi(req.url)) return;
    const key = requestKey(req.headers);
    if (key !== null) {
      const rec = keys.lookup(key);
      if (!rec) return sendError(reply, req, 401, "bad_key", "the API key is not valid");
      keyOf.set(req, rec.id);
    } else if (options.requireKey) {
      return sendError(
        reply,
        req,
        401,
        "key_required",
        "this server needs an API key: send Authorization: Bearer <key>",
      );
    }
  });

  if (options.rateLimit !== false) {
    const rl: RateLimitOptions = { perIp: 120, perKey: 600, windowMs: 60_000, ...(options.rateLimit ?? {}) };
    await app.register(rateLimit, {
      global: true,
      timeWindow: rl.windowMs,
      max: (req, key) => (key.startsWith("key:") ? rl.perKey : rl.perIp),
      keyGenerator: (req) => {
        const id = keyOf.get(req);
        return id !== undefined ? `key:${id}` : `ip:${req.ip}`;
      },
      allowList: (req) => !isApi(req.url),
      errorResponseBuilder: (_req, ctx) => ({
        statusCode: 429,
        code: "rate_limited",
        message: `rate limit of ${ctx.max} requests exceeded; retry in ${ctx.after}`,
      }),
    });
  }

  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Namewright API",
        version: "0.1.0",
        description:
          "Business description -> ranked domain names. POST /v1/suggest answers exactly " +
          '{"suggestions":[{"domain","confidence"}],"status":"success"} or the blocked form; more fields only with "explain": true.',
      },
    },
  });

  const route = { tags: ["suggest"] };
  const suggestSchema = {
    ...route,
    summary: "Suggest domain names for a business description",
    body: suggestBodySchema,
    response: {
      200: suggestReplySchema,
      400: errorSchema,
      413: errorSchema,
      429: errorSchema,
      503: errorSchema,
      504: errorSchema,
    },
  };

  const suggestHandler = async (req: FastifyRequest<{ Body: SuggestBody }>): Promise<SuggestReply> => {
    const body = req.body;
    if (body.check && !options.checker)
      throw new InputError(
        "check_unavailable",
        'availability checking is not configured on this server; send the request without "check"',
      );
    const uid = experiment ? userIdOf(req) : null;
    const variant = experiment && uid ? assignVariant(experiment, uid) : null;
    const count = body.count ?? 10;
    const liked = body.more_like ?? [];
    const excluded = new Set((body.exclude ?? []).map((d) => d.toLowerCase()));
    // "More like this" and paging draw from a longer fresh list, then re-rank and cut to the count asked.
    const asked =
      liked.length > 0 || excluded.size > 0 ? Math.min(100, Math.max(count * 3, 30) + excluded.size) : count;
    const outcome = await pool.run({
      description: body.business_description,
      generator: variant?.generator ?? generator,
      options: optionsOf(body, asked),
    });
    if (!outcome.ok) {
      metrics.outcome("error");
      if (outcome.error.kind === "input") throw new InputError(outcome.error.code, outcome.error.message);
      throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
    }
    let result = outcome.result;
    if (result.status === "success" && asked !== count) {
      const kept = result.suggestions.filter((s) => !excluded.has(s.domain));
      result = { ...result, suggestions: (liked.length > 0 ? rerankToward(kept, liked) : kept).slice(0, count) };
    }
    metrics.outcome(result.status);
    const reply = toReply(result, body, experiment && variant ? { id: experiment.id, variant: variant.id } : null);
    if (body.check && options.checker && reply.suggestions.length > 0) {
      const found = await options.checker.checkDomains(
        reply.suggestions.map((s) => s.domain),
        { timeoutMs: Math.max(1000, (options.inferenceTimeoutMs ?? 10_000) / 2) },
      );
      const byDomain = new Map(found.map((a) => [a.domain, a.available]));
      for (const s of reply.suggestions) s.available = byDomain.get(s.domain) ?? null;
    }
    if (experiment && variant && uid && options.events) {
      const user = userKey(uid);
      await options.events.expose(experiment.id, variant.id, user);
      if (result.status === "success")
        await options.events.record({ type: "impression", user, experiment: experiment.id, variant: variant.id });
    }
    return reply;
  };
  app.post("/v1/suggest", { schema: suggestSchema }, suggestHandler);
  app.post(
    "/suggest",
    { schema: { ...suggestSchema, summary: "Alias of POST /v1/suggest (the homework's path)" } },
    suggestHandler,
  );

  if (options.checker) {
    const checker = options.checker;
    app.get<{ Querystring: CheckQuery }>(
      "/v1/check",
      { schema: { tags: ["check"], summary: "Is a domain registrable?", querystring: checkQuerySchema } },
      async (req) => {
        const [r] = await checker.checkDomains([req.query.domain.toLowerCase()]);
        return r ?? { domain: req.query.domain, available: null };
      },
    );
  }

  if (options.events) {
    const events = options.events;
    app.post<{ Body: EventBody }>(
      "/v1/events",
      {
        schema: {
          tags: ["experiments"],
          summary: "Record a user event (impression, copy, save, like, dislike, more_like_this)",
          description: "The user is the page's cookie or an X-User-Id header. The 200 comes after the event is stored.",
          body: eventBodySchema,
          response: { 200: { type: "object", properties: { status: { type: "string" } } }, 400: errorSchema },
        },
      },
      async (req) => {
        const uid = userIdOf(req);
        if (!uid)
          throw new InputError(
            "no_user",
            "no user id: send the nw_uid cookie (set by the page) or an X-User-Id header",
          );
        const variant = experiment ? assignVariant(experiment, uid) : null;
        await events.record({
          type: req.body.type,
          user: userKey(uid),
          experiment: experiment?.id ?? null,
          variant: variant?.id ?? null,
          domain: req.body.domain?.toLowerCase() ?? null,
        });
        return { status: "ok" };
      },
    );
  }

  app.post<{ Body: ChatBody }>(
    "/v1/chat/completions",
    {
      schema: {
        tags: ["openai"],
        summary: "OpenAI-compatible chat completions, answered by the embedded name model",
        description:
          "The last user message is read as a business description; the reply lists domain names, one per line " +
          '(with response_format {"type":"json_object"}: the /v1/suggest JSON). Not a general-purpose chat model.',
        body: chatBodySchema,
      },
    },
    async (req) => {
      const body = req.body;
      if (body.stream) throw new InputError("stream_unsupported", 'streaming is not supported; send "stream": false');
      const text = lastUserText(body);
      const outcome = await pool.run({ description: text, generator: chatGenerator, options: { count: 10 } });
      if (!outcome.ok) {
        if (outcome.error.kind === "input") throw new InputError(outcome.error.code, outcome.error.message);
        throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
      }
      const r = toReply(outcome.result, { business_description: text }, null);
      const json = body.response_format?.type === "json_object" || body.response_format?.type === "json_schema";
      const content = json
        ? JSON.stringify(r)
        : r.status === "blocked"
          ? BLOCKED_MESSAGE
          : r.suggestions.map((s) => s.domain).join("\n");
      return {
        id: `chatcmpl-${randomBytes(12).toString("hex")}`,
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model: body.model ?? CHAT_MODEL,
        choices: [
          {
            index: 0,
            message: { role: "assistant", content },
            finish_reason: r.status === "blocked" ? "content_filter" : "stop",
          },
        ],
      };
    },
  );
  app.get(
    "/v1/models",
    { schema: { tags: ["openai"], summary: "The model behind /v1/chat/completions" } },
    async () => ({
      object: "list",
      data: [{ id: CHAT_MODEL, object: "model", created: 0, owned_by: "namewright" }],
    }),
  );

  app.get("/healthz", { schema: { hide: true } }, async () => ({ status: "ok", generator, ...pool.stats() }));
  app.get("/metrics", { schema: { hide: true } }, async (_req, reply) => {
    void reply.type("text/plain; version=0.0.4; charset=utf-8");
    return metrics.render(pool.stats());
  });
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  registerPage(app, { checker: Boolean(options.checker), events: Boolean(options.events) });

  app.addHook("onClose", async () => {
    await pool.close();
  });
  await app.ready();
  if (options.warmUp !== false) await pool.ready();
  return app;
}
