/**
 * checkDomains: the availability of many names within one time budget, cheapest evidence first:
 *
 *   cache (a recent definite answer) -> zone index (in the zone file: taken) -> DNS (NS/SOA: taken)
 *   -> RDAP at the TLD's registry (the only source of "available")
 *
 * RDAP requests go through one shared scheduler (per-host concurrency, spacing and 429 pauses). When the
 * budget runs out, requests in flight are aborted and every name without an answer is "unknown" with the
 * reason, so a caller never waits past the budget. Offline, nothing leaves the machine: cache and zone
 * answer what they can and the rest get the word-statistics prior, marked as an estimate.
 */
import { validateDomain } from "../domain/index.js";
import { loadBootstrap, type RdapBootstrap } from "./bootstrap.js";
import type { AvailabilityCache } from "./cache.js";
import type { DnsPrecheck } from "./dns.js";
import { AvailabilityInputError } from "./errors.js";
import { registeredPrior } from "./prior.js";
import { queryRdap } from "./rdap.js";
import { sharedScheduler, type HostScheduler } from "./scheduler.js";
import type { AvailabilityResult } from "./types.js";

/** Membership of one TLD's zone file (see zone/); a hit means registered and delegated. */
export interface ZoneLookup {
  readonly tld: string;
  /** Where the zone came from and its date, for reasons. */
  readonly label: string;
  has(domain: string): boolean;
}

export interface CheckOptions {
  /** A loaded bootstrap or the path of one; default: NAMEWRIGHT_RDAP_BOOTSTRAP or the shipped snapshot. */
  bootstrap?: RdapBootstrap | string;
  /** Default: the process-wide scheduler (one queue and one set of host limits for every caller). */
  scheduler?: HostScheduler;
  /** The whole call's time limit (ms); default 10,000. */
  budgetMs?: number;
  /** One RDAP request's limit (ms); default 5,000. */
  timeoutMs?: number;
  /** Retries after 429 / 503 with Retry-After; default 2. */
  maxRetries?: number;
  /** A DNS pre-check; none when absent. */
  dns?: DnsPrecheck;
  /** A cache to read and fill; none when absent. */
  cache?: AvailabilityCache;
  /** Zone indexes, one per TLD. */
  zones?: readonly ZoneLookup[];
  /** No network: cache and zones only, then the prior (an estimate, status "unknown", source "prior"). */
  offline?: boolean;
  fetch?: typeof fetch;
}

export const DEFAULT_BUDGET_MS = 10_000;
/** One RDAP request's limit when the caller sets none. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 5000;

/** The ASCII form of a valid registrable domain, or an AvailabilityInputError naming what is wrong. */
export function normalizeDomain(name: string): string {
  const v = validateDomain(name);
  if (!v.valid || !v.ascii)
    throw new AvailabilityInputError(
      "invalid_domain",
      `"${name}" is not a valid domain: ${v.errors.map((e) => e.message).join("; ")}`,
    );
  return v.ascii.toLowerCase();
}

/**
 * Checks every name (validated first: one invalid name throws AvailabilityInputError before any look-up).
 * Results come in the input's order, one per input; repeated names are looked up once.
 */
export async function checkDomains(
  domains: readonly string[],
  options: CheckOptions = {},
): Promise<AvailabilityResult[]> {
  const names = domains.map(normalizeDomain);
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  if (!(budgetMs >= 0)) throw new AvailabilityInputError("bad_option", `the time budget must be >= 0 ms`);
  const deadline = Date.now() + budgetMs;
  const bootstrap =
    typeof options.bootstrap === "string" ? loadBootstrap(options.bootstrap) : (options.bootstrap ?? loadBootstrap());
  const zones = new Map((options.zones ?? []).map((z) => [z.tld, z]));
  const controller = new AbortController();
  const answers = new Map<string, AvailabilityResult>();
  const unique = [...new Set(names)];

  const one = async (domain: string): Promise<void> => {
    const r = await checkOne(domain, options, bootstrap, zones, deadline, controller.signal);
    if (!controller.signal.aborted) answers.set(domain, r);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const budget = new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now()))));
  try {
    await Promise.race([Promise.all(unique.map(one)), budget]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return names.map(
    (d) =>
      answers.get(d) ?? {
        domain: d,
        status: "unknown",
        source: "rdap",
        reason: `the time budget (${budgetMs} ms) ran out before an answer`,
      },
  );
}

async function checkOne(
  domain: string,
  options: CheckOptions,
  bootstrap: RdapBootstrap,
  zones: ReadonlyMap<string, ZoneLookup>,
  deadline: number,
  signal: AbortSignal,
): Promise<AvailabilityResult> {
  const cache = options.cache;
  const cached = safely(() => cache?.get(domain));
  if (cached) {
    const age = Math.max(0, Math.round((Date.now() - cached.checkedAt) / 1000));
    const why = cached.result.reason ? `: ${cached.result.reason}` : "";
    return { ...cached.result, source: "cache", reason: `${cached.result.source} answer ${age} s ago${why}` };
  }
  const tld = domain.slice(domain.lastIndexOf(".") + 1);
  const zone = zones.get(tld);
  if (zone?.has(domain))
    return remember(cache, { domain, status: "taken", source: "zone", reason: `in ${zone.label}` });
  const notInZone = zone ? `not in ${zone.label}; ` : "";
  if (options.offline) {
    const p = registeredPrior(domain);
    return {
      domain,
      status: "unknown",
      source: "prior",
      reason: `${notInZone}offline: estimated P(registered) = ${p.toFixed(2)} from word statistics, not a look-up`,
      prior: p,
    };
  }
  if (options.dns) {
    const v = await options.dns.check(domain);
    if (v.delegated) return remember(cache, { domain, status: "taken", source: "dns", reason: v.reason });
  }
  const r = await queryRdap(domain, {
    bootstrap,
    scheduler: options.scheduler ?? sharedScheduler(),
    deadline,
    timeoutMs: options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? 2,
    fetch: options.fetch ?? fetch,
    signal,
  });
  if (r.status === "unknown" && notInZone) r.reason = `${notInZone}${r.reason ?? ""}`;
  return signal.aborted ? r : remember(cache, r);
}

function remember(cache: AvailabilityCache | undefined, r: AvailabilityResult): AvailabilityResult {
  safely(() => cache?.put(r));
  return r;
}

/** A cache that fails (locked past its timeout, disk full) must not fail the check: it is only a cache. */
function safely<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
