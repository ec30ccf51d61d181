/**
 * One RDAP domain look-up (RFC 7482 §3.1.3: GET <base>domain/<name>) against the TLD's authoritative server
 * named by the bootstrap, and the mapping of its answer:
 *
 *   404                          -> available (RFC 7480 §5.3: the server has no such object)
 *   200 + a domain object        -> taken, or reserved when its status says "reserved" (RFC 9083 §4.6, §10.2.2;
 *                                   EPP statuses as RDAP values: RFC 8056)
 *   429, 503 with Retry-After    -> wait as asked (through the scheduler, so the whole host waits) and retry
 *   anything else                -> unknown, with the reason (timeouts, 5xx, other 4xx, redirects to another
 *                                   host, malformed or truncated JSON, a body over 1 MiB, no RDAP for the TLD)
 *
 * Redirects are followed only within the same host: a 404 from any other server is not the registry's word.
 */
import type { RdapBootstrap } from "./bootstrap.js";
import { DeadlineError, HostPausedError, type HostScheduler } from "./scheduler.js";
import type { AvailabilityResult } from "./types.js";

export interface RdapContext {
  bootstrap: RdapBootstrap;
  scheduler: HostScheduler;
  /** Epoch ms after which nothing new starts and in-flight requests are abandoned. */
  deadline: number;
  /** Longest single request (ms), capped by the time left. */
  timeoutMs: number;
  /** Retries after 429 / 503 (each waits for Retry-After or an exponential backoff). */
  maxRetries: number;
  fetch: typeof fetch;
  /** Aborts everything in flight (the caller's budget ran out). */
  signal?: AbortSignal;
}

/** A registry's answer fits well under this; more is not an RDAP domain object worth reading. */
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 3;
/** Backoff without Retry-After: 1 s, 2 s, 4 s ... */
const BACKOFF_BASE_MS = 1000;

type Fetched = { status: number; headers: Headers; body: string };

class FetchFailure extends Error {
  constructor(
    message: string,
    /** The connection closed before any answer: a kept-alive socket the server had just closed. Safe to send again. */
    readonly staleConnection = false,
  ) {
    super(message);
  }
}

const unknown = (domain: string, reason: string): AvailabilityResult => ({
  domain,
  status: "unknown",
  source: "rdap",
  reason,
});

/** Checks `domain` (ASCII, validated) over RDAP; never throws, never says "available" without a 404. */
export async function queryRdap(domain: string, ctx: RdapContext): Promise<AvailabilityResult> {
  const servers = ctx.bootstrap.serversFor(domain);
  const tld = domain.slice(domain.lastIndexOf(".") + 1);
  if (servers.length === 0)
    return unknown(domain, `.${tld} has no RDAP service in the bootstrap (${ctx.bootstrap.publication})`);
  let last: AvailabilityResult | undefined;
  for (const base of servers) {
    last = await queryServer(domain, new URL(`domain/${domain}`, base), ctx);
    // Only a network failure moves on to the TLD's next server; every HTTP answer is the registry's.
    if (!last.reason?.startsWith("network error")) return last;
  }
  return last as AvailabilityResult;
}

async function queryServer(domain: string, start: URL, ctx: RdapContext): Promise<AvailabilityResult> {
  let url = start;
  let redirects = 0;
  for (let attempt = 0; ;) {
    const host = url.host;
    // A host that asked everyone to wait (429 Retry-After) past this call's budget: say so now instead
    // of queueing until the budget runs out.
    const paused = ctx.scheduler.pausedUntil(host);
    if (paused >= ctx.deadline) return unknown(domain, new HostPausedError(host, paused).message);
    let res: Fetched;
    try {
      res = await ctx.scheduler.schedule(host, () => fetchOnce(url, ctx), ctx.deadline);
    } catch (e) {
      if (e instanceof HostPausedError) return unknown(domain, e.message);
      if (e instanceof DeadlineError) return unknown(domain, `time budget ran out while waiting for ${host}`);
      return unknown(domain, (e as Error).message);
    }
    const s = res.status;
    if (s === 404) return { domain, status: "available", source: "rdap", reason: `not found at ${host} (RDAP 404)` };
    if (s === 200) return interpretDomainObject(domain, res.body, host);
    if (s === 429 || (s === 503 && res.headers.has("retry-after"))) {
      const waitMs = retryAfterMs(res.headers.get("retry-after")) ?? BACKOFF_BASE_MS * 2 ** attempt;
      const until = Date.now() + waitMs;
      ctx.scheduler.pause(host, until);
      if (attempt >= ctx.maxRetries)
        return unknown(domain, `rate limited by ${host} (HTTP ${s}) after ${attempt + 1} tries`);
      if (until >= ctx.deadline)
        return unknown(
          domain,
          `rate limited by ${host} (HTTP ${s}); it asked to wait ${Math.ceil(waitMs / 1000)} s, past the time budget`,
        );
      attempt++;
      continue;
    }
    if (s >= 300 && s < 400) {
      const location = res.headers.get("location");
      let next: URL | undefined;
      try {
        next = location ? new URL(location, url) : undefined;
      } catch {
        next = undefined;
      }
      if (!next) return unknown(domain, `HTTP ${s} from ${host} without a usable Location`);
      if (next.host !== host)
        return unknown(domain, `${host} redirected to ${next.host}, which is not the registry's RDAP server`);
      if (++redirects > MAX_REDIRECTS) return unknown(domain, `too many redirects at ${host}`);
      url = next;
      continue;
    }
    if (s >= 500) return unknown(domain, `server error at ${host} (HTTP ${s})`);
    return unknown(domain, `unexpected HTTP ${s} from ${host}`);
  }
}

/** Retry-After as delay-seconds or an HTTP-date (RFC 9110 §10.2.3), in ms from now; undefined if absent/bad. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * One GET, sent a second time when the first found its pooled connection already closed by the server (a server's
 * keep-alive timeout, 5 s for Node's, can close an idle socket just as the client reuses it): an RDAP lookup is
 * idempotent, and without the retry the first name checked after a pause came back unknown.
 */
async function fetchOnce(url: URL, ctx: RdapContext): Promise<Fetched> {
  try {
    return await fetchAttempt(url, ctx);
  } catch (e) {
    if (e instanceof FetchFailure && e.staleConnection && ctx.deadline > Date.now()) return fetchAttempt(url, ctx);
    throw e;
  }
}

async function fetchAttempt(url: URL, ctx: RdapContext): Promise<Fetched> {
  const left = ctx.deadline - Date.now();
  if (left <= 0) throw new DeadlineError();
  const timeout = Math.min(ctx.timeoutMs, left);
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  ctx.signal?.addEventListener("abort", onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const res = await ctx.fetch(url, {
      signal: controller.signal,
      redirect: "manual",
      headers: { accept: "application/rdap+json, application/json;q=0.9" },
    });
    const body = await readLimited(res);
    return { status: res.status, headers: res.headers, body };
  } catch (e) {
    if (e instanceof FetchFailure) throw e;
    if (timedOut)
      throw new FetchFailure(
        timeout < ctx.timeoutMs
          ? `the time budget ran out waiting for ${url.host}`
          : `timed out after ${timeout} ms waiting for ${url.host}`,
      );
    if (controller.signal.aborted) throw new FetchFailure(`time budget ran out during the request to ${url.host}`);
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (e as Error).message;
    // "terminated" is a body cut off mid-answer; a socket error from fetch() itself means no answer had begun.
    if ((e as Error).message === "terminated" || cause?.code === "UND_ERR_SOCKET")
      throw new FetchFailure(
        `response from ${url.host} was cut off (${detail})`,
        (e as Error).message !== "terminated",
      );
    throw new FetchFailure(`network error reaching ${url.host} (${detail})`, cause?.code === "ECONNRESET");
  } finally {
    clearTimeout(timer);
    ctx.signal?.removeEventListener("abort", onAbort);
  }
}

async function readLimited(res: Response): Promise<string> {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new FetchFailure(`response larger than ${MAX_BODY_BYTES} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** RDAP statuses (RFC 8056 names) meaning "registered, but on its way out". */
const DELETING = ["redemption period", "pending delete", "pending restore"];

/** Maps a 200 answer: a domain object for this very name, or unknown with what was wrong. */
export function interpretDomainObject(domain: string, body: string, host: string): AvailabilityResult {
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    return unknown(domain, `malformed or truncated JSON from ${host}`);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    return unknown(domain, `malformed RDAP answer from ${host}: not a JSON object`);
  const o = doc as { objectClassName?: unknown; ldhName?: unknown; status?: unknown };
  if (o.objectClassName !== "domain")
    return unknown(domain, `malformed RDAP answer from ${host}: objectClassName is not "domain"`);
  if (typeof o.ldhName === "string" && o.ldhName.toLowerCase().replace(/\.$/, "") !== domain)
    return unknown(domain, `${host} answered for another name (${o.ldhName.slice(0, 80)})`);
  const statuses = Array.isArray(o.status)
    ? o.status.filter((s): s is string => typeof s === "string").map((s) => s.toLowerCase())
    : [];
  if (statuses.includes("reserved"))
    return { domain, status: "reserved", source: "rdap", reason: `reserved by the registry (${host})` };
  const deleting = statuses.find((s) => DELETING.includes(s));
  if (deleting)
    return { domain, status: "taken", source: "rdap", reason: `registered, in ${deleting}: it may be released later` };
  if (statuses.includes("inactive"))
    return { domain, status: "taken", source: "rdap", reason: "registered but not delegated (status inactive)" };
  return {
    domain,
    status: "taken",
    source: "rdap",
    reason: statuses.length > 0 ? `registered (${statuses.slice(0, 4).join(", ")})` : "registered",
  };
}
