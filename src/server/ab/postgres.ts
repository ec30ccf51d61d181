/**
 * The event store on Postgres (DATABASE_URL): the tables of migrations.ts, applied under an advisory lock so
 * that several servers starting at once migrate the database exactly once.
 */
import pg from "pg";
import { MIGRATIONS } from "./migrations.js";
import { COUNTS_SQL, type EventStore, type StoredEvent, type VariantCounts } from "./store.js";

/** pg_advisory_xact_lock key for migrations (any constant unique to this application). */
const MIGRATION_LOCK = 0x6e77_0001;

const INSERT_EVENT =
  "INSERT INTO events (at, type, user_id, experiment, variant, domain) VALUES ($1, $2, $3, $4, $5, $6)";
const INSERT_EXPOSURE =
  "INSERT INTO exposures (experiment, user_id, variant, at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING";

const eventRow = (e: StoredEvent): unknown[] => [
  e.at ?? Date.now(),
  e.type,
  e.user,
  e.experiment ?? null,
  e.variant ?? null,
  e.domain ?? null,
];

export class PostgresEventStore implements EventStore {
  readonly kind = "postgres" as const;

  private constructor(private readonly pool: pg.Pool) {}

  static async open(connectionString: string): Promise<PostgresEventStore> {
    const pool = new pg.Pool({ connectionString, max: 8 });
    // An idle client's connection error (the database restarting) must not crash the server.
    pool.on("error", () => {});
    const store = new PostgresEventStore(pool);
    try {
      await store.migrate();
    } catch (e) {
      await pool.end();
      throw e;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query("BEGIN");
      await c.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      await c.query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)",
      );
      const done = new Set(
        (await c.query<{ version: number }>("SELECT version FROM schema_migrations")).rows.map((r) => r.version),
      );
      for (const m of MIGRATIONS) {
        if (done.has(m.version)) continue;
        await c.query(m.postgres);
        await c.query("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)", [m.version, Date.now()]);
      }
      await c.query("COMMIT");
    } catch (e) {
      await c.query("ROLLBACK").catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  async expose(experiment: string, variant: string, user: string, at: number = Date.now()): Promise<boolean> {
    const r = await this.pool.query(INSERT_EXPOSURE, [experiment, user, variant, at]);
    return (r.rowCount ?? 0) > 0;
  }

  async record(e: StoredEvent): Promise<void> {
    await this.pool.query(INSERT_EVENT, eventRow(e));
  }

  private async inTransaction(run: (c: pg.PoolClient) => Promise<void>): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query("BEGIN");
      await run(c);
      await c.query("COMMIT");
    } catch (e) {
      await c.query("ROLLBACK").catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  async recordMany(events: readonly StoredEvent[]): Promise<void> {
    await this.inTransaction(async (c) => {
      for (const e of events) await c.query(INSERT_EVENT, eventRow(e));
    });
  }

  async exposeMany(
    rows: ReadonlyArray<{ experiment: string; variant: string; user: string; at?: number }>,
  ): Promise<void> {
    await this.inTransaction(async (c) => {
      for (const r of rows) await c.query(INSERT_EXPOSURE, [r.experiment, r.user, r.variant, r.at ?? Date.now()]);
    });
  }

  async counts(experiment: string, metric: string): Promise<VariantCounts[]> {
    const r = await this.pool.query<Record<keyof VariantCounts, string>>(COUNTS_SQL, [experiment, metric]);
    return r.rows.map((row) => ({
      variant: row.variant,
      exposed: Number(row.exposed),
      converted: Number(row.converted),
      events: Number(row.events),
    }));
  }

  async eventCount(): Promise<number> {
    const r = await this.pool.query<{ n: string }>("SELECT COUNT(*) AS n FROM events");
    return Number(r.rows[0]!.n);
  }

  async domains(): Promise<string[]> {
    const r = await this.pool.query<{ domain: string }>(
      "SELECT domain FROM events WHERE domain IS NOT NULL ORDER BY id",
    );
    return r.rows.map((row) => row.domain);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
