/**
 * The event store: exposures (a user's first assignment to a variant, logged once) and events (impression,
 * copy, save, like, dislike, more_like_this). SQLite in WAL mode by default, one file under the data
 * directory; Postgres (postgres.ts) when DATABASE_URL is set, with the same tables and migrations, so
 * several servers can share one store.
 *
 * An event is acknowledged (the HTTP 200) only after its INSERT has committed. In WAL mode with
 * synchronous=NORMAL a committed transaction is in the WAL file before the call returns, so it survives the
 * process being killed (kill -9); only a power loss can lose the last commits, which synchronous=FULL
 * (`durability: "fsync"`) also rules out at the cost of an fsync per event.
 */
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { MIGRATIONS } from "./migrations.js";

export interface StoredEvent {
  type: string;
  /** The hashed user id (experiments.ts userKey). */
  user: string;
  experiment?: string | null;
  variant?: string | null;
  domain?: string | null;
  /** Milliseconds since the epoch (default: now). */
  at?: number;
}

export interface VariantCounts {
  variant: string;
  /** Users exposed to the variant. */
  exposed: number;
  /** Exposed users with at least one event of the metric's type. */
  converted: number;
  /** Events of the metric's type from exposed users. */
  events: number;
}

export interface EventStore {
  readonly kind: "sqlite" | "postgres";
  /** Records the user's exposure unless one exists; true when this call recorded it. */
  expose(experiment: string, variant: string, user: string, at?: number): Promise<boolean>;
  record(event: StoredEvent): Promise<void>;
  /** Many events in one transaction (simulations, imports). */
  recordMany(events: readonly StoredEvent[]): Promise<void>;
  exposeMany(rows: ReadonlyArray<{ experiment: string; variant: string; user: string; at?: number }>): Promise<void>;
  counts(experiment: string, metric: string): Promise<VariantCounts[]>;
  eventCount(): Promise<number>;
  /** The domains of all events, in insertion order (audits and tests). */
  domains(): Promise<string[]>;
  close(): Promise<void>;
}

export interface SqliteStoreOptions {
  /** "wal" (default): survives a killed process; "fsync": also survives a power loss. */
  durability?: "wal" | "fsync";
}

export const COUNTS_SQL = `
SELECT x.variant AS variant,
       COUNT(*) AS exposed,
       SUM(CASE WHEN c.n > 0 THEN 1 ELSE 0 END) AS converted,
       SUM(COALESCE(c.n, 0)) AS events
FROM exposures x
LEFT JOIN (SELECT user_id, COUNT(*) AS n FROM events WHERE experiment = $1 AND type = $2 GROUP BY user_id) c
  ON c.user_id = x.user_id
WHERE x.experiment = $1
GROUP BY x.variant
ORDER BY x.variant`;

export class SqliteEventStore implements EventStore {
  readonly kind = "sqlite" as const;
  private readonly db: Database.Database;
  private readonly insertEvent: Database.Statement;
  private readonly insertExposure: Database.Statement;

  constructor(file: string, options: SqliteStoreOptions = {}) {
    if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma(`synchronous = ${options.durability === "fsync" ? "FULL" : "NORMAL"}`);
    // Several processes may share the file (a CLI report while a server writes): wait for the lock.
    this.db.pragma("busy_timeout = 5000");
    this.migrate();
    this.insertEvent = this.db.prepare(
      "INSERT INTO events (at, type, user_id, experiment, variant, domain) VALUES (?, ?, ?, ?, ?, ?)",
    );
    this.insertExposure = this.db.prepare(
      "INSERT INTO exposures (experiment, user_id, variant, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
    );
  }

  private migrate(): void {
    this.db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)",
    );
    const done = new Set(
      (this.db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map((r) => r.version),
    );
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sqlite);
        this.db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)").run(m.version, Date.now());
      })();
    }
  }

  async expose(experiment: string, variant: string, user: string, at: number = Date.now()): Promise<boolean> {
    return this.insertExposure.run(experiment, user, variant, at).changes > 0;
  }

  async record(e: StoredEvent): Promise<void> {
    this.insertEvent.run(e.at ?? Date.now(), e.type, e.user, e.experiment ?? null, e.variant ?? null, e.domain ?? null);
  }

  async recordMany(events: readonly StoredEvent[]): Promise<void> {
    this.db.transaction(() => {
      for (const e of events)
        this.insertEvent.run(
          e.at ?? Date.now(),
          e.type,
          e.user,
          e.experiment ?? null,
          e.variant ?? null,
          e.domain ?? null,
        );
    })();
  }

  async exposeMany(
    rows: ReadonlyArray<{ experiment: string; variant: string; user: string; at?: number }>,
  ): Promise<void> {
    this.db.transaction(() => {
      for (const r of rows) this.insertExposure.run(r.experiment, r.user, r.variant, r.at ?? Date.now());
    })();
  }

  async counts(experiment: string, metric: string): Promise<VariantCounts[]> {
    const rows = this.db
      .prepare(COUNTS_SQL.replace(/\$1/g, "@experiment").replace(/\$2/g, "@metric"))
      .all({ experiment, metric }) as VariantCounts[];
    return rows.map((r) => ({
      variant: r.variant,
      exposed: Number(r.exposed),
      converted: Number(r.converted),
      events: Number(r.events),
    }));
  }

  async eventCount(): Promise<number> {
    return Number((this.db.prepare("SELECT COUNT(*) AS n FROM events").get() as { n: number }).n);
  }

  async domains(): Promise<string[]> {
    return (this.db.prepare("SELECT domain FROM events WHERE domain IS NOT NULL").all() as { domain: string }[]).map(
      (r) => r.domain,
    );
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
