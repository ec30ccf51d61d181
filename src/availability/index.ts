/**
 * Domain availability: RDAP at the registry (the only source of "available"), a DNS pre-check, zone-file
 * indexes and a SQLite cache for "taken", one polite shared queue, a time budget per call, and an offline
 * prior that is an estimate and says so. See README.md ("Availability").
 */
export {
  checkDomains,
  normalizeDomain,
  DEFAULT_BUDGET_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  type CheckOptions,
  type ZoneLookup,
} from "./check.js";
export {
  loadBootstrap,
  parseBootstrap,
  updateBootstrap,
  shippedBootstrapPath,
  RdapBootstrap,
  IANA_DNS_BOOTSTRAP_URL,
  BOOTSTRAP_ENV,
  type UpdateBootstrapOptions,
} from "./bootstrap.js";
export { HostScheduler, sharedScheduler, DeadlineError, HostPausedError, type SchedulerOptions } from "./scheduler.js";
export { queryRdap, interpretDomainObject, retryAfterMs, type RdapContext } from "./rdap.js";
export { DnsPrecheck, type DnsPrecheckOptions, type DnsVerdict } from "./dns.js";
export {
  AvailabilityCache,
  defaultCachePath,
  DEFAULT_TTLS,
  CACHE_ENV,
  type CacheTtls,
  type CacheOptions,
  type CachedAnswer,
} from "./cache.js";
export { registeredPrior, registeredPriorIn, labelRegisteredPrior } from "./prior.js";
export { AvailabilityDataError, AvailabilityInputError } from "./errors.js";
export {
  DEFAULT_HOST_LIMITS,
  type AvailabilityResult,
  type AvailabilityStatus,
  type AvailabilitySource,
  type HostLimits,
} from "./types.js";
