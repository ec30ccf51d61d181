/**
 * On-disk cache of judge answers, keyed by the sha256 of everything that determines the answer (model,
 * messages, schema, temperature). One append-only JSONL file per cache folder; a torn last line (crash
 * mid-write) is ignored. Re-running an evaluation therefore costs no judge calls for names already seen.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { sha256Hex } from "../../core/hash.js";

const MAX_CACHE_BYTES = 512 * 1024 * 1024;

export function contentKey(value: unknown): string {
  return sha256Hex(JSON.stringify(value));
}

export class JudgeCache {
  private readonly map = new Map<string, unknown>();
  private readonly file: string | null;

  /** `dir` null = memory only. */
  constructor(dir: string | null, name = "judge-cache") {
    this.file = dir ? join(dir, `${name}.jsonl`) : null;
    if (!this.file || !existsSync(this.file)) return;
    if (statSync(this.file).size > MAX_CACHE_BYTES) return; // too big to trust or load: start afresh in memory
    for (const line of readFileSync(this.file, "utf8").split("\n")) {
      if (!line.trim()) continue;
      try {
        const { k, v } = JSON.parse(line) as { k: string; v: unknown };
        if (typeof k === "string") this.map.set(k, v);
      } catch {
        // torn line: skip
      }
    }
  }

  get size(): number {
    return this.map.size;
  }

  get(key: string): unknown {
    return this.map.get(key);
  }

  set(key: string, value: unknown): void {
    this.map.set(key, value);
    if (!this.file) return;
    mkdirSync(join(this.file, ".."), { recursive: true });
    appendFileSync(this.file, JSON.stringify({ k: key, v: value }) + "\n");
  }
}
