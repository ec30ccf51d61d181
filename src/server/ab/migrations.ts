/**
 * The event store's schema, one migration per version, in both dialects. Applied in order at open; the
 * versions applied are kept in schema_migrations. A new migration is appended, never edited.
 * Times are milliseconds since the epoch (BIGINT in both dialects).
 */
export interface Migration {
  version: number;
  sqlite: string;
  postgres: string;
}

const tables = (id: string): string => `
CREATE TABLE exposures (
  experiment TEXT NOT NULL,
  user_id TEXT NOT NULL,
  variant TEXT NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (experiment, user_id)
);
CREATE TABLE events (
  id ${id},
  at BIGINT NOT NULL,
  type TEXT NOT NULL,
  user_id TEXT NOT NULL,
  experiment TEXT,
  variant TEXT,
  domain TEXT
);
CREATE INDEX events_by_experiment ON events (experiment, type, user_id);`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, sqlite: tables("INTEGER PRIMARY KEY"), postgres: tables("BIGSERIAL PRIMARY KEY") },
];
