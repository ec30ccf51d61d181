/**
 * Experiment helper: the held-out-writer report from saved out-of-fold scores (floors.ts writes them),
 * at a given threshold and rule floor, without retraining.
 *   node --import tsx experiments/safety/report-oof.ts OOF.json THRESHOLD FLOOR
 */
import { readFileSync } from "node:fs";
import { loadWriterRequests } from "../../src/safety/build/requests.js";
import { formatSafetyEvalReport, summarize, type EvalItem } from "../../src/safety/build/eval.js";
import type { RequestCategory } from "../../src/safety/policy.js";
const [file, t, f] = process.argv.slice(2);
const oof = JSON.parse(readFileSync(file, "utf8")) as { id: string; p: number; c: RequestCategory; r: number }[];
const byId = new Map(loadWriterRequests().map((r) => [r.id, r]));
const items: EvalItem[] = oof.map((o) => {
  const r = byId.get(o.id);
  if (!r) throw new Error(o.id);
  return { id: r.id, text: r.text, lang: r.lang, label: r.label, style: r.style, writer: r.writer, near: r.near ?? null, obfuscation: r.obfuscation ?? null };
});
const decisions = oof.map((o) => ({ blocked: o.p >= Number(t) || o.r >= Number(f), category: o.p >= Number(t) || o.r >= Number(f) ? o.c : null }));
console.log(formatSafetyEvalReport(summarize(`held-out writers (threshold ${t}, floor ${f})`, items, decisions)));
