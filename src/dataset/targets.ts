/**
 * Name targets: several good names per description from any generator (the lexical pipeline ranked
 * by the rubric by default, a teacher model when one is configured). Resumable: finished records are
 * appended to a checkpoint file (id -> targets) that a restarted run reads first.
 */
import { appendFile, readFile } from "node:fs/promises";
import type { DatasetRecord, NameTarget } from "./types.js";

/** Produces ranked names (best first) for a description text; the record gives its metadata. */
export type TargetGenerator = (text: string, record: DatasetRecord) => Promise<NameTarget[]>;

export interface AddTargetsOptions {
  /** Names kept per record (default 3). */
  perRecord?: number;
  /** JSONL checkpoint of finished records ({id, targets}); read first, appended as work proceeds. */
  checkpoint?: string;
  onProgress?: (done: number, total: number) => void;
  /** The text names are made from (default: the description; the build's clean text for messy records). */
  textFor?: (record: DatasetRecord) => string;
  /** Epoch ms after which no new record is started; later records are returned without targets. */
  deadline?: number;
}

async function readCheckpoint(path: string): Promise<Map<string, NameTarget[]>> {
  const done = new Map<string, NameTarget[]>();
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return done;
  }
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      const v = JSON.parse(line) as { id?: unknown; targets?: unknown };
      if (typeof v.id === "string" && Array.isArray(v.targets)) {
        const ok = v.targets.filter(
          (t): t is NameTarget =>
            typeof t === "object" &&
            t !== null &&
            typeof (t as NameTarget).domain === "string" &&
            typeof (t as NameTarget).score === "number",
        );
        done.set(v.id, ok);
      }
    } catch {
      // A line cut off by an interrupted run: that record is simply redone.
    }
  }
  return done;
}

/** Returns copies of the records with `targets` filled (records the generator gives nothing for keep an empty list). */
export async function addTargets(
  records: readonly DatasetRecord[],
  generate: TargetGenerator,
  opts: AddTargetsOptions = {},
): Promise<DatasetRecord[]> {
  const per = opts.perRecord ?? 3;
  const done = opts.checkpoint ? await readCheckpoint(opts.checkpoint) : new Map<string, NameTarget[]>();
  const out: DatasetRecord[] = [];
  let buffer: string[] = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    let targets = done.get(r.id);
    if (!targets && opts.deadline !== undefined && Date.now() > opts.deadline) {
      out.push({ ...r });
      continue;
    }
    if (!targets) {
      const text = opts.textFor ? opts.textFor(r) : r.business_description;
      // One decimal is the rubric's useful precision and keeps the shipped files small.
      targets = (await generate(text, r))
        .slice(0, per)
        .map((t) => ({ domain: t.domain, score: Math.round(t.score * 10) / 10 }));
      if (opts.checkpoint) {
        buffer.push(JSON.stringify({ id: r.id, targets }));
        if (buffer.length >= 200) {
          await appendFile(opts.checkpoint, buffer.join("\n") + "\n");
          buffer = [];
        }
      }
    }
    out.push({ ...r, targets });
    if ((i + 1) % 250 === 0 || i + 1 === records.length) opts.onProgress?.(i + 1, records.length);
  }
  if (opts.checkpoint && buffer.length > 0) await appendFile(opts.checkpoint, buffer.join("\n") + "\n");
  return out;
}

/**
 * The default generator: the project's own pipeline (lexical candidates -> validation -> guards ->
 * rubric ranking), i.e. best-of-N by the scorer. Imported lazily so the data module does not load
 * the generator unless targets are asked for.
 */
export async function pipelineTargetGenerator(count = 3, poolSize = 300): Promise<TargetGenerator> {
  const { suggestDetailed } = await import("../generate/index.js");
  return async (text) => {
    const res = await suggestDetailed(text, { count, poolSize });
    if (res.status !== "success") return [];
    return res.suggestions.map((s) => ({ domain: s.domain, score: s.score.overall }));
  };
}
