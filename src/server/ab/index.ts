/**
 * A/B experiments: the config (experiments.ts), the event store (SQLite by default, Postgres with
 * DATABASE_URL) and the report.
 */
import { join } from "node:path";
import type { EventStore, SqliteStoreOptions } from "./store.js";
import { SqliteEventStore } from "./store.js";

export { parseExperiments, loadExperiments, assignVariant, bucketOf, userKey } from "./experiments.js";
export type { Experiment, Variant } from "./experiments.js";
export { SqliteEventStore } from "./store.js";
export type { EventStore, StoredEvent, VariantCounts, SqliteStoreOptions } from "./store.js";
export { PostgresEventStore } from "./postgres.js";
export { MIGRATIONS } from "./migrations.js";
export { abReport, formatAbReport, wilson, twoProportionTest, sampleSizePerVariant } from "./report.js";
export type { AbReport, Comparison, VariantStats, ReportOptions } from "./report.js";

/** The file name of the SQLite store inside a data directory. */
export const EVENTS_FILE = "events.sqlite";

/** Postgres when a connection string is given (DATABASE_URL), else SQLite under the data directory. */
export async function openEventStore(
  options: { dataDir: string; databaseUrl?: string } & SqliteStoreOptions,
): Promise<EventStore> {
  if (options.databaseUrl) {
    const { PostgresEventStore } = await import("./postgres.js");
    return PostgresEventStore.open(options.databaseUrl);
  }
  return new SqliteEventStore(join(options.dataDir, EVENTS_FILE), options);
}
