/**
 * The project's hashes. The fast one is 32-bit FNV-1a over UTF-16 code units,
 *   h0 = 2166136261,  h' = (h XOR c) * 16777619  (mod 2^32).
 * Used for stable ids, per-request seeds, hashed features and the word sets' tables. fnvStep extends a hash
 * by one code unit, so a caller can hash every prefix of a string without allocating substrings. sha256Hex is the
 * cryptographic digest, for fingerprints that must not collide.
 */
import { createHash } from "node:crypto";

export const FNV_OFFSET = 0x811c9dc5;

/** One FNV-1a step (the result is a signed 32-bit integer; `>>> 0` makes it unsigned). */
export function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}

/** FNV-1a of a string as an unsigned 32-bit integer; `seed` replaces the offset basis to derive other streams. */
export function fnv1a(s: string, seed: number = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h >>> 0;
}

/** SHA-256 of text (as UTF-8) or bytes, in hex: file fingerprints, cache keys and stored API-key digests. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
