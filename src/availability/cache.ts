/**
 * A SQLite cache of availability answers (better-sqlite3), shared safely by processes on one machine:
 * WAL journaling lets readers run beside a writer, busy_timeout makes a writer wait for another instead of
 * failing, and every write is a single upsert statement (atomic).
 *
 * TTLs: an available name can be registered by anyone at any minute, so "available" is kept briefly; a
 * registered name leaves the registry only after expiry, the 30-day redemption period and 5 days of
 * pending delete (ICANN's Expired Registration Recovery Policy), so "taken" and "reserved" keep for a day.
 * "unknown" is never stored: it says nothing about the name.
 */
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import type Database from "better-sqlite3";
import { AvailabilityDataError } from "./errors.js";
import type { AvailabilityResult, AvailabilitySource, AvailabilityStatus } from "./types.js";

export interface CacheTtls {
  availableMs: number;
  takenMs: number;
  reservedMs: number;
}

export const DEFAULT_TTLS: CacheTtls = {
  availableMs: 10 * 60 * 1000,
  takenMs: 24 * 60 * 60 * 1000,
  reservedMs: 24 * 60 * 60 * 1000,
};

export const CACHE_ENV = "NAMEWRIGHT_AVAILABILITY_CACHE";

/** The native SQLite binding, loaded on first open: importing the library must not load an addon it may not use. */
let sqlite: typeof Database | undefined;
function openDatabase(path: string, options: Database.Options): Database.Database {
  sqlite ??= createRequire(import.meta.url)("better-sqlite3") as typeof Database;
  return new sqlite(path, options);
}

export interface CacheOptions {
  ttls?: Partial<CacheTtls>;
  /** Clock (epoch ms), injectable for tests. */
  now?: () => number;
}

export interface CachedAnswer {
  result: AvailabilityResult;
  /** When the original look-up answered (epoch ms). */
  checkedAt: number;
}

interface Row {
  status: AvailabilityStatus;
  source: AvailabilitySource;
  reason: string | null;
  checked_at: number;
}

/** $NAMEWRIGHT_AVAILABILITY_CACHE, else $XDG_CACHE_HOME/namewright/availability.sqlite, else ~/.cache/... */
export function defaultCachePath(): string {
  const env = process.env[CACHE_ENV];
  if (env) return env;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(base, "namewright", "availability.sqlite");
}

export class AvailabilityCache {
  private readonly db: Database.Database;
  private readonly ttls: CacheTtls;
  private readonly now: () => number;
  private readonly getStmt: Database.Statement<[string, number]>;
  private readonly putStmt: Database.Statement<[string, string, string, string | null, number, number]>;

  private constructor(db: Database.Database, options: CacheOptions) {
    this.db = db;
    this.ttls = { ...DEFAULT_TTLS, ...options.ttls };
    this.now = options.now ?? Date.now;
    this.getStmt = db.prepare(
      "SELECT status, source, reason, checked_at FROM availability WHERE domain = ? AND expires_at > ?",
    );
    this.putStmt = db.prepare(
      `INSERT INTO availability (domain, status, source, reason, checked_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(domain) DO UPDATE SET status = excluded.status, source = excluded.source,
         reason = excluded.reason, checked_at = excluded.checked_at, expires_at = excluded.expires_at`,
    );
  }

  /** Opens (creating when absent) the cache file; ":memory:" gives a private in-memory cache. */
  static open(path: string = defaultCachePath(), options: CacheOptions = {}): AvailabilityCache {
    try {
      if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
      const db = openDatabase(path, { timeout: 5000 });
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      db.exec(`CREATE TABLE IF NOT EXISTS availability (
        domain TEXT PRIMARY KEY, status TEXT NOT NULL, source TEXT NOT NULL, reason TEXT,
        checked_at INTEGER NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID`);
      return new AvailabilityCache(db, options);
    } catch (e) {
      throw new AvailabilityDataError(
        "bad_cache",
        `cannot open the availability cache ${path}: ${(e as Error).message}`,
      );
    }
  }

  /** The stored answer for `domain` while it is fresh. */
  get(domain: string): CachedAnswer | undefined {
    const row = this.getStmt.get(domain, this.now()) as Row | undefined;
    if (!row) return undefined;
    const result: AvailabilityResult = { domain, status: row.status, source: row.source };
    if (row.reason !== null) result.reason = row.reason;
    return { result, checkedAt: row.checked_at };
  }

  /** Stores a definite answer (available, taken, reserved) from a look-up; others are ignored. */
  put(result: AvailabilityResult): boolean {
    const ttl =
      result.status === "available"
        ? this.ttls.availableMs
        : result.status === "taken"
          ? this.ttls.takenMs
          : result.status === "reserved"
            ? this.ttls.reservedMs
            : 0;
    if (ttl <= 0 || result.source === "cache" || result.source === "prior") return false;
    const now = this.now();
    this.putStmt.run(result.domain, result.status, result.source, result.reason ?? null, now, now + ttl);
    return true;
  }

  /** Deletes expired rows; returns how many. */
  prune(): number {
    return this.db.prepare("DELETE FROM availability WHERE expires_at <= ?").run(this.now()).changes;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
