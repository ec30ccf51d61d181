/**
 * Evaluation items: the dataset's JSONL records (data/built/dataset/{train,val,test}.jsonl) or any JSONL file
 * with at least `{ "business_description": "..." }` per line; the hand-written descriptions' form
 * (`{ "text": "...", "lang": "en" }`, data/sources/descriptions) is read as the same. Files are untrusted: size- and line-bounded,
 * each line validated, errors name the line.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { z } from "zod";
import { builtPath } from "../core/paths.js";
import { EvalError } from "./errors.js";
import { jsonLines } from "../core/jsonl.js";
import { sha256Hex } from "../core/hash.js";

/** The largest data file read (the full dataset's test split is a few MB). */
export const MAX_DATA_BYTES = 256 * 1024 * 1024;
const MAX_DESCRIPTION = 20_000;

const ItemSchema = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    business_description: z.string().max(MAX_DESCRIPTION).optional(),
    text: z.string().max(MAX_DESCRIPTION).optional(),
    lang: z.string().max(16).optional(),
    language: z.string().max(16).optional(),
    industry: z.string().max(200).optional(),
    sector: z.string().max(200).optional(),
    complexity: z.string().max(100).optional(),
    constraints: z.unknown().optional(),
    template_family: z.string().max(200).optional(),
    split: z.string().max(50).optional(),
    /** Edge-case inputs carry their category ("emoji", "prompt-injection", ...). */
    category: z.string().max(100).optional(),
  })
  .passthrough();

export interface EvalItem {
  id: string;
  business_description: string;
  language?: string;
  industry?: string;
  sector?: string;
  complexity?: string;
  /** As written in the dataset; read by constraintsOfItem. */
  constraints?: unknown;
  template_family?: string;
  split?: string;
  category?: string;
}

export interface LoadedData {
  /** The path read. */
  path: string;
  /** sha256 of the file's bytes: identifies the data version in run folders. */
  sha256: string;
  items: EvalItem[];
}

/** "test", "val", "train" resolve to the shipped dataset; anything else is a path. */
export function resolveDataPath(spec: string): string {
  if (/^(train|val|test)$/.test(spec)) return builtPath("dataset", `${spec}.jsonl`);
  return spec;
}

export function loadItems(spec: string, opts: { limit?: number } = {}): LoadedData {
  const path = resolveDataPath(spec);
  if (!existsSync(path)) {
    const hint = /^(train|val|test)$/.test(spec) ? " (build the dataset first: `namewright data build`)" : "";
    throw new EvalError("eval_data_missing", `data file not found: ${path}${hint}`);
  }
  const size = statSync(path).size;
  if (size > MAX_DATA_BYTES)
    throw new EvalError("eval_data_too_large", `${path} is ${size} bytes; the limit is ${MAX_DATA_BYTES}`);
  const bytes = readFileSync(path);
  const sha256 = sha256Hex(bytes);
  return { path, sha256, items: parseItems(bytes.toString("utf8"), path, opts.limit) };
}

export function parseItems(text: string, source = "data", limit?: number): EvalItem[] {
  const items: EvalItem[] = [];
  const ids = new Set<string>();
  for (const { value, line } of jsonLines(
    text,
    (n) => new EvalError("eval_data_bad_json", `${source}:${n}: not valid JSON`),
  )) {
    const parsed = ItemSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new EvalError(
        "eval_data_bad_record",
        `${source}:${line}: ${issue.path.join(".") || "record"}: ${issue.message}`,
      );
    }
    const r = parsed.data;
    const description = r.business_description ?? r.text;
    if (description === undefined)
      throw new EvalError(
        "eval_data_bad_record",
        `${source}:${line}: record: needs "business_description" (or "text")`,
      );
    const language = r.language ?? r.lang;
    const id = r.id !== undefined ? String(r.id) : `line-${line}`;
    if (ids.has(id)) throw new EvalError("eval_data_duplicate_id", `${source}:${line}: duplicate id "${id}"`);
    ids.add(id);
    items.push({
      id,
      business_description: description,
      ...(language !== undefined ? { language } : {}),
      ...(r.industry !== undefined ? { industry: r.industry } : {}),
      ...(r.sector !== undefined ? { sector: r.sector } : {}),
      ...(r.complexity !== undefined ? { complexity: r.complexity } : {}),
      ...(r.constraints !== undefined ? { constraints: r.constraints } : {}),
      ...(r.template_family !== undefined ? { template_family: r.template_family } : {}),
      ...(r.split !== undefined ? { split: r.split } : {}),
      ...(r.category !== undefined ? { category: r.category } : {}),
    });
    if (limit !== undefined && items.length >= limit) break;
  }
  return items;
}

/** The category an item is reported under: edge category, else sector, else industry, else "all". */
export function categoryOf(item: EvalItem): string {
  return item.category ?? item.sector ?? item.industry ?? "all";
}
