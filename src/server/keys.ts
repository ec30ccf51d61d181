/**
 * Optional API keys. Only SHA-256 digests are stored (keys file: `[{"id","sha256","created"}]`): a key is 32
 * random bytes, far beyond guessing, so a fast hash suffices (slow password hashes exist for low-entropy
 * secrets) and a leaked keys file reveals no usable key. A request names its key as `Authorization: Bearer
 * <key>` or `X-API-Key: <key>`.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync, renameSync } from "node:fs";
import { InputError } from "../core/errors.js";
import { sha256Hex } from "../core/hash.js";

export interface StoredKey {
  id: string;
  sha256: string;
  created: string;
}

export function hashApiKey(key: string): string {
  return sha256Hex(key);
}

export class ApiKeys {
  private readonly byHash: Map<string, StoredKey>;

  constructor(keys: readonly StoredKey[] = []) {
    this.byHash = new Map(keys.map((k) => [k.sha256, k]));
  }

  get size(): number {
    return this.byHash.size;
  }

  /** The key's record, or null for an unknown key. */
  lookup(key: string): StoredKey | null {
    return this.byHash.get(hashApiKey(key)) ?? null;
  }

  static load(file: string): ApiKeys {
    if (!existsSync(file)) return new ApiKeys();
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      throw new InputError("bad_keys_file", `cannot read the API keys file ${file}: ${(e as Error).message}`);
    }
    if (!Array.isArray(parsed) || !parsed.every(isStoredKey))
      throw new InputError("bad_keys_file", `${file} must be a JSON array of {"id","sha256","created"}`);
    return new ApiKeys(parsed);
  }
}

function isStoredKey(v: unknown): v is StoredKey {
  const k = v as StoredKey;
  return typeof v === "object" && v !== null && typeof k.id === "string" && /^[0-9a-f]{64}$/.test(k.sha256);
}

/** Makes a new key, appends its digest to the keys file and returns the key (shown once, never stored). */
export function createApiKey(file: string, id: string, now: Date = new Date()): string {
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(id))
    throw new InputError("bad_key_id", "a key id is 1-64 letters, digits, '_', '.' or '-'");
  const existing = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as StoredKey[]) : [];
  if (existing.some((k) => k.id === id)) throw new InputError("key_exists", `a key named "${id}" exists already`);
  const key = `nw_${randomBytes(32).toString("base64url")}`;
  existing.push({ id, sha256: hashApiKey(key), created: now.toISOString() });
  writeFileSync(`${file}.tmp`, JSON.stringify(existing, null, 2) + "\n", { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
  return key;
}

/** The key a request carries, if any. */
export function requestKey(headers: Record<string, string | string[] | undefined>): string | null {
  const auth = headers.authorization;
  if (typeof auth === "string") {
    const m = /^Bearer\s+(\S+)$/i.exec(auth.trim());
    if (m) return m[1]!;
  }
  const x = headers["x-api-key"];
  return typeof x === "string" && x.length > 0 ? x : null;
}
