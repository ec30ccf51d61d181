/**
 * The hand-written labelled requests (data/sources/safety/<writer>.jsonl, format in
 * data/sources/safety/README.md) and any other JSONL file in that format (e.g. a test split written
 * after the guard was frozen). Every record is validated; a bad line is reported with its file and line.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { sourcePath } from "../../core/index.js";
import { SafetyDataError, SafetyInputError } from "../errors.js";
import { REQUEST_CATEGORIES } from "../policy.js";

export const STYLES = ["plain", "euphemistic", "obfuscated", "injection", "long"] as const;

const requestSchema = z
  .object({
    id: z.string().min(1),
    writer: z.string().min(1),
    text: z.string().min(1),
    lang: z.string().min(2),
    label: z.enum(["safe", ...REQUEST_CATEGORIES]),
    kind: z.enum(["unsafe", "hard_negative", "benign"]),
    style: z.enum(STYLES),
    near: z.string().optional(),
    obfuscation: z.string().optional(),
  })
  .refine((r) => (r.kind === "unsafe") === (r.label !== "safe"), { message: "unsafe records need a category label" });
export type LabelledRequest = z.infer<typeof requestSchema>;

/** Reads and validates one JSONL file of labelled requests; errors name the file and line. */
export function readRequests(path: string): LabelledRequest[] {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (err) {
    throw new SafetyInputError(`cannot read ${path}: ${(err as Error).message}`);
  }
  const out: LabelledRequest[] = [];
  raw.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new SafetyInputError(`${path}:${i + 1}: not valid JSON`);
    }
    const parsed = requestSchema.safeParse(json);
    if (!parsed.success)
      throw new SafetyInputError(
        `${path}:${i + 1}: ${parsed.error.issues[0]?.message ?? "invalid record"} at ${parsed.error.issues[0]?.path.join(".") ?? "?"}`,
      );
    out.push(parsed.data);
  });
  return out;
}

/** Writer files under data/sources/safety/ (s1.jsonl, s2.jsonl, ...), sorted. */
export function writerFiles(): string[] {
  const dir = sourcePath("safety");
  return readdirSync(dir)
    .filter((f) => /^s\d+\.jsonl$/.test(f))
    .sort((a, b) => Number(a.slice(1, -6)) - Number(b.slice(1, -6)))
    .map((f) => join(dir, f));
}

/** Every hand-written labelled request of the writers (the training data of the shipped classifier). */
export function loadWriterRequests(): LabelledRequest[] {
  const rows = writerFiles().flatMap(readRequests);
  const ids = new Set<string>();
  for (const r of rows) {
    if (ids.has(r.id)) throw new SafetyDataError(`duplicate request id ${r.id}`);
    ids.add(r.id);
  }
  return rows;
}
