/**
 * The server layer: the HTTP API and web page (app.ts), the inference worker pool, API keys, metrics and
 * A/B experiments with their event store (ab/).
 */
export { createServer, describeValidation } from "./app.js";
export type { ServerOptions, RateLimitOptions, AvailabilityChecker, AvailabilityResult } from "./app.js";
export { WorkerPool, PoolBusyError, PoolTimeoutError, PoolClosedError } from "./pool.js";
export type { PoolOptions, PoolStats } from "./pool.js";
export { ApiKeys, createApiKey, hashApiKey, requestKey } from "./keys.js";
export type { StoredKey } from "./keys.js";
export { labelSimilarity, rerankToward } from "./similar.js";
export { suggestBodySchema, suggestReplySchema, EVENT_TYPES } from "./schema.js";
export type { SuggestBody, SuggestReply, SuggestionOut, EventType } from "./schema.js";
export * from "./ab/index.js";
export { availabilityChecker, CHECK_BUDGET_MS } from "./availability.js";
