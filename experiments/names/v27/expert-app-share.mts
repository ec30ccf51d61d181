import { readFileSync, readdirSync } from "node:fs";
const SW = /\b(?:apps?|application|software|saas|platform|api|sdk|developers?|devops|plugin|dashboard|online tool|aplicaci[oó]n|aplicativo|appli|logiciel|plateforme|plataforma|plattform|piattaforma|applicazione|anwendung)\b/i;
const AI = /\bAI\b|\bA\.I\.|\bIA\b|\bKI\b|artificial intelligence|machine learning|\bLLMs?\b/;
const CUES: [string, RegExp][] = [
  ["at-place", /(?:^|[\s,(])(?:en|in|em|no|na|nos|nas|à|au|aux|im|am|nel|nella|a|at|near|bei|près de|cerca de|perto de|vicino a)\s+(?:el |la |los |las |o |a |le |les |der |die |dem |il |lo |the )?[A-ZÁÉÍÓÚÂÊÔÃÕÇÜÖÄ][\p{L}'-]+/u],
  ["hours", /\b\d{1,2}(?:[:.]\d{2})?\s?(?:h|hs|am|pm|uhr)\b|\b24\s?(?:h|hs|horas|hours|heures|ore|stunden)\b|\bdesde las\b|\bfrom \d/i],
  ["local-words", /\b(?:barrio|neighbou?rhood|vecin\w*|bairro|quartier|viertel|quartiere|calle|rua|street|strasse|straße|via|avenida|plaza|praça|downtown|centro|local|tienda|loja|boutique|atelier|taller|oficina|salon|salão|sal[oó]n|shop|store|caf[eé]|bar|restaurante?|panader\w*|padaria|bakery|bäckerei|boulangerie|panetteria|pizzer\w*|church|iglesia|clinic|cl[ií]nica|consultorio|studio|estudio|gym|gimnasio|hostel|hotel|posada|pousada|camping|farm|granja|fazenda|ferme|bauernhof)\b/i],
  ["since", /\b(?:since|desde|depuis|seit|dal)\s+(?:19|20)\d\d\b|\bdesde (?:los|hace)\b/i],
];
const W = (process.env.WRITERS ?? "w1,w2,w3,w6,w7,w8,w9,w10,w11,w12,w13,w14,w15,w16,w17,w20,w21,w22,w23,w24,w25,w26").split(",");
const texts = new Map<string, string>();
for (const w of W) for (const l of readFileSync(`data/sources/descriptions/${w}.jsonl`, "utf8").split("\n").filter(Boolean)) { const d = JSON.parse(l); texts.set(d.id, d.text); }
const g = new Map<string, [number, number, number]>();
const add = (k: string, a: number, n: number) => { const s = g.get(k) ?? [0, 0, 0]; s[0]++; s[1] += a; s[2] += n; g.set(k, s); };
for (const f of readdirSync("data/sources/references").filter((f) => f.endsWith(".jsonl"))) {
  const w = f.split("-")[1].replace(".jsonl", "");
  if (!W.includes(w)) continue;
  for (const l of readFileSync(`data/sources/references/${f}`, "utf8").split("\n").filter(Boolean)) {
    const r = JSON.parse(l); const t = texts.get(r.id); if (!t) continue;
    const a = r.names.filter((n: string) => /\.(app|dev|io)$/.test(n)).length, n = r.names.length;
    if (SW.test(t) || AI.test(t)) { add("software-text", a, n); continue; }
    const fired = CUES.filter(([, re]) => re.test(t)).map(([k]) => k);
    add(fired.length ? "local" : "neither", a, n);
    for (const k of fired) add("  cue " + k, a, n);
  }
}
for (const [k, [d, a, n]] of g) console.log(k.padEnd(22), "descriptions", String(d).padStart(5), "share", (a / n).toFixed(3));
const ours = new Map<string, [number, number]>();
for (const w of ["w23", "w24", "w25", "w26"]) for (const l of readFileSync(`experiments/names/v26/base-${w}.jsonl`, "utf8").split("\n").filter(Boolean)) {
  const r = JSON.parse(l); const t = texts.get(r.id)!;
  const k = SW.test(t) || AI.test(t) ? "software-text" : CUES.some(([, re]) => re.test(t)) ? "local" : "neither";
  const s = ours.get(k) ?? [0, 0]; s[0] += r.domains.length; s[1] += r.domains.filter((n: string) => /\.(app|dev|io)$/.test(n)).length; ours.set(k, s);
}
for (const [k, [n, a]] of ours) console.log("ours", k, n, (a / n).toFixed(3));
