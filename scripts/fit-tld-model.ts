/**
 * Fits the TLD model (src/naming/tld-model.ts) on the training writers' expert references and reports it on the
 * validation writer's (w4, expert e4): the model's cross-entropy against the expert's endings, and for the naming
 * context's endings at several model shares, how often the first ending is one the expert used for that request.
 * Development and test writers never enter (src/core/splits.ts).
 *
 *   npx tsx scripts/fit-tld-model.ts [--lambda 1e-3] [--steps 300] [--out data/built/naming/tld-model.json]
 *   npx tsx scripts/fit-tld-model.ts --sweep        (lambda on w4; writes nothing)
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { sourcePath } from "../src/core/paths.js";
import { TRAINING_WRITERS, VALIDATION_WRITERS } from "../src/core/splits.js";
import { understand } from "../src/understand/index.js";
import { contextTlds, tldSignals } from "../src/naming/context.js";
import {
  fitTldModel,
  predictTlds,
  tldFeatures,
  tldModelPath,
  type TldExample,
  type TldModel,
} from "../src/naming/tld-model.js";

const { values } = parseArgs({
  options: {
    lambda: { type: "string", default: "1e-3" },
    steps: { type: "string", default: "300" },
    out: { type: "string" },
    sweep: { type: "boolean", default: false },
  },
});

interface Item extends TldExample {
  id: string;
  u: ReturnType<typeof understand>;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);
}

function items(writers: readonly string[]): Item[] {
  const out: Item[] = [];
  for (const w of writers) {
    const refs = new Map<string, string[]>();
    for (const r of readJsonl<{ id: string; names: string[] }>(sourcePath(`references/e${w.slice(1)}-${w}.jsonl`)))
      refs.set(r.id, r.names);
    for (const d of readJsonl<{ id: string; text: string }>(sourcePath(`descriptions/${w}.jsonl`))) {
      const names = refs.get(d.id);
      if (!names) continue;
      let u;
      try {
        u = understand(d.text);
      } catch {
        continue;
      }
      const tlds = names.map((n) => n.slice(n.indexOf(".") + 1).toLowerCase());
      out.push({ id: d.id, u, features: tldFeatures(u, tldSignals(u)), tlds });
    }
    process.stderr.write(`read ${w}: ${out.length} descriptions so far\n`);
  }
  return out;
}

/** Mean cross-entropy of the model against each validation request's expert endings (unknown endings left out). */
function crossEntropy(model: TldModel, val: readonly Item[]): number {
  let sum = 0;
  let n = 0;
  for (const it of val) {
    const p = new Map(predictTlds(model, it.features));
    const known = it.tlds.filter((t) => p.has(t));
    if (known.length === 0) continue;
    sum -= known.reduce((a, t) => a + Math.log(p.get(t)!), 0) / known.length;
    n++;
  }
  return sum / Math.max(1, n);
}

/** Share of validation requests whose first ending (under a weighting) is one its expert used. */
function firstEndingAgreement(val: readonly Item[], model: TldModel | undefined, share: number): number {
  let hit = 0;
  for (const it of val) {
    const first = contextTlds(it.u, { model, share })[0]?.[0];
    if (first !== undefined && it.tlds.includes(first)) hit++;
  }
  return hit / val.length;
}

const train = items(TRAINING_WRITERS);
const val = items(VALIDATION_WRITERS);
const steps = Number(values.steps);
const fit = (lambda: number): TldModel =>
  fitTldModel(train, {
    lambda,
    steps,
    onStep: (s, loss) => {
      if (s % 50 === 0 || s === steps) process.stderr.write(`  lambda ${lambda} step ${s}: loss ${loss.toFixed(4)}\n`);
    },
  });

if (values.sweep) {
  console.log(`training ${train.length}, validation ${val.length} (${VALIDATION_WRITERS.join(", ")})`);
  console.log(`no model: first ending used by the expert ${firstEndingAgreement(val, undefined, 0).toFixed(3)}`);
  for (const lambda of [1e-4, 3e-4, 1e-3, 3e-3]) {
    const m = fit(lambda);
    const shares = [0.25, 0.5, 0.75, 1].map((s) => `${s}: ${firstEndingAgreement(val, m, s).toFixed(3)}`);
    console.log(
      `lambda ${lambda}: cross-entropy ${crossEntropy(m, val).toFixed(3)}; first ending by share ${shares.join(", ")}`,
    );
  }
} else {
  const lambda = Number(values.lambda);
  const m = fit(lambda);
  m.fit = {
    ...m.fit,
    writers: TRAINING_WRITERS.join(","),
    validation: VALIDATION_WRITERS.join(","),
    validationCrossEntropy: Number(crossEntropy(m, val).toFixed(4)),
  };
  const out = values.out ?? tldModelPath();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(m) + "\n");
  console.log(`wrote ${out}: ${JSON.stringify(m.fit)}`);
}
