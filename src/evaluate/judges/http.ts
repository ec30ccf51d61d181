/**
 * An LLM judge over any OpenAI-compatible chat-completions endpoint (llama.cpp server, Ollama, vLLM, a
 * hosted API). Temperature 0, JSON-schema structured output (`response_format: {type: "json_schema"}`),
 * retries with exponential backoff on 408/409/429/5xx and network errors (honouring Retry-After), an
 * on-disk cache keyed by the content hash of the request, and pairwise comparison in both orders.
 *
 * Configuration from the environment (httpJudgeFromEnv):
 *   NAMEWRIGHT_JUDGE_BASE_URL  e.g. http://127.0.0.1:8080/v1   (required)
 *   NAMEWRIGHT_JUDGE_MODEL     model name the server expects   (required)
 *   NAMEWRIGHT_JUDGE_API_KEY   bearer token, when the server wants one
 */
import { EvalError } from "../errors.js";
import { JudgeCache, contentKey } from "./cache.js";
import { PAIRWISE_SCHEMA, POINTWISE_SCHEMA, pairwiseMessages, pointwiseMessages, type ChatMessage } from "./prompt.js";
import { PairwiseReply, PointwiseReply, extractJson } from "./parse.js";
import {
  combineOrders,
  type JudgeInput,
  type Judgement,
  type NameJudge,
  type PairJudgement,
  type PairVerdict,
  type PairwiseJudge,
} from "./types.js";

export interface HttpJudgeOptions {
  /** Base URL up to and including the API version, e.g. "http://127.0.0.1:8080/v1". */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Per-request time limit (default 60 s). */
  timeoutMs?: number;
  /** Retries after the first try (default 4). */
  maxRetries?: number;
  /** First backoff delay; doubles each retry, with jitter (default 500 ms). */
  backoffMs?: number;
  /** Longest wait for one retry, including Retry-After (default 30 s). */
  maxBackoffMs?: number;
  /** Cache folder; null = memory only (default ".cache/judge"). */
  cacheDir?: string | null;
  /** "json_schema" (default), "json_object" for servers without schema support, or "none". */
  structuredOutput?: "json_schema" | "json_object" | "none";
  /** Largest reply body read (default 1 MiB). */
  maxResponseBytes?: number;
}

interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  temperature: 0;
  max_tokens: number;
  response_format?: unknown;
}

const RETRYABLE = new Set([408, 409, 425, 429, 500, 502, 503, 504]);

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export class HttpJudge implements NameJudge, PairwiseJudge {
  readonly id: string;
  private readonly o: Required<Omit<HttpJudgeOptions, "apiKey" | "cacheDir">> & { apiKey?: string };
  private readonly cache: JudgeCache;
  /** Requests sent over the network (cache misses, including retries): for tests and cost reports. */
  requests = 0;

  constructor(opts: HttpJudgeOptions) {
    let url: URL;
    try {
      url = new URL(opts.baseUrl);
    } catch {
      throw new EvalError(
        "judge_bad_url",
        `judge base URL "${opts.baseUrl}" is not a URL; set NAMEWRIGHT_JUDGE_BASE_URL like http://127.0.0.1:8080/v1`,
      );
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new EvalError("judge_bad_url", `judge base URL must be http(s), got ${url.protocol}`);
    if (!opts.model)
      throw new EvalError("judge_no_model", "the HTTP judge needs a model name (NAMEWRIGHT_JUDGE_MODEL)");
    this.o = {
      baseUrl: opts.baseUrl.replace(/\/+$/, ""),
      model: opts.model,
      ...(opts.apiKey ? { apiKey: opts.apiKey } : {}),
      timeoutMs: opts.timeoutMs ?? 60_000,
      maxRetries: opts.maxRetries ?? 4,
      backoffMs: opts.backoffMs ?? 500,
      maxBackoffMs: opts.maxBackoffMs ?? 30_000,
      structuredOutput: opts.structuredOutput ?? "json_schema",
      maxResponseBytes: opts.maxResponseBytes ?? 1024 * 1024,
    };
    this.id = `http:${opts.model}`;
    this.cache = new JudgeCache(
      opts.cacheDir === undefined ? ".cache/judge" : opts.cacheDir,
      `http-${contentKey(opts.model).slice(0, 12)}`,
    );
  }

  async judge(inputs: readonly JudgeInput[]): Promise<Judgement[]> {
    const out: Judgement[] = [];
    for (const inp of inputs) {
      const reply = PointwiseReply.parse(
        await this.complete(
          pointwiseMessages(inp.description, inp.display),
          "pointwise_judgement",
          POINTWISE_SCHEMA,
          (v) => PointwiseReply.safeParse(v).success,
        ),
      );
      out.push({ score: reply.score, ...(reply.reason ? { reason: reply.reason } : {}) });
    }
    return out;
  }

  async comparePair(description: string, a: string, b: string): Promise<PairJudgement> {
    const ask = async (first: string, second: string): Promise<PairVerdict> =>
      PairwiseReply.parse(
        await this.complete(
          pairwiseMessages(description, first, second),
          "pairwise_judgement",
          PAIRWISE_SCHEMA,
          (v) => PairwiseReply.safeParse(v).success,
        ),
      ).winner;
    const forward = await ask(a, b);
    const swapped = await ask(b, a);
    const reversed: PairVerdict = swapped === "A" ? "B" : swapped === "B" ? "A" : "tie";
    return combineOrders(forward, reversed);
  }

  async close(): Promise<void> {
    // fetch keeps no handles of ours; the cache is append-only and already on disk.
  }

  private request(messages: ChatMessage[], schemaName: string, schema: unknown): ChatRequest {
    const req: ChatRequest = { model: this.o.model, messages, temperature: 0, max_tokens: 200 };
    if (this.o.structuredOutput === "json_schema")
      req.response_format = { type: "json_schema", json_schema: { name: schemaName, strict: true, schema } };
    else if (this.o.structuredOutput === "json_object") req.response_format = { type: "json_object" };
    return req;
  }

  /** Sends one chat completion (cached), returning the reply's parsed JSON that passes `valid`. */
  private async complete(
    messages: ChatMessage[],
    schemaName: string,
    schema: unknown,
    valid: (v: unknown) => boolean,
  ): Promise<unknown> {
    const body = this.request(messages, schemaName, schema);
    const key = contentKey(body);
    const hit = this.cache.get(key);
    if (hit !== undefined && valid(hit)) return hit;
    let lastError = "";
    let lastRetryAfter: number | null = null;
    for (let attempt = 0; attempt <= this.o.maxRetries; attempt++) {
      if (attempt > 0) await sleep(this.delay(attempt, lastRetryAfter));
      lastRetryAfter = null;
      this.requests++;
      let status: number;
      let text: string;
      const ac = new AbortController();
      const timer = setTimeout(() => ac.abort(), this.o.timeoutMs);
      try {
        const res = await fetch(`${this.o.baseUrl}/chat/completions`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(this.o.apiKey ? { authorization: `Bearer ${this.o.apiKey}` } : {}),
          },
          body: JSON.stringify(body),
          signal: ac.signal,
        });
        status = res.status;
        const ra = res.headers.get("retry-after");
        if (ra !== null && Number.isFinite(Number(ra))) lastRetryAfter = Number(ra) * 1000;
        text = await readBounded(res, this.o.maxResponseBytes);
      } catch (e) {
        lastError = ac.signal.aborted
          ? `timed out after ${this.o.timeoutMs} ms`
          : `network error: ${(e as Error).message}`;
        continue;
      } finally {
        clearTimeout(timer);
      }
      if (status < 200 || status >= 300) {
        lastError = `HTTP ${status}: ${text.slice(0, 200)}`;
        if (RETRYABLE.has(status)) continue;
        throw new EvalError(
          `judge_http_${status}`,
          `the judge endpoint answered ${lastError}; check NAMEWRIGHT_JUDGE_BASE_URL, _MODEL and _API_KEY`,
        );
      }
      const content = messageContent(text);
      const parsed = content === null ? null : extractJson(content);
      if (parsed !== null && valid(parsed)) {
        this.cache.set(key, parsed);
        return parsed;
      }
      lastError = `unparseable reply: ${(content ?? text).slice(0, 200)}`;
    }
    throw new EvalError(
      "judge_failed",
      `the judge gave no usable answer after ${this.o.maxRetries + 1} tries (${lastError})`,
    );
  }

  private delay(attempt: number, retryAfterMs: number | null): number {
    const exp = Math.min(this.o.maxBackoffMs, this.o.backoffMs * 2 ** (attempt - 1));
    // Jitter in [exp/2, exp] spreads concurrent retries; Retry-After, when given, is a floor.
    const base = exp / 2 + (Math.random() * exp) / 2;
    return Math.min(this.o.maxBackoffMs, Math.max(base, retryAfterMs ?? 0));
  }
}

async function readBounded(res: Response, max: number): Promise<string> {
  const len = Number(res.headers.get("content-length"));
  if (Number.isFinite(len) && len > max) throw new Error(`reply of ${len} bytes exceeds ${max}`);
  const buf = new Uint8Array(await res.arrayBuffer());
  if (buf.byteLength > max) throw new Error(`reply of ${buf.byteLength} bytes exceeds ${max}`);
  return new TextDecoder().decode(buf);
}

/** choices[0].message.content of a chat-completions reply, or null. */
function messageContent(body: string): string | null {
  try {
    const j = JSON.parse(body) as { choices?: { message?: { content?: unknown } }[] };
    const c = j.choices?.[0]?.message?.content;
    if (typeof c === "string") return c;
    if (c && typeof c === "object") return JSON.stringify(c);
    return null;
  } catch {
    return null;
  }
}

/** The HTTP judge configured from NAMEWRIGHT_JUDGE_BASE_URL, _MODEL, _API_KEY. */
export function httpJudgeFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  extra: Partial<HttpJudgeOptions> = {},
): HttpJudge {
  const baseUrl = env.NAMEWRIGHT_JUDGE_BASE_URL;
  const model = env.NAMEWRIGHT_JUDGE_MODEL;
  if (!baseUrl || !model)
    throw new EvalError(
      "judge_not_configured",
      "set NAMEWRIGHT_JUDGE_BASE_URL (e.g. http://127.0.0.1:8080/v1) and NAMEWRIGHT_JUDGE_MODEL to use the HTTP judge",
    );
  return new HttpJudge({
    baseUrl,
    model,
    ...(env.NAMEWRIGHT_JUDGE_API_KEY ? { apiKey: env.NAMEWRIGHT_JUDGE_API_KEY } : {}),
    ...extra,
  });
}
