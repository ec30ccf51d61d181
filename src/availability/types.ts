/**
 * Plain data of the availability module: what a check answers and where the answer came from.
 *
 * A status is a fact only when its source is authoritative: "available" comes from nothing but a 404 of the
 * TLD's own RDAP server (RFC 7480 §5.3), possibly remembered by the cache; "taken" may also come from a
 * delegation in the DNS or a zone file. Everything else is "unknown" with a reason a person can act on.
 */

export type AvailabilityStatus = "available" | "taken" | "reserved" | "unknown";

/** Where an answer came from; "prior" marks an offline estimate, never a fact. */
export type AvailabilitySource = "rdap" | "dns" | "zone" | "cache" | "prior";

export interface AvailabilityResult {
  /** The name as checked, in ASCII (A-label) form. */
  domain: string;
  status: AvailabilityStatus;
  source: AvailabilitySource;
  /** Why: the RDAP status mapped, the failure for "unknown", the cache's original source and age. */
  reason?: string;
  /**
   * Offline estimate of P(registered) in [0,1] (source "prior", status "unknown"); an estimate from word
   * statistics, never a look-up.
   */
  prior?: number;
}

/** Politeness limits for one RDAP host. */
export interface HostLimits {
  /** Requests in flight at once. */
  concurrency: number;
  /** Least time between two request starts (ms): 1000 / requests per second. */
  minIntervalMs: number;
}

/** Conservative defaults: registries publish limits of a few requests per second per client. */
export const DEFAULT_HOST_LIMITS: HostLimits = { concurrency: 2, minIntervalMs: 250 };
