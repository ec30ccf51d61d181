import { understand } from "../../src/understand/index.js";
import { namingContext } from "../../src/naming/index.js";
import { craftedCandidates } from "../../src/generate/crafted.js";
for (const t of ["Klavierunterricht für erwachsene Wiedereinsteiger in München, bei euch zu Hause oder im Studio, auch abends.", "Scheduling and billing for independent speech-language pathologists in Canada, with provincial and extended-health insurance claims built in.", "Family-run roofing company in Galway since 1987: slate, tile and flat roofs, with storm repairs prioritised."]) {
  const u = understand(t);
  const ctx = namingContext(u);
  console.log(t.slice(0, 50), "\n concepts:", ctx.concepts.map((c) => `${c.form}:${c.weight.toFixed(2)}${c.place ? "P" : ""}`).join(" "));
  console.log(" top pieces:", [...ctx.pieces.global.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([p, w]) => `${p}:${w.toFixed(2)}`).join(" "));
  console.log(" cands:", craftedCandidates(u).slice(0, 12).map((c) => `${c.label}[${c.method.replace("crafted:", "")}]`).join(" "));
}
import { suggestDetailed, resolveGenerators } from "../../src/index.js";
const r = await suggestDetailed("Scheduling and billing for independent speech-language pathologists in Canada, with provincial and extended-health insurance claims built in.", { count: 10, generators: resolveGenerators("crafted") });
if (r.status === "success") console.log(r.suggestions.map((s) => `${s.domain}[${s.method}] ${s.confidence}`).join("\n"));
