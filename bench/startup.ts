/**
 * Cold start of the command line: each sample is a fresh `bin/namewright.js ...` process started through its
 * first line, as the installed `namewright` and `npx namewright` start it (that line carries the command
 * line's V8 flags). Measured in the same run, interleaved so that background noise hits all three alike:
 *   suggest  `namewright suggest "organic coffee shop"` with the default generator and 10 names;
 *   help     `namewright --help`;
 *   baseline `node -e 0` (the floor no Node CLI goes under on this machine).
 * Medians of BENCH_N samples (default 10) after one unmeasured warm-up of each (file cache). Peak RSS comes
 * from separate runs (3 of each) in which a one-line preload (given through NODE_OPTIONS, which reaches the
 * child through its first line too) reports the child's own process.resourceUsage() at exit; the timed runs carry
 * no preload. Uses the built CLI (dist/): run
 * `npm run build` first.
 * Last line: {"bench":"startup","suggest_cold_ms":...,"help_cold_ms":...,"node_baseline_ms":...,"ratio":...,"rss_mb":...}
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const BIN = "bin/namewright.js";
// No spaces: NODE_OPTIONS splits on them.
const REPORT_RSS =
  "data:text/javascript,process.on('exit',()=>process.stderr.write('\\nRSS_KB='+process.resourceUsage().maxRSS+'\\n'))";

interface Sample {
  ms: number;
  /** Peak resident set in KB (NaN when the run did not report it). */
  rssKb: number;
}

/** `args[0]` is the program: the CLI's file (run through its first line) or node itself. */
function once(args: string[], withRss = false): Sample {
  const [program, ...rest] = args;
  const env = withRss ? { ...process.env, NODE_OPTIONS: `--import=${REPORT_RSS}` } : process.env;
  const t = performance.now();
  const r = spawnSync(program, rest, { encoding: "utf8", env });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  // The preload runs in every thread: the guard's worker reports the process's peak so far when it ends, the
  // main thread the peak of the whole run at exit. The largest report is the process's peak.
  const reports = [...r.stderr.matchAll(/RSS_KB=(\d+)/g)].map((m) => Number(m[1]));
  return { ms, rssKb: reports.length > 0 ? Math.max(...reports) : NaN };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export default async function run(): Promise<void> {
  if (!existsSync("dist/cli/index.js")) throw new Error("bench startup needs the built CLI: run `npm run build` first");
  const n = Math.max(1, Number(process.env.BENCH_N ?? 10));
  const commands: Record<string, string[]> = {
    suggest: [BIN, "suggest", "organic coffee shop"],
    help: [BIN, "--help"],
    baseline: [process.execPath, "-e", "0"],
  };
  const samples: Record<string, Sample[]> = { suggest: [], help: [], baseline: [] };
  for (const args of Object.values(commands)) once(args); // warm the file cache
  for (let i = 0; i < n; i++) for (const [name, args] of Object.entries(commands)) samples[name].push(once(args));
  const rss = (args: string[]): number => median([1, 2, 3].map(() => once(args, true).rssKb)) / 1024;
  const ms = (name: string): number => median(samples[name].map((s) => s.ms));
  const line = {
    bench: "startup",
    n,
    suggest_cold_ms: +ms("suggest").toFixed(0),
    help_cold_ms: +ms("help").toFixed(0),
    node_baseline_ms: +ms("baseline").toFixed(0),
    ratio: +(ms("suggest") / ms("baseline")).toFixed(1),
    help_ratio: +(ms("help") / ms("baseline")).toFixed(1),
    rss_mb: +rss(commands.suggest).toFixed(0),
    baseline_rss_mb: +rss(commands.baseline).toFixed(0),
  };
  console.log(
    `startup: suggest ${line.suggest_cold_ms} ms (${line.rss_mb} MB), --help ${line.help_cold_ms} ms, node -e 0 ${line.node_baseline_ms} ms; medians of ${n}`,
  );
  console.log(JSON.stringify(line));
}
