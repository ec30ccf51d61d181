// Blind labels of names by the kind of their ending against the request (com, a country, the trade's own per the
// taxonomy, tech, generic, or "borrowed": a topical ending none of those), by the request's context (software, local,
// offline, other), and within a description the borrowed endings' names against its names on other endings.
//   node --import tsx experiments/names/borrowed-endings/labels.mts   (from the repository root)
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { TEST_WRITERS } from "../../../src/core/splits.js";
import { splitDomain } from "../../../src/evaluate/index.js";
import { understand } from "../../../src/understand/index.js";
import { industryById } from "../../../src/taxonomy/index.js";
import { readsLocal, readsOffline } from "../../../src/naming/context.js";
import { readJsonl, readRound, type Description } from "../../../scripts/ground-truth.js";
const texts = new Map<string, Description>();
for (const f of readdirSync("data/sources/descriptions").filter((f) => /^w\d+\.jsonl$/.test(f)))
  for (const d of readJsonl<Description>(join("data/sources/descriptions", f))) texts.set(d.id, d);
const SOFT = /\b(ai|api|saas|software|app|platform|llm|agent|agents|data|cloud|developer|devops|b2b)\b/i;
const GENERIC = new Set(["net", "org", "biz", "info", "xyz", "co", "online", "site", "top", "club", "me", "us", "eu"]);
const TECH = new Set(["app", "io", "dev", "ai", "tech", "software", "cloud", "tools"]);
const stats = new Map<string, { n: number; fit: number; score: number }>();
const add = (k: string, fit: number, score: number) => { const s = stats.get(k) ?? { n: 0, fit: 0, score: 0 }; s.n++; s.fit += fit; s.score += score; stats.set(k, s); };
const per = new Map<string, { b: number[]; o: number[] }>();
const uc = new Map<string, ReturnType<typeof understand>>();
for (const round of readdirSync("data/built/judging/rounds").sort()) {
  if (round.startsWith("test") || !existsSync(join("data/sources/judgments", round))) continue;
  for (const p of readRound(round)) {
    const w = p.key.id.slice(0, p.key.id.indexOf("-"));
    if (TEST_WRITERS.includes(w)) continue;
    const srcs = p.key.sources.map((s) => s.source);
    if (srcs.includes("decoy")) continue;
    const who = srcs.includes("reference") ? "ref" : "ours";
    const d = texts.get(p.key.id); if (!d) continue;
    let u = uc.get(p.key.id); if (!u) uc.set(p.key.id, (u = understand(d.text)));
    const ind = u.industry ? industryById(u.industry.id) : undefined;
    const soft = SOFT.test(u.text) || /software|saas|ai|app|dev|data|cyber|fintech/.test(u.industry?.id ?? "");
    const { tld } = splitDomain(p.key.domain);
    const cls = tld === "com" ? "com" : tld.includes(".") || tld.length === 2 && !["ai", "io", "co", "me"].includes(tld) ? "country" : ind?.tlds?.includes(tld) ? "trade-own" : TECH.has(tld) ? "tech" : GENERIC.has(tld) ? "generic" : "borrowed";
    const fits = p.labels.map((l) => l.fit ?? NaN).filter((x) => !Number.isNaN(x));
    if (fits.length === 0) continue;
    const fit = fits.reduce((a, b) => a + b, 0) / fits.length;
    const score = p.scores.reduce((a, b) => a + b, 0) / p.scores.length;
    const ctx = soft ? "software" : readsLocal(u) ? "local" : readsOffline(u) ? "offline" : "other";
    add(`${who}\t${ctx}\t${cls}`, fit, score);
    if (who === "ours" && cls === "borrowed") add(`ending .${tld}`, fit, score);
    if (who === "ours") { const key = `${ctx}|${round}|${p.key.id}`; const e = per.get(key) ?? { b: [], o: [] }; (cls === "borrowed" ? e.b : e.o).push(score); per.set(key, e); }
  }
}
for (const [k, s] of [...stats.entries()].sort()) if (s.n >= 15) console.log(k, "\t", s.n, "\tfit", (s.fit / s.n).toFixed(2), "\tscore", (s.score / s.n).toFixed(2));

const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
for (const ctx of ["local", "offline", "other", "software"]) {
  const diffs = [...per.entries()].filter(([k, e]) => k.startsWith(ctx + "|") && e.b.length > 0 && e.o.length > 0).map(([, e]) => mean(e.b) - mean(e.o));
  if (diffs.length < 3) continue;
  const m = mean(diffs); const sd = Math.sqrt(diffs.reduce((a, d) => a + (d - m) ** 2, 0) / (diffs.length - 1));
  console.log("within description", ctx, diffs.length, "borrowed - other endings", m.toFixed(2), "+-", (1.96 * sd / Math.sqrt(diffs.length)).toFixed(2));
}
