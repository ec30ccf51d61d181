/**
 * Best-of-N targets for the model: for each description of a split, the lexical pipeline (suggestDetailed:
 * lexical candidates -> validation -> name guard -> rubric ranking) is asked for its top `count` names out
 * of a `pool`-candidate pool; they are appended to data/built/model-targets/<split>.jsonl as
 * {id, names:[{label, tld, score}]}. Resumable: ids already in the file are skipped.
 *
 *   npm run train:targets -- --split train --limit 12000 --count 8 --pool 200 --seed 1
 */
import { appendFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { suggestDetailed } from "../../generate/index.js";
import { readDescriptions, readTargets } from "../index.js";
import { DATASET_DIR, TARGETS_DIR, log, num, seededSubset, str, type Flags } from "./args.js";

/** Runs the command with its parsed flags (see src/train/cli.ts for them). */
export async function run(f: Flags): Promise<void> {
  const split = str(f.split, "train");
  const count = num(f.count, 8);
  const pool = num(f.pool, 200);
  const records = seededSubset(
    readDescriptions(join(DATASET_DIR, `${split}.jsonl`)),
    num(f.limit, Infinity),
    num(f.seed, 1),
  );
  mkdirSync(TARGETS_DIR, { recursive: true });
  const out = join(TARGETS_DIR, `${split}.jsonl`);
  const done = existsSync(out) ? readTargets(out) : new Map();
  const todo = records.filter((r) => !done.has(r.id));
  log(
    `targets for ${split}: ${records.length} records, ${done.size} already done, ${todo.length} to go (count ${count}, pool ${pool})`,
  );
  const t0 = Date.now();
  let buf: string[] = [];
  for (let i = 0; i < todo.length; i++) {
    const r = todo[i]!;
    const res = await suggestDetailed(r.business_description, { count, poolSize: pool });
    const names =
      res.status === "success"
        ? res.suggestions.map((s) => {
            const dot = s.domain.indexOf(".");
            return {
              label: s.domain.slice(0, dot),
              tld: s.domain.slice(dot + 1),
              score: Math.round(s.score.overall * 1000) / 1000,
            };
          })
        : [];
    buf.push(JSON.stringify({ id: r.id, names }));
    if (buf.length >= 50 || i === todo.length - 1) {
      appendFileSync(out, buf.join("\n") + "\n");
      buf = [];
      const rate = (i + 1) / ((Date.now() - t0) / 1000);
      log(`${i + 1}/${todo.length} (${rate.toFixed(1)}/s, ETA ${((todo.length - i - 1) / rate / 60).toFixed(1)} min)`);
    }
  }
}
