/**
 * The server's availability checker: src/availability's checkDomains (RDAP with the IANA bootstrap, the shared
 * per-host queue, a time budget) behind the server's AvailabilityChecker interface. `available` is true only
 * when the registry's authoritative RDAP server said the name is not registered; registered and reserved names
 * are false; everything the budget, the network or the registry left open is null ("could not tell"), with the
 * status, source and reason kept beside it.
 */
import { checkDomains, type CheckOptions } from "../availability/index.js";
import type { AvailabilityChecker, AvailabilityResult } from "./app.js";

/** Default time budget of one request's check, in ms: an answer is never held longer for availability. */
export const CHECK_BUDGET_MS = 2000;

export function availabilityChecker(options: CheckOptions = {}): AvailabilityChecker {
  return {
    async checkDomains(domains: string[], opts: { timeoutMs?: number } = {}): Promise<AvailabilityResult[]> {
      const results = await checkDomains(domains, { ...options, budgetMs: opts.timeoutMs ?? CHECK_BUDGET_MS });
      return results.map((r) => ({
        domain: r.domain,
        available: r.status === "available" ? true : r.status === "taken" || r.status === "reserved" ? false : null,
        status: r.status,
        source: r.source,
        ...(r.reason !== undefined ? { reason: r.reason } : {}),
      }));
    },
  };
}
