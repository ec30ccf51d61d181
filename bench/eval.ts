/**
 * A by-hand evaluation (not part of `npm test`): runs two generator configurations over the same items
 * and prints the paired comparison. Resumable: re-running continues unfinished runs.
 *
 *   node --import tsx bench/eval.ts [--data test] [--limit 500] [--a lexical] [--b lexical:pool=150] [--tag x]
 */
import { parseArgs } from "node:util";
import { compareRuns, formatComparison, runEval } from "../src/evaluate/index.js";

const { values } = parseArgs({
  options: {
    data: { type: "string", default: "test" },
    limit: { type: "string", default: "500" },
    a: { type: "string", default: "lexical" },
    b: { type: "string", default: "lexical:pool=150" },
    out: { type: "string", default: "runs" },
    tag: { type: "string", default: "" },
  },
});
const limit = Number(values.limit);
const ids: string[] = [];
for (const generator of [values.a!, values.b!]) {
  const t = performance.now();
  const r = await runEval({
    generator,
    data: values.data!,
    limit,
    out: values.out,
    id: `${generator}__${values.data}-${limit}${values.tag ? `-${values.tag}` : ""}`.replace(
      /[^A-Za-z0-9._=+-]+/g,
      "-",
    ),
    onItem: (_rec, done, total) => {
      if (done % 25 === 0 || done === total)
        console.error(`${generator}: ${done}/${total} (${((performance.now() - t) / 1000).toFixed(0)} s)`);
    },
  });
  console.error(
    `${generator}: score@${r.aggregates.topK} ${r.aggregates.score.estimate.toFixed(3)} over ${r.aggregates.n} items, p50 ${r.aggregates.latencyMs.p50.toFixed(0)} ms`,
  );
  ids.push(r.dir);
}
console.log(formatComparison(compareRuns(ids[0], ids[1])));
