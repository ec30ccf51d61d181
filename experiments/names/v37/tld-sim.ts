/**
 * Do endings borrowed from far neighbours fit? Over every blind label of the product's names (rounds v*, writers the
 * naming knowledge does not read, test writers never), the judged TLD fit (0-2) and score by the ending's kind
 * (.com, the country's, the industry's own, .ai on an AI request, any other) and by the request's closest
 * neighbour similarity (the naming context's), the quantity the ending weights lean on.
 *   node --import tsx experiments/names/v37/tld-sim.ts
 */
import { readFileSync } from "node:fs";
import { industryById } from "../../../src/taxonomy/index.js";
import { loadKnowledge, namingContext } from "../../../src/naming/index.js";
import { understand } from "../../../src/understand/index.js";
import { roundJudgments } from "../round-labels.js";

const knowledge = loadKnowledge();
const texts = new Map<string, string>();
for (const w of ["w4", "w12", "w13", "w14", "w15", "w16", "w17", "w20", "w21", "w22", "w23", "w24", "w25", "w26"])
  for (const l of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").trim().split("\n")) {
    const d = JSON.parse(l) as { id: string; text: string };
    texts.set(d.id, d.text);
  }
const SOFTWARE =
  /\b(?:apps?|application|software|saas|platform|api|sdk|developers?|devops|plugin|dashboard|online tool|aplicaci[oó]n|aplicativo|appli|logiciel|plateforme|plataforma|plattform|piattaforma|applicazione|anwendung)\b|\bAI\b|\bIA\b|\bKI\b/i;
const TECH = new Set(["io", "ai", "dev", "app", "tech", "software", "cloud", "tools", "so", "sh"]);
const ctxOf = new Map<string, { best: number; industryTlds: string[]; ai: boolean; software: boolean }>();
const rows: { kind: string; best: number; fit: number; score: number }[] = [];
for (const [key, js] of roundJudgments()) {
  const [id, domain] = key.split(" ") as [string, string];
  const text = texts.get(id);
  if (text === undefined) continue;
  const product = js.filter((j) => j.sources.some((s) => s.source.startsWith("file=") || s.source === "crafted"));
  if (product.length === 0 || js.some((j) => j.sources.some((s) => s.source === "reference" || s.source === "decoy")))
    continue;
  let c = ctxOf.get(id);
  if (!c) {
    const u = understand(text);
    const ctx = namingContext(u, knowledge);
    c = {
      best: ctx.neighbours[0]?.sim ?? 0,
      industryTlds: u.industry ? (industryById(u.industry.id)?.tlds ?? []) : [],
      ai: /\bAI\b|\bA\.I\.|\bIA\b|\bKI\b/.test(text),
      software: SOFTWARE.test(text),
    };
    ctxOf.set(id, c);
  }
  const tld = domain.slice(domain.indexOf(".") + 1);
  const last = tld.includes(".") ? tld.slice(tld.lastIndexOf(".") + 1) : tld;
  const kind =
    tld === "com"
      ? "com"
      : last.length === 2 && tld !== "ai" && tld !== "io" && tld !== "co"
        ? "country"
        : c.industryTlds.includes(tld)
          ? "industry"
          : tld === "ai" && c.ai
            ? "ai-on-AI"
            : TECH.has(tld) && c.software
              ? "tech-sw"
              : TECH.has(tld)
                ? "tech-nonsw"
                : "other";
  for (const j of product) rows.push({ kind, best: c.best, fit: j.fit, score: j.score });
}
const bins = [0, 0.15, 0.2, 0.25, 0.3, 0.4, 1.01];
console.log("kind       best-sim      labels  fit   score");
for (const kind of ["com", "country", "industry", "ai-on-AI", "tech-sw", "tech-nonsw", "other"])
  for (let b = 0; b + 1 < bins.length; b++) {
    const r = rows.filter((x) => x.kind === kind && x.best >= bins[b]! && x.best < bins[b + 1]!);
    if (r.length < 10) continue;
    const m = (f: (x: (typeof r)[number]) => number) => (r.reduce((a, x) => a + f(x), 0) / r.length).toFixed(2);
    console.log(`${kind.padEnd(10)} ${bins[b]!.toFixed(2)}-${bins[b + 1]!.toFixed(2)}  ${String(r.length).padStart(7)}  ${m((x) => x.fit)}  ${m((x) => x.score)}`);
  }
